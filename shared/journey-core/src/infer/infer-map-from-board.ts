// Board → journey map: reads the grid off the board's headers, labels and frames, puts every
// sticky in a cell or reports why it could not, and names every part after the board item it
// came from. Pure and O(n log n) in the number of items.
import {
  CURRENT_SCHEMA_VERSION,
  type JourneyMap,
  type Lane,
  type MapItem,
  type PlacementMethod,
  type Stage,
  type UnplacedItem,
} from '../model/journey-map';
import { type ItemSource, slugify, uniqueKey } from '../model/primitives';
import { boardIds, safeId } from './board-ids';
import {
  type BoardInference,
  type BoardItem,
  type InferenceSummary,
  type InferOptions,
  UNSURE_BELOW,
} from './board-item';
import { centreYOf } from './box-edges';
import type { Candidate } from './candidate-bands';
import { emotionScore } from './emotion-score';
import { inferGrid } from './infer-grid';
import { inferLanes } from './infer-lanes';
import { type BoardSticky, placeSticky } from './place-stickies';
import { plainName } from './plain-name';
import type { Frame } from './stage-frames';
import { visibleBox } from './sticky-box';

const UNTITLED = 'Untitled journey';

/**
 * Items in id order, one per id: the result must not depend on the order the platform listed
 * them. Should an id come twice, the same copy is kept whatever the order.
 */
function distinctById(items: readonly BoardItem[]): BoardItem[] {
  const sorted = [...items].sort((a, b) => {
    if (a.id !== b.id) return a.id < b.id ? -1 : 1;
    const [left, right] = [JSON.stringify(a), JSON.stringify(b)];
    return left < right ? -1 : left > right ? 1 : 0;
  });
  return sorted.filter((item, index) => sorted[index - 1]?.id !== item.id);
}

interface BoardContent {
  stickies: BoardSticky[];
  candidates: Candidate[];
  frames: Frame[];
}

/** Stickies are content; shapes and texts with text may be headers; frames may be stages. */
function sortContent(items: readonly BoardItem[]): BoardContent {
  const content: BoardContent = { stickies: [], candidates: [], frames: [] };
  for (const item of items) {
    if (item.kind === 'sticky') {
      content.stickies.push({
        id: item.id,
        text: item.text.trim(),
        color: item.color,
        box: visibleBox(item),
      });
    } else if (item.kind === 'shape' || item.kind === 'text') {
      const name = plainName(item.text);
      if (name !== '') content.candidates.push({ id: item.id, name, box: item.box });
    } else if (item.kind === 'frame') {
      content.frames.push({ id: item.id, title: plainName(item.text), box: item.box });
    }
  }
  return content;
}

/** Top to bottom, then left to right, then by id: how a person reads the board. */
function readingOrder(a: BoardSticky, b: BoardSticky): number {
  return a.box.top - b.box.top || a.box.left - b.box.left || (a.id < b.id ? -1 : 1);
}

export function inferMapFromBoard(
  items: readonly BoardItem[],
  options: InferOptions,
): BoardInference {
  const legend = options.legend ?? [];
  const { stickies, candidates, frames } = sortContent(distinctById(items));
  stickies.sort(readingOrder);
  const grid = inferGrid({
    stickies: stickies.map((sticky) => sticky.box),
    candidates,
    frames,
    legend,
  });
  const fates = stickies.map((sticky) => placeSticky(sticky, grid, legend));
  const plan = inferLanes(grid, stickies, fates, legend);

  const nextId = boardIds();
  const source = (itemId: string): ItemSource => ({
    provider: 'miro',
    boardId: options.boardId,
    itemId,
  });
  const stageKeys = new Set<string>();
  const stages: Stage[] = grid.stages.map((stage) => ({
    id: nextId('stage-', stage.itemId),
    key: uniqueKey(stage.name, stageKeys),
    name: stage.name,
    source: source(stage.itemId),
  }));
  const laneKeys = new Set<string>();
  const lanes: Lane[] = plan.lanes.map((lane) => ({
    id:
      lane.itemId === undefined ? nextId('lane-legend-', lane.kind) : nextId('lane-', lane.itemId),
    key: uniqueKey(lane.name, laneKeys),
    name: lane.name,
    kind: lane.kind,
    ...(lane.itemId === undefined ? {} : { source: source(lane.itemId) }),
  }));

  const method: PlacementMethod = grid.lanes.by === 'legend' ? 'colour-legend' : grid.method;
  const placed: { item: MapItem; stage: number; lane: number }[] = [];
  const unplaced: UnplacedItem[] = [];
  fates.forEach((fate, index) => {
    const sticky = stickies[index];
    if (!sticky) return;
    if (!fate.placed) {
      const { reason, detail } = fate;
      unplaced.push({ source: source(sticky.id), text: sticky.text, reason, detail });
      return;
    }
    const laneIndex = plan.indexOf[fate.lane] ?? fate.lane;
    const lane = plan.lanes[laneIndex];
    const stageId = stages[fate.stage]?.id;
    const laneId = lanes[laneIndex]?.id;
    if (!lane || stageId === undefined || laneId === undefined) {
      // placeSticky only returns cells of the grid it was given: this would be a bug here.
      throw new Error(`inference placed sticky ${sticky.id} in a cell the grid does not have`);
    }
    const emotion =
      lane.kind === 'emotions'
        ? { emotion: emotionScore(centreYOf(sticky.box), lane.extent.start, lane.extent.end) }
        : {};
    placed.push({
      stage: fate.stage,
      lane: laneIndex,
      item: {
        id: nextId('item-', sticky.id),
        stageId,
        laneId,
        text: sticky.text,
        ...emotion,
        placement: { method, confidence: fate.confidence },
        source: source(sticky.id),
      },
    });
  });
  // Stickies are in reading order already; a stable sort groups them by cell.
  placed.sort((a, b) => a.stage - b.stage || a.lane - b.lane);

  const title = plainName(options.title ?? '') || grid.frameTitle || UNTITLED;
  const map: JourneyMap = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: options.mapId ?? `miro-${safeId(options.boardId)}`,
    key: slugify(title),
    title,
    state: 'current',
    zoom: 'journey',
    stages,
    lanes,
    items: placed.map((entry) => entry.item),
    unplaced,
    painPoints: [],
    opportunities: [],
    kpis: [],
  };
  const summary: InferenceSummary = {
    stickies: stickies.length,
    placed: placed.length,
    unsure: placed.filter((entry) => (entry.item.placement?.confidence ?? 1) < UNSURE_BELOW).length,
    unplaced: unplaced.length,
  };
  return { map, summary };
}
