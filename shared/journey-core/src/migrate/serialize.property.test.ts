import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JourneyMap } from '../model/journey-map';
import { journeyMapArbitrary } from '../model/map-arbitraries.test-support';
import { validateMap } from '../validate/validate-map';
import { parseMapJson, serializeMap } from './parse-map';

describe('serializeMap and parseMapJson', () => {
  it('generates only maps that the schema accepts and validation finds sound', () => {
    fc.assert(
      fc.property(journeyMapArbitrary(), (map) => {
        expect(JourneyMap.safeParse(map).success).toBe(true);
        expect(validateMap(map).filter((d) => d.severity === 'error')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('reads back every map it writes, unchanged', () => {
    fc.assert(
      fc.property(journeyMapArbitrary(), (map) => {
        expect(parseMapJson(serializeMap(map))).toStrictEqual({ ok: true, value: map });
      }),
      { numRuns: 150 },
    );
  });
});
