// How long the journey core takes over a large portfolio: 50 maps and 10,000 linked work items.
import { portfolio, rollup } from '@throughline/journey-core';
import { bench, describe } from 'vitest';
import { generatePortfolio } from './journey-generator';

const SEED = 20250601;
const ASOF = '2025-06-01';
const { maps, links } = generatePortfolio(SEED, 50, 10_000);
/** Longer than vitest's default half second, for a steadier median. */
const TIMING = { time: 2000, warmupTime: 200 };

/** The last result, kept where the engine can see it is used, so that it cannot skip the work. */
export let lastResult: unknown;

describe(`${maps.length} maps, ${links.length} links`, () => {
  bench(
    'rollup of every map, each given all links',
    () => {
      lastResult = maps.map((map) => rollup(map, links, { asOf: ASOF }));
    },
    TIMING,
  );

  bench(
    'portfolio of every map',
    () => {
      lastResult = portfolio(maps, links, { asOf: ASOF });
    },
    TIMING,
  );
});
