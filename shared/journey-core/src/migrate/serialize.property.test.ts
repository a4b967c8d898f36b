import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanClone } from '../model/clone.test-support';
import { JourneyMap } from '../model/journey-map';
import { journeyMapArbitrary } from '../model/map-arbitraries.test-support';
import { validateMap } from '../validate/validate-map';
import { parseMapJson, serializeMap } from './parse-map';

/** Maps as reading gives them: their text through `cleanText` (hostile text stays hostile). */
const readMapArbitrary = journeyMapArbitrary()
  .map((map) => JourneyMap.safeParse(cleanClone(map)).data)
  .filter((map): map is JourneyMap => map !== undefined);

/** What a terminal acts on and JSON.stringify leaves raw; `serializeMap` escapes them. */
const RAW_UNSAFE = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]|(?![\n])\p{Cc}/u;

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

  it('reads back every map it read, unchanged', () => {
    fc.assert(
      fc.property(readMapArbitrary, (map) => {
        expect(parseMapJson(serializeMap(map))).toStrictEqual({ ok: true, value: map });
      }),
      { numRuns: 150 },
    );
  });

  it('reads back any map with its text cleaned, and writes no raw control character', () => {
    fc.assert(
      fc.property(journeyMapArbitrary(), (map) => {
        const text = serializeMap(map);
        expect(text).not.toMatch(RAW_UNSAFE);
        const expected = JourneyMap.safeParse(cleanClone(map));
        const read = parseMapJson(text);
        expect(read.ok).toBe(expected.success);
        if (read.ok && expected.success) expect(read.value).toStrictEqual(expected.data);
      }),
      { numRuns: 150 },
    );
  });
});
