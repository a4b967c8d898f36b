// End to end: REST pages → fromRestItems → inferMapFromBoard, against each fixture's sidecar.
import {
  type BoardInference,
  type ColourLegend,
  inferMapFromBoard,
  isUnsurePlacement,
  type JourneyMap,
} from '@throughline/journey-core';
import { fromRestItems, RestItemsPage, scopeBoardRead } from '@throughline/miro';
import type { MiroItemsPage } from '@throughline/platform-fakes';
import { describe, expect, it } from 'vitest';
import type { StickyExpectation } from '../fixtures/miro/board-builder';
import {
  buildFixtures,
  type FixtureExpectation,
  type MapExpectation,
  mapsOf,
  withDerivedFields,
} from '../fixtures/miro/build-fixtures';
import { largeBoard } from '../fixtures/miro/large-board';

/** A generous bound for the large-input tests: linear code takes seconds, quadratic code hours. */
const LARGE_INPUT_MS = 60_000;

/** A sticky's expectation less its text (the fixtures test checks texts). */
type Outcome = Record<string, unknown>;

interface Conversion extends BoardInference {
  /** The stickies in scope: the whole board's, or those the frame holds. */
  stickyIds: string[];
}

/** The board converted whole, or one frame of it as `miro convert --frame` does. */
function convert(
  pages: readonly MiroItemsPage[],
  expected: FixtureExpectation,
  frameId?: string,
): Conversion {
  const items = pages.flatMap((page) => RestItemsPage.parse(page).data);
  const read = fromRestItems(items);
  expect(read.warnings).toEqual([]);
  const scoped = scopeBoardRead(read, frameId ? { kind: 'frame', frameId } : { kind: 'board' });
  const legend = expected.options.legend as ColourLegend | undefined;
  const inference = inferMapFromBoard(scoped.items, {
    boardId: expected.boardId,
    ...(legend ? { legend } : {}),
    ...(scoped.title === undefined ? {} : { title: scoped.title }),
  });
  const stickyIds = scoped.items.filter((item) => item.kind === 'sticky').map((item) => item.id);
  return { ...inference, stickyIds };
}

/**
 * Each sticky's outcome in the map: the stage, lane or phase it names; or its cell's stage, lane
 * and phase, whether it is unsure, and the pain point or opportunity raised from it; or why it has
 * no cell. A sticky that met two fates shows both.
 */
function outcomes(map: JourneyMap, stickyIds: readonly string[]): Record<string, Outcome> {
  const stages = new Map(map.stages.map((stage) => [stage.id, stage.name]));
  const lanes = new Map(map.lanes.map((lane) => [lane.id, lane.name]));
  const phaseOf = new Map(
    map.phases.flatMap((phase) => phase.stageIds.map((stageId) => [stageId, phase.name])),
  );
  const painPoints = new Map(map.painPoints.map((entry) => [entry.itemId, entry.title]));
  const opportunities = new Map(map.opportunities.map((entry) => [entry.itemId, entry.title]));
  const fates = new Map<string, Outcome[]>();
  const add = (itemId: string | undefined, outcome: Outcome) => {
    if (itemId === undefined) return;
    fates.set(itemId, [...(fates.get(itemId) ?? []), outcome]);
  };
  for (const stage of map.stages) add(stage.source?.itemId, { header: 'stage', name: stage.name });
  for (const lane of map.lanes) add(lane.source?.itemId, { header: 'lane', name: lane.name });
  for (const phase of map.phases) add(phase.source?.itemId, { header: 'phase', name: phase.name });
  for (const item of map.items) {
    const phase = phaseOf.get(item.stageId);
    const painPoint = painPoints.get(item.id);
    const opportunity = opportunities.get(item.id);
    add(item.source?.itemId, {
      stage: stages.get(item.stageId) ?? '?',
      lane: lanes.get(item.laneId) ?? '?',
      ...(phase === undefined ? {} : { phase }),
      ...(isUnsurePlacement(item) ? { unsure: true } : {}),
      ...(painPoint === undefined ? {} : { painPoint }),
      ...(opportunity === undefined ? {} : { opportunity }),
    });
  }
  for (const unplaced of map.unplaced) add(unplaced.source.itemId, { unplaced: unplaced.reason });
  const found: Record<string, Outcome> = {};
  for (const id of stickyIds) {
    const [only, ...more] = fates.get(id) ?? [];
    found[id] = more.length > 0 ? { fates: [only, ...more] } : (only ?? { missing: true });
  }
  return found;
}

function designed(stickies: Record<string, StickyExpectation>): Record<string, Outcome> {
  return Object.fromEntries(
    Object.entries(stickies).map(([id, { text: _, ...outcome }]) => [id, outcome]),
  );
}

/** Every map a fixture must give, with the frame it is read from. */
const conversions = buildFixtures().flatMap((fixture) =>
  mapsOf(fixture.expected).map((map) => ({
    label: map.frameId === undefined ? fixture.name : `${fixture.name} (frame "${map.title}")`,
    fixture,
    map,
  })),
);

describe('fixture boards infer to the grid their design describes', () => {
  it.each(conversions.map((entry) => [entry.label, entry]))(
    '%s: every sticky',
    (_label, { fixture, map: expected }) => {
      const { map, stickyIds } = convert(fixture.pages, fixture.expected, expected.frameId);
      expect(outcomes(map, stickyIds)).toEqual(designed(expected.stickies));
    },
  );

  it.each(conversions.map((entry) => [entry.label, entry]))(
    '%s: stages, lanes, phases and title',
    (_label, { fixture, map: expected }) => {
      const { map } = convert(fixture.pages, fixture.expected, expected.frameId);
      expect(map.stages.map((stage) => stage.name)).toEqual(expected.stages);
      expect(map.lanes.map((lane) => lane.name)).toEqual(expected.lanes);
      if (expected.laneKinds) {
        expect(Object.fromEntries(map.lanes.map((lane) => [lane.name, lane.kind]))).toEqual(
          expected.laneKinds,
        );
      }
      const stageNames = new Map(map.stages.map((stage) => [stage.id, stage.name]));
      expect(
        Object.fromEntries(
          map.phases.map((phase) => [
            phase.name,
            phase.stageIds.map((id) => stageNames.get(id) ?? '?'),
          ]),
        ),
      ).toEqual(expected.phases ?? {});
      expect(map.title).toBe(expected.title);
    },
  );

  it.each(conversions.map((entry) => [entry.label, entry]))(
    '%s: the summary explains it',
    (_label, { fixture, map: expected }) => {
      const { map, summary } = convert(fixture.pages, fixture.expected, expected.frameId);
      const all = Object.values(expected.stickies);
      expect(summary.placed).toBe(all.filter((sticky) => 'stage' in sticky).length);
      expect(summary.unsure).toBe(all.filter((sticky) => 'unsure' in sticky).length);
      expect(summary.unplaced).toBe(all.filter((sticky) => 'unplaced' in sticky).length);
      expect(summary.ignored).toEqual(expected.ignored ?? {});
      expect({
        stages: summary.headers.stages?.from,
        lanes: summary.headers.lanes?.from,
        phases: summary.headers.phases?.from,
      }).toEqual({ stages: undefined, lanes: undefined, phases: undefined, ...expected.headers });
      // Headers read from stickies name exactly the header stickies, in map order.
      const names = (ids: readonly string[]) =>
        ids.map((id) => {
          const sticky = expected.stickies[id];
          return sticky && 'header' in sticky ? sticky.name : `not a header: ${id}`;
        });
      if (summary.headers.stages?.from === 'stickies') {
        expect(names(summary.headers.stages.itemIds)).toEqual(expected.stages);
      }
      if (summary.headers.lanes?.from === 'stickies') {
        expect(names(summary.headers.lanes.itemIds)).toEqual(expected.lanes);
      }
      if (summary.headers.phases?.from === 'stickies') {
        expect(names(summary.headers.phases.itemIds)).toEqual(Object.keys(expected.phases ?? {}));
      }
      // What a lane raises belongs to its item's stage.
      const stageOfItem = new Map(map.items.map((item) => [item.id, item.stageId]));
      for (const entry of [...map.painPoints, ...map.opportunities]) {
        expect(entry.stageId, entry.title).toBe(stageOfItem.get(entry.itemId ?? ''));
      }
    },
  );

  it('the 10,000-sticky board', () => {
    const board = largeBoard({ seed: 7 });
    const { map, stickyIds } = convert(board.pages, board.expected);
    expect(outcomes(map, stickyIds)).toEqual(
      designed(withDerivedFields(onlyMap(board.expected)).stickies),
    );
  });

  it('the 10,000-sticky board with sticky-note headers', () => {
    const board = largeBoard({ seed: 7, headers: 'stickies' });
    const { map, stickyIds } = convert(board.pages, board.expected);
    expect(outcomes(map, stickyIds)).toEqual(
      designed(withDerivedFields(onlyMap(board.expected)).stickies),
    );
  });

  it('a 160,000-item REST page, in one piece: no stack overflow, every sticky in its cell', {
    timeout: LARGE_INPUT_MS,
  }, () => {
    const board = largeBoard({ seed: 11, stickies: 160_000 });
    const page = RestItemsPage.parse({ data: board.items, size: board.items.length });
    const read = fromRestItems(page.data);
    expect(read.items).toHaveLength(board.items.length);
    const { map, summary } = inferMapFromBoard(read.items, { boardId: board.boardId });
    expect(summary.placed).toBe(160_000);
    const stickyIds = read.items.filter((item) => item.kind === 'sticky').map((item) => item.id);
    expect(outcomes(map, stickyIds)).toEqual(
      designed(withDerivedFields(onlyMap(board.expected)).stickies),
    );
  });
});

/** The one map of a whole-board fixture (the large board's, with what its lanes raise). */
function onlyMap(expected: FixtureExpectation): MapExpectation {
  const [only, ...more] = mapsOf(expected);
  if (only === undefined || more.length > 0) throw new Error(`${expected.fixture}: not one map`);
  return only;
}
