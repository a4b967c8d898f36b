// The README's picture of the sample map: what `pnpm sample-svg` writes today.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMapJson, toSvg } from '@throughline/journey-core';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFile(join(repoRoot, path), 'utf8');

describe('the sample map picture in the README', () => {
  it('is what `pnpm sample-svg` writes today', async () => {
    const parsed = parseMapJson(await read('apps/cli/samples/broadband-onboarding.map.json'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
    const published = await read('apps/cli/docs/sample-map.svg');
    expect(published, 'the picture changed: run `pnpm sample-svg` and commit the file').toBe(
      toSvg(parsed.value),
    );
  });

  it('is the picture the README shows', async () => {
    expect(await read('README.md')).toContain('](apps/cli/docs/sample-map.svg)');
  });
});
