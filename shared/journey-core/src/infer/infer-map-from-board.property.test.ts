import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JourneyMap } from '../model/journey-map';
import { validateMap } from '../validate/validate-map';
import { inferMapFromBoard } from './infer-map-from-board';
import { randomBoardArbitrary } from './random-grid.test-support';

const RUNS = { numRuns: 100 };
const options = { boardId: 'random-board' };

describe('inferMapFromBoard on random grids', () => {
  it('places, reports or names after every sticky exactly once; content is never a name', () => {
    fc.assert(
      fc.property(randomBoardArbitrary, ({ items, cellOf, outside }) => {
        const { map, summary } = inferMapFromBoard(items, options);
        const names = [...map.stages, ...map.lanes].map((part) => part.source?.itemId);
        const stickyIds = new Set(
          items.filter((item) => item.kind === 'sticky').map((item) => item.id),
        );
        const namedBy = names.filter((id) => id !== undefined && stickyIds.has(id));
        for (const id of namedBy) expect(cellOf.has(id ?? '') || outside.has(id ?? '')).toBe(false);
        const seen = [
          ...map.items.map((item) => item.source?.itemId),
          ...map.unplaced.map((entry) => entry.source.itemId),
          ...namedBy,
        ];
        const stickies = items.filter((item) => item.kind === 'sticky').map((item) => item.id);
        expect([...seen].sort()).toEqual([...stickies].sort());
        expect(summary).toMatchObject({
          stickies: stickies.length - namedBy.length,
          placed: map.items.length,
          unplaced: map.unplaced.length,
        });
        expect(JourneyMap.parse(map)).toEqual(map);
        expect(validateMap(map).filter((d) => d.severity === 'error')).toEqual([]);
      }),
      RUNS,
    );
  });

  it('puts a sticky drawn wholly inside a cell in exactly that cell, with confidence 1', () => {
    fc.assert(
      fc.property(randomBoardArbitrary, ({ items, method, cellOf, outside, headerStickies }) => {
        const { map } = inferMapFromBoard(items, options);
        // Header stickies with no content to stand apart from are content themselves.
        const unplaced = map.unplaced.filter((entry) => !headerStickies.has(entry.source.itemId));
        for (const item of map.items) {
          const drawn = cellOf.get(item.source?.itemId ?? '');
          expect(drawn).toBeDefined();
          expect(item.stageId).toBe(`stage-h${drawn?.stage}`);
          expect(item.laneId).toBe(`lane-l${drawn?.lane}`);
          expect(item.placement).toEqual({ method, confidence: 1 });
        }
        expect(map.items).toHaveLength(cellOf.size);
        const reasons = unplaced.map((entry) => entry.reason);
        // With no sticky in the grid there is nothing to find a header row of shapes by; a row
        // of header stickies stands apart from far stickies too.
        const far = cellOf.size > 0 ? ['outside-grid'] : ['no-stage', 'outside-grid'];
        expect(reasons).toHaveLength(outside.size);
        for (const reason of reasons) expect(far).toContain(reason);
        if (headerStickies.size === 0) {
          expect(reasons).toEqual(
            [...outside].map(() => (cellOf.size > 0 ? 'outside-grid' : 'no-stage')),
          );
        }
      }),
      RUNS,
    );
  });

  it('puts each stage in the phase drawn over it, and in none without phases', () => {
    fc.assert(
      fc.property(randomBoardArbitrary, ({ items, phaseOf, cellOf }) => {
        const { map } = inferMapFromBoard(items, options);
        // With no content there is no grid to find, and so no phases.
        if (cellOf.size === 0) return;
        const drawn = map.stages.map((stage) => {
          const index = phaseOf.get(Number(stage.source?.itemId.slice(1)));
          return index === undefined ? undefined : `phase-p${index}`;
        });
        const read = map.stages.map(
          (stage) => map.phases.find((phase) => phase.stageIds.includes(stage.id))?.id,
        );
        expect(read).toEqual(drawn);
      }),
      RUNS,
    );
  });

  it('gives the same map whatever order the board lists its items in', () => {
    const shuffled = randomBoardArbitrary.chain(({ items }) =>
      fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length })),
    );
    fc.assert(
      fc.property(shuffled, ([items, reordered]) => {
        expect(inferMapFromBoard(reordered, options)).toEqual(inferMapFromBoard(items, options));
      }),
      RUNS,
    );
  });
});
