// A map drawn by layoutMapOnBoard and read back by inferMapFromBoard comes back the same, with or
// without a phase row above its stage headers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoardPlan } from '../layout/board-plan';
import { layoutMapOnBoard } from '../layout/layout-map-on-board';
import { CURRENT_SCHEMA_VERSION, type JourneyMap, LaneKind } from '../model/journey-map';
import type { BoardItem } from './board-item';
import { DEFAULT_LANE_NAMES } from './colour-legend';
import { inferMapFromBoard } from './infer-map-from-board';

/** The board a writer would make of the plan, as a board reader reports it back. */
function boardOf(plan: BoardPlan): BoardItem[] {
  return [
    { id: 'frame', kind: 'frame', text: plan.frame.title, box: plan.frame.box },
    ...plan.headers.map(
      (header): BoardItem => ({
        id: header.refId,
        kind: 'shape',
        text: header.text,
        box: header.box,
      }),
    ),
    // Miro draws a square sticky of the planned width and reports it 1.146 × taller.
    ...plan.stickies.map(
      (sticky): BoardItem => ({
        id: sticky.itemId,
        kind: 'sticky',
        text: sticky.text,
        shape: 'square',
        box: {
          ...sticky.box,
          top: sticky.box.top - (sticky.box.width * 0.146) / 2,
          height: sticky.box.width * 1.146,
        },
      }),
    ),
  ];
}

const mapArbitrary = fc
  .record({
    stages: fc.integer({ min: 1, max: 6 }),
    // Where each run of stages ends; stages after the last cut are in no phase, and no cut, no phases.
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { maxLength: 4 }),
    kinds: fc.uniqueArray(fc.constantFrom(...LaneKind.options), { minLength: 1, maxLength: 5 }),
    items: fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 30 }),
    origin: fc.record({
      x: fc.integer({ min: -3000, max: 3000 }),
      y: fc.integer({ min: -3000, max: 3000 }),
    }),
  })
  .map(({ stages, cuts, kinds, items, origin }) => {
    const ends = [...new Set(cuts.map((cut) => Math.min(cut, stages)))].sort((a, b) => a - b);
    const phases = ends.map((end, n) => ({
      id: `p${n}`,
      key: `p${n}`,
      name: `Phase ${n}`,
      stageIds: Array.from(
        { length: end - (ends[n - 1] ?? 0) },
        (_, k) => `s${(ends[n - 1] ?? 0) + k}`,
      ),
    }));
    const map: JourneyMap = {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: 'm',
      key: 'drawn',
      title: 'Drawn journey',
      state: 'current',
      zoom: 'journey',
      phases,
      stages: Array.from({ length: stages }, (_, n) => ({
        id: `s${n}`,
        key: `s${n}`,
        name: `Stage ${n}`,
      })),
      lanes: kinds.map((kind) => ({ id: kind, key: kind, name: DEFAULT_LANE_NAMES[kind], kind })),
      items: items.map(([stage, lane], n) => ({
        id: `i${n}`,
        stageId: `s${stage % stages}`,
        laneId: kinds[lane % kinds.length] ?? 'custom',
        text: `note ${n}`,
      })),
      unplaced: [],
      painPoints: [],
      opportunities: [],
      kpis: [],
    };
    return { map, origin };
  });

describe('reading back a drawn map', () => {
  it('recovers the stages, lanes, kinds and every item’s cell; a phase row is not taken for stages', () => {
    fc.assert(
      fc.property(mapArbitrary, ({ map, origin }) => {
        const { map: read, summary } = inferMapFromBoard(
          boardOf(layoutMapOnBoard(map, { origin })),
          {
            boardId: 'b',
          },
        );
        expect(read.title).toBe(map.title);
        expect(read.stages.map((stage) => stage.name)).toEqual(
          map.stages.map((stage) => stage.name),
        );
        expect(read.lanes.map((lane) => [lane.name, lane.kind])).toEqual(
          map.lanes.map((lane) => [lane.name, lane.kind]),
        );
        const cellOf = (m: JourneyMap, stageId: string, laneId: string) =>
          `${m.stages.find((s) => s.id === stageId)?.name} × ${m.lanes.find((l) => l.id === laneId)?.name}`;
        const readCells = new Map(
          read.items.map((item) => [item.source?.itemId, cellOf(read, item.stageId, item.laneId)]),
        );
        for (const item of map.items) {
          expect(readCells.get(item.id)).toBe(cellOf(map, item.stageId, item.laneId));
        }
        expect(summary).toMatchObject({ placed: map.items.length, unsure: 0, unplaced: 0 });
      }),
      { numRuns: 200 },
    );
  });
});
