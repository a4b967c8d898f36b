import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type JourneyMap, JourneyMap as JourneyMapSchema } from '../model/journey-map';
import { validateMap } from '../validate/validate-map';
import {
  moveItem,
  moveLane,
  moveStage,
  placeUnplaced,
  renameLane,
  renameStage,
  setLaneKind,
} from './map-edits';

const source = (itemId: string) => ({ provider: 'miro' as const, boardId: 'b1', itemId });

function sampleMap(): JourneyMap {
  return JourneyMapSchema.parse({
    schemaVersion: 4,
    id: 'miro-b1',
    key: 'workshop',
    title: 'Workshop',
    stages: [
      { id: 'st-a', key: 'a', name: 'Discover', source: source('h1') },
      { id: 'st-b', key: 'b', name: 'Sign up', source: source('h2') },
      { id: 'st-c', key: 'c', name: 'First use', source: source('h3') },
    ],
    lanes: [
      { id: 'ln-x', key: 'x', name: 'Actions', kind: 'actions' },
      { id: 'ln-y', key: 'y', name: 'Pain points', kind: 'pain-points' },
    ],
    items: [
      {
        id: 'it-1',
        stageId: 'st-a',
        laneId: 'ln-x',
        text: 'Sees an ad',
        placement: { method: 'grid', confidence: 1 },
        source: source('s1'),
      },
      {
        id: 'it-2',
        stageId: 'st-b',
        laneId: 'ln-y',
        text: 'Form fails',
        placement: { method: 'grid', confidence: 0.5 },
        source: source('s2'),
      },
    ],
    unplaced: [
      { source: source('s3'), text: 'Parking lot', reason: 'outside-grid' },
      { source: source('s4'), text: 'Between two cells', reason: 'ambiguous-cell' },
    ],
  });
}

describe('renaming', () => {
  it.each([
    ['a new name', '  Onboard  ', 'Onboard', ['name']],
    ['an empty name', '   ', 'Discover', undefined],
    ['the same name', 'Discover', 'Discover', undefined],
    ['a name over the 500-character limit', 'x'.repeat(501), 'Discover', undefined],
  ])('a stage given %s', (_case, typed, name, edited) => {
    const map = sampleMap();
    const next = renameStage(map, 'st-a', typed);
    expect(next.stages[0]).toMatchObject({ id: 'st-a', key: 'a', name });
    expect(next.stages[0]?.edited).toEqual(edited);
    if (edited === undefined) expect(next).toBe(map);
  });

  it('marks a renamed lane edited once, however often it is renamed', () => {
    const once = renameLane(sampleMap(), 'ln-y', 'Pains');
    const twice = renameLane(once, 'ln-y', 'Frustrations');
    expect(twice.lanes[1]).toMatchObject({ name: 'Frustrations', key: 'y', edited: ['name'] });
  });

  it('records a lane kind change as a kind edit', () => {
    const next = setLaneKind(renameLane(sampleMap(), 'ln-x', 'Doing'), 'ln-x', 'touchpoints');
    expect(next.lanes[0]).toMatchObject({ kind: 'touchpoints', edited: ['name', 'kind'] });
    expect(setLaneKind(next, 'ln-x', 'touchpoints')).toBe(next);
  });

  it('leaves the map alone for an unknown stage or lane', () => {
    const map = sampleMap();
    expect(renameStage(map, 'nope', 'X')).toBe(map);
    expect(renameLane(map, 'nope', 'X')).toBe(map);
    expect(setLaneKind(map, 'nope', 'custom')).toBe(map);
  });
});

describe('reordering', () => {
  it.each([
    ['st-a', 1, ['st-b', 'st-a', 'st-c']],
    ['st-c', -1, ['st-a', 'st-c', 'st-b']],
    ['st-a', -1, ['st-a', 'st-b', 'st-c']],
    ['st-c', 1, ['st-a', 'st-b', 'st-c']],
  ] as const)('moves stage %s by %d', (id, delta, order) => {
    expect(moveStage(sampleMap(), id, delta).stages.map((stage) => stage.id)).toEqual(order);
  });

  it('returns the same map when a lane is already at the end', () => {
    const map = sampleMap();
    expect(moveLane(map, 'ln-x', -1)).toBe(map);
    expect(moveLane(map, 'ln-x', 1).lanes.map((lane) => lane.id)).toEqual(['ln-y', 'ln-x']);
  });
});

describe('moving cards', () => {
  it('takes the new cell, drops the inferred placement and marks the cell edited', () => {
    const next = moveItem(sampleMap(), 'it-1', 'st-c', 'ln-y');
    const item = next.items.find((entry) => entry.id === 'it-1');
    expect(item).toMatchObject({ stageId: 'st-c', laneId: 'ln-y', edited: ['cell'] });
    expect(item?.placement).toBeUndefined();
  });

  it('puts a card moved to another cell last in it', () => {
    const next = moveItem(sampleMap(), 'it-1', 'st-b', 'ln-y');
    expect(next.items.map((entry) => entry.id)).toEqual(['it-2', 'it-1']);
  });

  it('confirms an unsure card in its own cell', () => {
    const next = moveItem(sampleMap(), 'it-2', 'st-b', 'ln-y');
    expect(next.items[1]).toMatchObject({ stageId: 'st-b', edited: ['cell'] });
    expect(next.items[1]?.placement).toBeUndefined();
    expect(moveItem(next, 'it-2', 'st-b', 'ln-y')).toBe(next);
  });

  it('refuses a cell that does not exist', () => {
    const map = sampleMap();
    expect(moveItem(map, 'it-1', 'st-z', 'ln-x')).toBe(map);
    expect(moveItem(map, 'it-1', 'st-a', 'ln-z')).toBe(map);
  });

  it('places an unplaced sticky as a hand-placed item with a fresh id', () => {
    const next = placeUnplaced(sampleMap(), 1, 'st-a', 'ln-y');
    expect(next.unplaced.map((entry) => entry.text)).toEqual(['Parking lot']);
    const placed = next.items[2];
    expect(placed).toMatchObject({
      stageId: 'st-a',
      laneId: 'ln-y',
      text: 'Between two cells',
      source: source('s4'),
      edited: ['cell'],
    });
    expect(next.items.map((item) => item.id)).toEqual(['it-1', 'it-2', 'item-s4']);
  });
});

type Edit = (map: JourneyMap) => JourneyMap;

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.constantFrom('st-a', 'st-b', 'st-c'), fc.string({ maxLength: 12 })).map(
    ([id, name]) =>
      (map: JourneyMap) =>
        renameStage(map, id, name),
  ),
  fc.tuple(fc.constantFrom('ln-x', 'ln-y'), fc.constantFrom('custom', 'thoughts', 'emotions')).map(
    ([id, kind]) =>
      (map: JourneyMap) =>
        setLaneKind(map, id, kind),
  ),
  fc.tuple(fc.constantFrom('st-a', 'st-b', 'st-c'), fc.constantFrom(-1 as const, 1 as const)).map(
    ([id, delta]) =>
      (map: JourneyMap) =>
        moveStage(map, id, delta),
  ),
  fc.tuple(fc.constantFrom('ln-x', 'ln-y'), fc.constantFrom(-1 as const, 1 as const)).map(
    ([id, delta]) =>
      (map: JourneyMap) =>
        moveLane(map, id, delta),
  ),
  fc
    .tuple(
      fc.constantFrom('it-1', 'it-2', 'item-s4', 'item-s3'),
      fc.constantFrom('st-a', 'st-b', 'st-c'),
      fc.constantFrom('ln-x', 'ln-y'),
    )
    .map(
      ([id, stage, lane]) =>
        (map: JourneyMap) =>
          moveItem(map, id, stage, lane),
    ),
  fc.tuple(fc.nat(2), fc.constantFrom('st-a', 'st-c'), fc.constantFrom('ln-x', 'ln-y')).map(
    ([index, stage, lane]) =>
      (map: JourneyMap) =>
        placeUnplaced(map, index, stage, lane),
  ),
);

describe('any sequence of edits', () => {
  it('keeps the map valid and loses no sticky', () => {
    fc.assert(
      fc.property(fc.array(editArbitrary, { maxLength: 20 }), (edits) => {
        const start = sampleMap();
        const end = edits.reduce((map, edit) => edit(map), start);
        expect(JourneyMapSchema.safeParse(end).success).toBe(true);
        expect(validateMap(end).filter((finding) => finding.severity === 'error')).toEqual([]);
        expect(end.items.length + end.unplaced.length).toBe(
          start.items.length + start.unplaced.length,
        );
        expect(new Set(end.stages.map((stage) => stage.id))).toEqual(
          new Set(start.stages.map((stage) => stage.id)),
        );
      }),
      { seed: 20260601, numRuns: 200 },
    );
  });
});
