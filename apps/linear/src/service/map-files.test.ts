import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readMapFiles } from './map-files';

// The CLI's sample map: a real export, so this reads what users will point the service at.
const SAMPLE = fileURLToPath(
  new URL('../../../cli/samples/broadband-onboarding.map.json', import.meta.url),
);

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('readMapFiles', () => {
  it('reads every .json map of a directory, and single files', async () => {
    dir = await mkdtemp(join(tmpdir(), 'throughline-maps-'));
    await copyFile(SAMPLE, join(dir, 'onboarding.json'));
    await writeFile(join(dir, 'notes.txt'), 'not a map');
    const fromDir = await readMapFiles(dir);
    expect(fromDir).toHaveLength(1);
    expect(await readMapFiles(SAMPLE)).toEqual(fromDir);
  });

  it('names the file at fault in one line', async () => {
    dir = await mkdtemp(join(tmpdir(), 'throughline-maps-'));
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"schemaVersion": 4}');
    await expect(readMapFiles(bad)).rejects.toThrow(`map file ${bad}: error`);
  });
});
