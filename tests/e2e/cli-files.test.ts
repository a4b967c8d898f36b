// The real command against real files and file systems: bad bytes, a full disk, a failing stdout.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = join(repoRoot, 'apps/cli/samples/broadband-onboarding.map.json');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a shell script in the repository, the command at hand as "$THROUGHLINE". */
function shell(script: string): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      'bash',
      ['-c', `set -u; THROUGHLINE="pnpm --silent throughline"; ${script}`],
      { cwd: repoRoot },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'throughline-files-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the command and the bytes of a file', () => {
  it('accepts a map saved with a byte-order mark', async () => {
    const file = join(folder, 'bom.map.json');
    await writeFile(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), await readFile(SAMPLE)]));
    const result = await shell(`$THROUGHLINE map validate '${file}'`);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('valid journey map "Broadband onboarding');
  });

  it('refuses a file that is not UTF-8, naming the byte offset, with exit code 2', async () => {
    const file = join(folder, 'latin1.map.json');
    const text = (await readFile(SAMPLE, 'utf8')).replace('Broadband', 'Caf\u00e9 broadband');
    const offset = Buffer.byteLength(text.slice(0, text.indexOf('\u00e9')));
    await writeFile(file, Buffer.from(text, 'latin1'));
    const result = await shell(`$THROUGHLINE map validate '${file}'`);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      `throughline: ${file}: is not UTF-8 text (byte 0xe9 at byte offset ${offset}); save it as UTF-8\n`,
    );
  });
});

describe('output that cannot be written', () => {
  it('ends with one line and exit code 1 when standard output fails (a full disk)', async () => {
    const result = await shell(`$THROUGHLINE map export '${SAMPLE}' --format json > /dev/full`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^throughline: cannot write to standard output: .*ENOSPC.*\n$/);
  });

  it('keeps the old --out file whole and leaves no stray file when the disk fills up', async () => {
    const target = join(folder, 'full');
    await mkdir(target);
    // A 1 MiB tmpfs filled to its last few KiB, in a mount namespace of its own; where mounting is
    // not allowed, a file-size limit (`ulimit -f`) makes the same write fail.
    const canMount = (await shell('unshare -m mount -t tmpfs -o size=64k tmpfs /mnt')).code === 0;
    const script = join(folder, 'fill-and-export.sh');
    await writeFile(
      script,
      [
        'set -u',
        canMount
          ? `mount -t tmpfs -o size=1m tmpfs '${target}' && head -c 1040000 /dev/zero > '${target}/filler'`
          : 'ulimit -f 1',
        `echo 'the old export' > '${target}/out.json'`,
        // The JSON export (about 23 KB) is larger than the space left.
        `pnpm --silent throughline map export '${SAMPLE}' --format json --out '${target}/out.json'`,
        'code=$?',
        `cat '${target}/out.json'`,
        `ls -A '${target}'`,
        'exit $code',
      ].join('\n'),
    );
    const result = await shell(canMount ? `unshare -m bash '${script}'` : `bash '${script}'`);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `throughline: ${target}/out.json: cannot be written (${canMount ? 'the disk is full' : 'the file would be larger than allowed'}); nothing was changed\n`,
    );
    const [old, ...listing] = result.stdout.trim().split('\n');
    expect(old).toBe('the old export');
    expect(listing.sort()).toEqual(canMount ? ['filler', 'out.json'] : ['out.json']);
  });
});
