import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Box } from '../infer/board-item';
import { CURRENT_SCHEMA_VERSION, type JourneyMap } from '../model/journey-map';
import { journeyMapArbitrary } from '../model/map-arbitraries.test-support';
import {
  LABEL_WIDTH,
  layoutMapOnBoard,
  MAX_STICKIES_ACROSS,
  STICKY_SIZE,
} from './layout-map-on-board';

const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left &&
  inner.top >= outer.top &&
  inner.left + inner.width <= outer.left + outer.width &&
  inner.top + inner.height <= outer.top + outer.height;

const overlap = (a: Box, b: Box) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

function twoByTwo(countInFirstCell: number): JourneyMap {
  const items = Array.from({ length: countInFirstCell }, (_, n) => ({
    id: `i${n}`,
    stageId: 's1',
    laneId: 'l1',
    text: `note ${n}`,
  }));
  items.push({ id: 'last', stageId: 's2', laneId: 'l2', text: 'pain' });
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'm',
    key: 'm',
    title: 'Onboarding',
    state: 'current',
    zoom: 'journey',
    phases: [],
    stages: [
      { id: 's1', key: 'discover', name: 'Discover' },
      { id: 's2', key: 'sign-up', name: 'Sign up' },
    ],
    lanes: [
      { id: 'l1', key: 'actions', name: 'Actions', kind: 'actions' },
      { id: 'l2', key: 'pains', name: 'Pains', kind: 'pain-points' },
    ],
    items,
    unplaced: [],
    painPoints: [],
    opportunities: [],
    kpis: [],
  };
}

describe('layoutMapOnBoard', () => {
  it('puts stage headers left to right, lane labels top to bottom, in map order', () => {
    const plan = layoutMapOnBoard(twoByTwo(1), { origin: { x: 1000, y: -500 } });
    const stages = plan.headers.filter((header) => header.role === 'stage');
    const lanes = plan.headers.filter((header) => header.role === 'lane');
    expect(stages.map((header) => header.text)).toEqual(['Discover', 'Sign up']);
    expect(lanes.map((header) => [header.text, header.kind])).toEqual([
      ['Actions', 'actions'],
      ['Pains', 'pain-points'],
    ]);
    expect(stages[0]?.box.left).toBeLessThan(stages[1]?.box.left ?? 0);
    expect(lanes[0]?.box.top).toBeLessThan(lanes[1]?.box.top ?? 0);
    expect(lanes[0]?.box.width).toBe(LABEL_WIDTH);
    expect(plan.frame).toMatchObject({ title: 'Onboarding', box: { left: 1000, top: -500 } });
    expect(plan.total).toBe(1 + 4 + 2);
  });

  it('widens a stage for a full cell, up to a cap, and stacks the rest in rows', () => {
    const plan = layoutMapOnBoard(twoByTwo(9));
    const firstCell = plan.stickies.filter((sticky) => sticky.itemId.startsWith('i'));
    const distinctLefts = new Set(firstCell.map((sticky) => sticky.box.left));
    const distinctTops = new Set(firstCell.map((sticky) => sticky.box.top));
    expect(distinctLefts.size).toBe(3);
    expect(distinctTops.size).toBe(3);
    const crowded = layoutMapOnBoard(twoByTwo(40));
    const lefts = new Set(
      crowded.stickies.filter((s) => s.itemId.startsWith('i')).map((s) => s.box.left),
    );
    expect(lefts.size).toBe(MAX_STICKIES_ACROSS);
  });

  it('draws each sticky inside its own stage column and lane row, coloured by lane kind', () => {
    const plan = layoutMapOnBoard(twoByTwo(5));
    const header = (refId: string) => plan.headers.find((h) => h.refId === refId)?.box;
    const last = plan.stickies.find((sticky) => sticky.itemId === 'last');
    const stage = header('s2');
    const lane = header('l2');
    if (!last || !stage || !lane) throw new Error('missing parts of the plan');
    expect(last).toMatchObject({ text: 'pain', kind: 'pain-points' });
    expect(last.box.width).toBe(STICKY_SIZE);
    expect(last.box.left).toBeGreaterThanOrEqual(stage.left);
    expect(last.box.left + last.box.width).toBeLessThanOrEqual(stage.left + stage.width);
    expect(last.box.top).toBeGreaterThanOrEqual(lane.top);
    expect(last.box.top + last.box.height).toBeLessThanOrEqual(lane.top + lane.height);
  });

  it('lists items whose stage or lane is missing instead of drawing them anywhere', () => {
    const map = twoByTwo(1);
    map.items.push({ id: 'lost', stageId: 'gone', laneId: 'l1', text: 'orphan' });
    const plan = layoutMapOnBoard(map);
    expect(plan.skipped).toEqual(['lost']);
    expect(plan.stickies.map((sticky) => sticky.itemId)).not.toContain('lost');
  });

  it('draws every item of any valid map once, inside the frame, with no two stickies overlapping', () => {
    fc.assert(
      fc.property(journeyMapArbitrary(), (map) => {
        const plan = layoutMapOnBoard(map);
        expect(plan.stickies.map((s) => s.itemId).sort()).toEqual(
          map.items.map((i) => i.id).sort(),
        );
        expect(plan.skipped).toEqual([]);
        for (const part of [...plan.headers, ...plan.stickies]) {
          expect(inside(part.box, plan.frame.box)).toBe(true);
        }
        const sorted = [...plan.stickies].sort((a, b) => a.box.left - b.box.left);
        for (let i = 0; i < sorted.length; i++) {
          for (let j = i + 1; j < sorted.length; j++) {
            const a = sorted[i];
            const b = sorted[j];
            if (!a || !b || b.box.left >= a.box.left + a.box.width) break;
            expect(overlap(a.box, b.box)).toBe(false);
          }
        }
        expect(plan.total).toBe(1 + map.stages.length + map.lanes.length + map.items.length);
      }),
      { numRuns: 100 },
    );
  });
});
