// How long re-importing a large workshop board takes: 5,000 stickies merged into their map.
import {
  CURRENT_SCHEMA_VERSION,
  JourneyMap,
  type MapItem,
  mergeMaps,
} from '@throughline/journey-core';
import { bench, describe } from 'vitest';
import { seededRandom } from '../support/seeded-random';

const STICKIES = 5_000;
const random = seededRandom(20261123);
const board = (itemId: string) => ({ provider: 'miro' as const, boardId: 'bench', itemId });

const stages = Array.from({ length: 8 }, (_, index) => ({
  id: `s${index}`,
  key: `stage-${index}`,
  name: `Stage ${index}`,
  source: board(`header-${index}`),
}));
const lanes = Array.from({ length: 6 }, (_, index) => ({
  id: `l${index}`,
  key: `lane-${index}`,
  name: `Lane ${index}`,
  kind: 'custom' as const,
  source: board(`label-${index}`),
}));
const items: MapItem[] = Array.from({ length: STICKIES }, (_, index) => ({
  id: `i${index}`,
  stageId: `s${index % stages.length}`,
  laneId: `l${index % lanes.length}`,
  text: `Sticky ${index}`,
  source: board(`sticky-${index}`),
}));
const previous = JourneyMap.parse({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  id: 'm',
  key: 'm',
  title: 'Board',
  stages,
  lanes,
  items,
});

// The board a week later, read afresh: new ids, 5 % of stickies gone, 10 % retyped, 10 % moved.
const nextItems = items.flatMap((item, index): MapItem[] => {
  const roll = random();
  if (roll < 0.05) return [];
  const text = roll < 0.15 ? `${item.text} (edited)` : item.text;
  const stageId = roll > 0.9 ? `new-s${(index + 1) % stages.length}` : `new-${item.stageId}`;
  return [{ ...item, id: `new-${item.id}`, stageId, laneId: `new-${item.laneId}`, text }];
});
const next = JourneyMap.parse({
  ...previous,
  stages: stages.map((stage) => ({ ...stage, id: `new-${stage.id}` })),
  lanes: lanes.map((lane) => ({ ...lane, id: `new-${lane.id}` })),
  items: nextItems,
});

/** The last result, kept where the engine can see it is used, so that it cannot skip the work. */
export let lastResult: unknown;

describe(`re-import of a board with ${STICKIES} stickies`, () => {
  bench(
    'mergeMaps',
    () => {
      lastResult = mergeMaps(previous, next);
    },
    { time: 2000, warmupTime: 200 },
  );
});
