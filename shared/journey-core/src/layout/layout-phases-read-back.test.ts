// A map with phases, drawn by layoutMapOnBoard and read back by inference, keeps every item's cell.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoardItem } from '../infer/board-item';
import { DEFAULT_LANE_NAMES } from '../infer/colour-legend';
import { inferMapFromBoard } from '../infer/infer-map-from-board';
import { CURRENT_SCHEMA_VERSION, type JourneyMap, LaneKind } from '../model/journey-map';
import type { BoardPlan } from './board-plan';
import { layoutMapOnBoard } from './layout-map-on-board';

/** The board a writer would make of the plan, as a board reader reports it back. */
function boardOf(plan: BoardPlan): BoardItem[] {
  return [
    { id: 'frame', kind: 'frame', text: plan.frame.title, box: plan.frame.box },
    ...plan.headers.map(
      (h): BoardItem => ({ id: h.refId, kind: 'shape', text: h.text, box: h.box }),
    ),
    ...plan.stickies.map(
      (s): BoardItem => ({
        id: s.itemId,
        kind: 'sticky',
        text: s.text,
        shape: 'square',
        box: { ...s.box, top: s.box.top - (s.box.width * 0.146) / 2, height: s.box.width * 1.146 },
      }),
    ),
  ];
}

const mapArbitrary = fc
  .record({
    stages: fc.integer({ min: 1, max: 6 }),
    // Where each run of stages ends; stages after the last cut are in no phase.
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }),
    kinds: fc.uniqueArray(fc.constantFrom(...LaneKind.options), { minLength: 1, maxLength: 5 }),
    items: fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 30 }),
  })
  .map(({ stages, cuts, kinds, items }): JourneyMap => {
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
    return {
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
  });

describe('reading back a drawn map with phases', () => {
  it('recovers the stages, lanes and every item’s cell; the phase row is not taken for stages', () => {
    fc.assert(
      fc.property(mapArbitrary, (map) => {
        const { map: read, summary } = inferMapFromBoard(boardOf(layoutMapOnBoard(map)), {
          boardId: 'b',
        });
        expect(read.stages.map((s) => s.name)).toEqual(map.stages.map((s) => s.name));
        expect(read.lanes.map((l) => l.name)).toEqual(map.lanes.map((l) => l.name));
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
