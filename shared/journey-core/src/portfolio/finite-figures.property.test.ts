import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extremeMapsWithLinksArb } from '../rollup/arbitraries.test-support';
import { rollup } from '../rollup/rollup';
import { portfolio } from './portfolio-rank';

/** Every number in a plain-data result, with where it sits. */
function numbersIn(value: unknown, path = '', found: [string, number][] = []): [string, number][] {
  if (typeof value === 'number') found.push([path, value]);
  else if (Array.isArray(value)) {
    for (const [index, entry] of value.entries()) numbersIn(entry, `${path}[${index}]`, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, entry] of Object.entries(value)) numbersIn(entry, `${path}.${key}`, found);
  }
  return found;
}

const notFinite = (result: unknown) =>
  numbersIn(result).filter(([, value]) => !Number.isFinite(value));

describe('figures stay finite whatever the numbers', () => {
  it('rollup: every figure finite, progress and attainment shares, for extreme scopes and KPIs', () => {
    fc.assert(
      fc.property(extremeMapsWithLinksArb, ([maps, links]) => {
        for (const map of maps) {
          const result = rollup(map, links, { asOf: '2025-06-01' });
          expect(notFinite(result)).toEqual([]);
          for (const figures of [result, ...result.stages]) {
            const shares = [
              figures.progress,
              figures.kpiAttainment,
              ...figures.kpis.map((kpi) => kpi.attainment),
            ];
            for (const share of shares) {
              if (share !== null) expect(share >= 0 && share <= 1).toBe(true);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('portfolio: every score, weight and figure finite', () => {
    fc.assert(
      fc.property(extremeMapsWithLinksArb, ([maps, links]) => {
        const ranked = portfolio(maps, links, { asOf: '2025-06-01' });
        expect(notFinite(ranked)).toEqual([]);
        for (const stage of ranked.stages) expect(stage.score).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });
});
