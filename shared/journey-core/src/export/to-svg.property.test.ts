import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../model/journey-map';
import { journeyMapArbitrary, nameArbitrary } from '../model/map-arbitraries.test-support';
import { toSvg } from './to-svg';
import { elementsOf, readXml } from './xml-reader.test-support';

/** Maps as code may build them (text not cleaned), now and then with a phase over their first stages. */
const mapArbitrary = fc
  .tuple(journeyMapArbitrary(), fc.option(nameArbitrary, { nil: undefined }), fc.nat())
  .map(([map, phaseName, span]): JourneyMap => {
    if (phaseName === undefined || map.stages.length === 0) return map;
    const stageIds = map.stages.slice(0, 1 + (span % map.stages.length)).map((stage) => stage.id);
    return { ...map, phases: [{ id: 'phase', key: 'phase', name: phaseName, stageIds }] };
  });

const SHAPES = new Set([
  'svg',
  'title',
  'style',
  'rect',
  'line',
  'polyline',
  'circle',
  'text',
  'tspan',
]);

describe('toSvg on any map', () => {
  it('writes well-formed SVG of shapes and text only, with no raw control character', () => {
    fc.assert(
      fc.property(mapArbitrary, (map) => {
        const svg = toSvg(map);
        const read = readXml(svg);
        if (!read.ok) throw new Error(read.error);
        for (const element of elementsOf(read.root)) {
          expect(SHAPES.has(element.name)).toBe(true);
          for (const name of Object.keys(element.attributes)) expect(name).not.toMatch(/^on|href/i);
        }
        expect(svg).not.toMatch(/(?![\n])\p{Cc}|\p{Cs}|[\u202A-\u202E\u2066-\u2069]/u);
        expect(toSvg(map)).toBe(svg);
      }),
      { numRuns: 200 },
    );
  });
});
