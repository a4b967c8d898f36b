// End to end: REST pages → fromRestItems → inferMapFromBoard, against each fixture's sidecar.
import { type ColourLegend, inferMapFromBoard, type JourneyMap } from '@throughline/journey-core';
import { fromRestItems, RestItemsPage } from '@throughline/miro';
import type { MiroItemsPage } from '@throughline/platform-fakes';
import { describe, expect, it } from 'vitest';
import { buildFixtures, type FixtureExpectation } from '../fixtures/miro/build-fixtures';
import { largeBoard } from '../fixtures/miro/large-board';

/** A generous bound for the large-input tests: linear code takes seconds, quadratic code hours. */
const LARGE_INPUT_MS = 60_000;

type Outcome = { stage: string; lane: string } | { unplaced: string };

function infer(pages: readonly MiroItemsPage[], expected: FixtureExpectation): JourneyMap {
  const items = pages.flatMap((page) => RestItemsPage.parse(page).data);
  const read = fromRestItems(items);
  expect(read.warnings).toEqual([]);
  const legend = expected.options.legend as ColourLegend | undefined;
  return inferMapFromBoard(read.items, { boardId: expected.boardId, ...(legend ? { legend } : {}) })
    .map;
}

/** Each sticky's outcome in the map: its cell's stage and lane names, or why it has no cell. */
function outcomes(map: JourneyMap): Record<string, Outcome> {
  const stages = new Map(map.stages.map((stage) => [stage.id, stage.name]));
  const lanes = new Map(map.lanes.map((lane) => [lane.id, lane.name]));
  const found: Record<string, Outcome> = {};
  for (const item of map.items) {
    if (item.source === undefined) continue;
    found[item.source.itemId] = {
      stage: stages.get(item.stageId) ?? '?',
      lane: lanes.get(item.laneId) ?? '?',
    };
  }
  for (const unplaced of map.unplaced)
    found[unplaced.source.itemId] = { unplaced: unplaced.reason };
  return found;
}

function designed(expected: FixtureExpectation): Record<string, Outcome> {
  return Object.fromEntries(
    Object.entries(expected.stickies).map(([id, expectation]) => [
      id,
      'unplaced' in expectation
        ? { unplaced: expectation.unplaced }
        : { stage: expectation.stage, lane: expectation.lane },
    ]),
  );
}

describe('fixture boards infer to the grid their design describes', () => {
  const fixtures = buildFixtures();

  it.each(fixtures.map((fixture) => [fixture.name, fixture]))(
    '%s: every sticky',
    (_name, fixture) => {
      const map = infer(fixture.pages, fixture.expected);
      expect(outcomes(map)).toEqual(designed(fixture.expected));
    },
  );

  it.each(fixtures.map((fixture) => [fixture.name, fixture]))(
    '%s: stages, lanes and title',
    (_name, fixture) => {
      const map = infer(fixture.pages, fixture.expected);
      expect(map.stages.map((stage) => stage.name)).toEqual(fixture.expected.stages);
      expect(map.lanes.map((lane) => lane.name)).toEqual(fixture.expected.lanes);
      expect(map.title).toBe(fixture.expected.title);
    },
  );

  it('the 10,000-sticky board', () => {
    const board = largeBoard({ seed: 7 });
    const map = infer(board.pages, board.expected);
    expect(outcomes(map)).toEqual(designed(board.expected));
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
    expect(outcomes(map)).toEqual(designed(board.expected));
  });
});
