import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from './atomic-file';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'throughline-atomic-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('writeFileAtomically', () => {
  it('writes a new file, and replaces an old one keeping its permissions', async () => {
    const path = join(folder, 'map.md');
    await writeFileAtomically(path, 'first');
    expect(await readFile(path, 'utf8')).toBe('first');
    expect((await stat(path)).mode & 0o777).toBe(0o644);
    await chmod(path, 0o600);
    await writeFileAtomically(path, 'second ✓');
    expect(await readFile(path, 'utf8')).toBe('second ✓');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readdir(folder)).toEqual(['map.md']);
  });

  it('leaves what was there, and no temporary file, when the rename fails', async () => {
    const path = join(folder, 'taken');
    await mkdir(path);
    await writeFile(join(path, 'inside.txt'), 'kept');
    await expect(writeFileAtomically(path, 'text')).rejects.toMatchObject({ code: 'EISDIR' });
    expect((await readdir(folder)).sort()).toEqual(['taken']);
    expect(await readFile(join(path, 'inside.txt'), 'utf8')).toBe('kept');
  });

  it('fails on a folder that does not exist, creating nothing', async () => {
    const path = join(folder, 'missing', 'map.md');
    await expect(writeFileAtomically(path, 'text')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(folder)).toEqual([]);
  });
});
