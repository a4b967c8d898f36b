// Board → journey map: reads the grid off the board's headers, labels and frames, puts every
// sticky in a cell or reports why it could not, and names every part after the board item it
// came from. Pure and O(n log n) in the number of items.
import {
  CURRENT_SCHEMA_VERSION,
  type JourneyMap,
  type Lane,
  type MapItem,
  type Phase,
  type PlacementMethod,
  type Stage,
  type UnplacedItem,
} from '../model/journey-map';
import { keyAllocator } from '../model/key-allocator';
import { type ItemSource, slugify } from '../model/primitives';
import { boardIds, safeId } from './board-ids';
import {
  type BoardInference,
  type BoardItem,
  type InferenceSummary,
  type InferOptions,
  isUnsurePlacement,
} from './board-item';
import { centreYOf } from './box-edges';
import type { Candidate } from './candidate-bands';
import { indexLegend } from './colour-legend';
import { emotionScore } from './emotion-score';
import { inferLanes } from './infer-lanes';
import { orderByRank, ranksIn, sortedNumbers } from './numeric-order';
import { painPointsFromLanes } from './pain-points-from-lanes';
import { inferPhases } from './phase-headers';
import { type BoardSticky, placeSticky } from './place-stickies';
import { plainName } from './plain-name';
import { readGrid } from './read-grid';
import type { Frame } from './stage-frames';
import { visibleBox } from './sticky-box';

const UNTITLED = 'Untitled journey';

/** Whether the items come in strictly increasing id order, as platforms often list them. */
function inIdOrder(items: readonly BoardItem[]): boolean {
  for (let index = 1; index < items.length; index++) {
    if (!((items[index - 1]?.id ?? '') < (items[index]?.id ?? ''))) return false;
  }
  return true;
}

/**
 * Items in id order, one per id: the result must not depend on the order the platform listed
 * them. Should an id come twice, the same copy is kept whatever the order.
 */
function distinctById(items: readonly BoardItem[]): readonly BoardItem[] {
  if (inIdOrder(items)) return items;
  const sorted = [...items].sort((a, b) => {
    if (a.id !== b.id) return a.id < b.id ? -1 : 1;
    const [left, right] = [JSON.stringify(a), JSON.stringify(b)];
    return left < right ? -1 : left > right ? 1 : 0;
  });
  return sorted.filter((item, index) => sorted[index - 1]?.id !== item.id);
}

interface BoardContent {
  /** In id order. */
  stickies: BoardSticky[];
  candidates: Candidate[];
  /** Each candidate's kind, for the summary. */
  kinds: Map<string, 'shape' | 'text'>;
  frames: Frame[];
  /** Items inference does not read, counted by platform type. */
  ignored: Record<string, number>;
}

/**
 * Stickies are content (or, set apart, headers); shapes and texts with text may be headers;
 * frames may be stages; anything else is only counted.
 */
function sortContent(items: readonly BoardItem[]): BoardContent {
  const content: BoardContent = {
    stickies: [],
    candidates: [],
    kinds: new Map(),
    frames: [],
    ignored: {},
  };
  for (const item of items) {
    if (item.kind === 'sticky') {
      content.stickies.push({
        id: item.id,
        text: item.text.trim(),
        color: item.color,
        parentId: item.parentId,
        box: visibleBox(item),
      });
    } else if (item.kind === 'shape' || item.kind === 'text') {
      const name = plainName(item.text);
      if (name !== '') {
        content.candidates.push({ id: item.id, name, box: item.box });
        content.kinds.set(item.id, item.kind);
      }
    } else if (item.kind === 'frame') {
      content.frames.push({ id: item.id, title: plainName(item.text), box: item.box });
    } else {
      const type = item.platformType ?? 'other';
      content.ignored[type] = (content.ignored[type] ?? 0) + 1;
    }
  }
  return content;
}

/**
 * The stickies' indices top to bottom, then left to right, then by id: how a person reads the
 * board. Given in id order, the stickies keep it among equal tops once ordered by the rank of
 * their top; only runs of equal tops then need sorting by left.
 */
function readingOrder(stickies: readonly BoardSticky[]): Int32Array {
  const tops = new Float64Array(stickies.length);
  const lefts = new Float64Array(stickies.length);
  for (let index = 0; index < stickies.length; index++) {
    const box = stickies[index]?.box;
    tops[index] = box?.top ?? 0;
    lefts[index] = box?.left ?? 0;
  }
  const order = orderByRank(ranksIn(sortedNumbers(tops), tops));
  let start = 0;
  for (let end = 1; end <= order.length; end++) {
    if (end < order.length && tops[order[end] ?? 0] === tops[order[start] ?? 0]) continue;
    if (end - start > 1) {
      order.subarray(start, end).sort((a, b) => (lefts[a] ?? 0) - (lefts[b] ?? 0) || a - b);
    }
    start = end;
  }
  return order;
}

/** `values` in the given order of their indices. */
function inOrder<T>(values: readonly T[], order: Int32Array): T[] {
  const ordered: T[] = [];
  for (const index of order) {
    const value = values[index];
    if (value !== undefined) ordered.push(value);
  }
  return ordered;
}

export function inferMapFromBoard(
  items: readonly BoardItem[],
  options: InferOptions,
): BoardInference {
  const legend = options.legend ?? [];
  const content = sortContent(distinctById(items));
  // The grid and each sticky's cell do not depend on the order: they are found in id order, the
  // order the stickies were made in, which reads memory front to back.
  const reading = readGrid({ ...content, legend });
  const { grid } = reading;
  const legendIndex = indexLegend(legend);
  const order = readingOrder(reading.stickies);
  const stickies = inOrder(reading.stickies, order);
  const fates = inOrder(
    reading.stickies.map((sticky) => placeSticky(sticky, grid, legendIndex)),
    order,
  );
  const plan = inferLanes(grid, stickies, fates, legend);

  const nextId = boardIds();
  const source = (itemId: string): ItemSource => ({
    provider: 'miro',
    boardId: options.boardId,
    itemId,
  });
  const stageKey = keyAllocator();
  const stages: Stage[] = grid.stages.map((stage) => ({
    id: nextId('stage-', stage.itemId),
    key: stageKey(stage.name),
    name: stage.name,
    source: source(stage.itemId),
  }));
  const phaseRow = inferPhases(grid, content);
  const phaseKey = keyAllocator();
  const phases: Phase[] = phaseRow.phases.map((phase) => ({
    id: nextId('phase-', phase.itemId),
    key: phaseKey(phase.name),
    name: phase.name,
    stageIds: phase.stages.flatMap((index) => stages[index]?.id ?? []),
    source: source(phase.itemId),
  }));
  const laneKey = keyAllocator();
  const lanes: Lane[] = plan.lanes.map((lane) => ({
    id:
      lane.itemId === undefined ? nextId('lane-legend-', lane.kind) : nextId('lane-', lane.itemId),
    key: laneKey(lane.name),
    name: lane.name,
    kind: lane.kind,
    ...(lane.itemId === undefined ? {} : { source: source(lane.itemId) }),
  }));

  const method: PlacementMethod = grid.lanes.by === 'legend' ? 'colour-legend' : grid.method;
  // Items by cell (stage, then lane); stickies come in reading order, and so does each cell.
  const cells = Array.from({ length: stages.length * lanes.length }, (): MapItem[] => []);
  const unplaced: UnplacedItem[] = [];
  let unsure = 0;
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
    const cell = cells[fate.stage * lanes.length + laneIndex];
    if (!lane || stageId === undefined || laneId === undefined || !cell) {
      // placeSticky only returns cells of the grid it was given: this would be a bug here.
      throw new Error(`inference placed sticky ${sticky.id} in a cell the grid does not have`);
    }
    const id = nextId('item-', sticky.id);
    const placement = { method, confidence: fate.confidence };
    if (isUnsurePlacement({ placement })) unsure++;
    // Two literals rather than a spread: the same keys in the same order either way.
    cell.push(
      lane.kind === 'emotions'
        ? {
            id,
            stageId,
            laneId,
            text: sticky.text,
            emotion: emotionScore(centreYOf(sticky.box), lane.extent.start, lane.extent.end),
            placement,
            source: source(sticky.id),
          }
        : { id, stageId, laneId, text: sticky.text, placement, source: source(sticky.id) },
    );
  });
  const mapItems: MapItem[] = [];
  for (const cell of cells) for (const item of cell) mapItems.push(item);

  const title = plainName(options.title ?? '') || grid.frameTitle || UNTITLED;
  const map: JourneyMap = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: options.mapId ?? `miro-${safeId(options.boardId)}`,
    key: slugify(title),
    title,
    state: 'current',
    zoom: 'journey',
    phases,
    stages,
    lanes,
    items: mapItems,
    unplaced,
    painPoints: [],
    opportunities: [],
    kpis: [],
  };
  const summary: InferenceSummary = {
    stickies: stickies.length,
    placed: mapItems.length,
    unsure,
    unplaced: unplaced.length,
    headers: phaseRow.choice ? { ...reading.headers, phases: phaseRow.choice } : reading.headers,
    ignored: content.ignored,
  };
  return { map: painPointsFromLanes(map), summary };
}
