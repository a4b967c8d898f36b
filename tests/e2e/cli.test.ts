// The real `throughline` command as a user types it: through pnpm, in a child process.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CURRENT_SCHEMA_VERSION } from '@throughline/journey-core';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function throughline(...args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile('pnpm', ['throughline', ...args], { cwd: repoRoot }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('pnpm throughline', () => {
  it('validates the bundled sample with exit code 0 and nothing but the report on stdout', async () => {
    const result = await throughline(
      'map',
      'validate',
      'apps/cli/samples/broadband-onboarding.map.json',
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.split('\n')[0]).toMatch(
      /^apps\/cli\/samples\/broadband-onboarding\.map\.json: valid journey map/,
    );
  });

  it('rejects a broken map with exit code 2 and one line on stderr', async () => {
    const result = await throughline(
      'map',
      'validate',
      'tests/fixtures/maps/broken-reference.map.json',
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('stage-checkout');
  });

  it('prints an export that parses, with nothing else on stdout', async () => {
    const result = await throughline(
      'map',
      'export',
      'tests/fixtures/maps/returns-v1.map.json',
      '--format',
      'json',
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      title: 'Returns & refunds',
    });
  });

  it('converts a saved Miro board: the map on stdout, the summary on stderr', async () => {
    const result = await throughline(
      'miro',
      'convert',
      'tests/fixtures/miro/headers-as-shapes.rest.json',
      '--format',
      'json',
    );
    expect(result.code).toBe(0);
    const map = JSON.parse(result.stdout);
    expect(map.stages.length).toBeGreaterThan(1);
    expect(map.items.every((item: { source: { itemId: string } }) => item.source.itemId)).toBe(
      true,
    );
    expect(result.stderr).toMatch(/^\d+ stickies: \d+ placed \(\d+ unsure\), \d+ unplaced\n$/);
  });

  it('refuses a file that is not Miro items with exit code 2 and nothing on stdout', async () => {
    const result = await throughline(
      'miro',
      'convert',
      'apps/cli/samples/broadband-onboarding.map.json',
      '--format',
      'json',
    );
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('stops quietly when its reader closes the pipe early', async () => {
    const result = await new Promise<Outcome>((resolve) => {
      execFile(
        'bash',
        ['-c', 'set -o pipefail; pnpm start | head -1'],
        { cwd: repoRoot },
        (error, stdout, stderr) => {
          resolve({ code: error ? 1 : 0, stdout, stderr });
        },
      );
    });
    expect(result).toEqual({
      code: 0,
      stdout: expect.stringMatching(/^Broadband onboarding.*\n$/),
      stderr: '',
    });
  });
});
