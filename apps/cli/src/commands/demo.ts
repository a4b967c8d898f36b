// `throughline demo`: the bundled sample journey, rolled up and ranked, to show what Throughline does.
import { fileURLToPath } from 'node:url';
import { portfolio, rollup } from '@throughline/journey-core';
import type { Io } from '../io';
import { renderPortfolio } from '../render/portfolio-text';
import { renderRollup } from '../render/rollup-text';
import { readLinksFile, readMapFile } from '../user-files';

const sample = (name: string) => fileURLToPath(new URL(`../../samples/${name}`, import.meta.url));

export const SAMPLE_MAP = sample('broadband-onboarding.map.json');
export const SAMPLE_LINKS = sample('broadband-onboarding.links.json');
/** The sample is a snapshot: read as of the day it was taken, its figures never drift. */
export const SAMPLE_AS_OF = '2026-11-23';

export async function demo(io: Io): Promise<void> {
  const map = await readMapFile(io, SAMPLE_MAP);
  const links = await readLinksFile(io, SAMPLE_LINKS);
  io.out(renderRollup(rollup(map, links, { asOf: SAMPLE_AS_OF })));
  io.out('\n');
  io.out(renderPortfolio(portfolio([map], links, { asOf: SAMPLE_AS_OF }), 3));
  io.out(
    `\nThis is the bundled sample (${map.items.length} board items, ${links.length} linked issues and projects).\n` +
      'Try: pnpm throughline map export apps/cli/samples/broadband-onboarding.map.json --format md\n',
  );
}
