import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Box } from '../infer/board-item';
import { CURRENT_SCHEMA_VERSION, type JourneyMap } from '../model/journey-map';
import { journeyMapArbitrary } from '../model/map-arbitraries.test-support';
import type { BoardPlan } from './board-plan';
import {
  HEADER_HEIGHT,
  LABEL_WIDTH,
  layoutMapOnBoard,
  MAX_STICKIES_ACROSS,
  STICKY_SIZE,
} from './layout-map-on-board';
import { PHASE_HEADER_HEIGHT } from './phase-headers';

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

/** Four stages, so that phases can leave one out. */
function fourStages(phases: JourneyMap['phases']): JourneyMap {
  const map = twoByTwo(3);
  map.stages.push({ id: 's3', key: 'use', name: 'Use' }, { id: 's4', key: 'renew', name: 'Renew' });
  map.items.push({ id: 'later', stageId: 's4', laneId: 'l1', text: 'renews' });
  return { ...map, phases };
}

const phase = (id: string, stageIds: string[]) => ({ id, key: id, name: `Phase ${id}`, stageIds });

/** Every box but the phase headers', moved up by `dy`: the plan as it would be without them. */
function withoutPhases(plan: BoardPlan, dy: number) {
  const up = (box: Box) => ({ ...box, top: box.top - dy });
  return {
    frame: { ...plan.frame.box, height: plan.frame.box.height - dy },
    headers: plan.headers.filter((h) => h.role !== 'phase').map((h) => ({ ...h, box: up(h.box) })),
    stickies: plan.stickies.map((s) => ({ ...s, box: up(s.box) })),
  };
}

describe('layoutMapOnBoard with phases', () => {
  it.each([
    {
      name: 'two phases over all stages',
      phases: [phase('a', ['s1', 's2']), phase('b', ['s3', 's4'])],
      spans: [
        ['a', 's1', 's2'],
        ['b', 's3', 's4'],
      ],
    },
    {
      name: 'a stage in no phase gets no phase header',
      phases: [phase('a', ['s1']), phase('b', ['s2', 's3'])],
      spans: [
        ['a', 's1', 's1'],
        ['b', 's2', 's3'],
      ],
    },
    {
      name: 'unknown stage ids are ignored; a phase with none drawn gets no header',
      phases: [phase('a', ['gone', 's2']), phase('b', ['also-gone'])],
      spans: [['a', 's2', 's2']],
    },
  ])('$name: one header per phase, spanning its stage columns, in order', ({ phases, spans }) => {
    const plan = layoutMapOnBoard(fourStages(phases), { origin: { x: 40, y: -300 } });
    const box = (refId: string) => plan.headers.find((h) => h.refId === refId)?.box;
    const drawn = plan.headers.filter((h) => h.role === 'phase');
    expect(drawn.map((h) => h.refId)).toEqual(spans.map(([id]) => id));
    for (const [id = '', first = '', last = ''] of spans) {
      const phaseBox = box(id);
      const firstBox = box(first);
      const lastBox = box(last);
      if (!phaseBox || !firstBox || !lastBox) throw new Error('missing headers');
      expect(phaseBox.left).toBe(firstBox.left);
      expect(phaseBox.left + phaseBox.width).toBe(lastBox.left + lastBox.width);
      expect(phaseBox.height).toBe(PHASE_HEADER_HEIGHT);
      expect(phaseBox.top + phaseBox.height).toBe(firstBox.top);
    }
    expect(plan.total).toBe(1 + spans.length + 4 + 2 + plan.stickies.length);
  });

  it.each([
    {
      name: 'phases',
      phases: [phase('a', ['s1', 's2']), phase('b', ['s3'])],
      dy: PHASE_HEADER_HEIGHT,
    },
    { name: 'no phases', phases: [], dy: 0 },
    { name: 'only phases of unknown stages', phases: [phase('a', ['gone'])], dy: 0 },
  ])(
    '$name: the rest of the plan moves down by the phase row, if one is drawn',
    ({ phases, dy }) => {
      const plain = layoutMapOnBoard(fourStages([]), { origin: { x: 40, y: -300 } });
      const phased = layoutMapOnBoard(fourStages(phases), { origin: { x: 40, y: -300 } });
      expect(withoutPhases(phased, dy)).toEqual(withoutPhases(plain, 0));
      expect(phased.skipped).toEqual(plain.skipped);
    },
  );

  it('plans a map without phases as it always has: stage headers at the top padding', () => {
    const plan = layoutMapOnBoard(twoByTwo(1), { origin: { x: 0, y: 0 } });
    const stage = plan.headers.find((h) => h.role === 'stage')?.box;
    const lane = plan.headers.find((h) => h.role === 'lane')?.box;
    expect(stage).toEqual({ left: 360, top: 80, width: 248, height: HEADER_HEIGHT });
    expect(lane).toEqual({ left: 80, top: 200, width: LABEL_WIDTH, height: 248 });
    expect(plan.frame.box).toEqual({ left: 0, top: 0, width: 936, height: 776 });
  });
});
