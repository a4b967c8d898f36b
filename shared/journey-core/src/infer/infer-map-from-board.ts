// Board → journey map: reads the grid off the board's headers, labels and frames, puts every
// sticky in a cell or reports why it could not, and names every part after the board item it
// came from. Pure and O(n log n) in the number of items.
import {
  CURRENT_SCHEMA_VERSION,
  type JourneyMap,
  type Lane,
  type Phase,
  type PlacementMethod,
  type Stage,
} from '../model/journey-map';
import { keyAllocator } from '../model/key-allocator';
import { type ItemSource, slugify } from '../model/primitives';
import { boardIds, safeId } from './board-ids';
import type { BoardInference, BoardItem, InferenceSummary, InferOptions } from './board-item';
import type { Candidate } from './candidate-bands';
import { indexLegend } from './colour-legend';
import { inferLanes } from './infer-lanes';
import { orderByValue } from './numeric-order';
import { painPointsFromLanes } from './pain-points-from-lanes';
import { inferPhases } from './phase-headers';
import { placeStickies } from './place-stickies';
import { miroSource, placedItems } from './placed-items';
import { plainName } from './plain-name';
import { readGrid } from './read-grid';
import type { Frame } from './stage-frames';
import { type StickyTable, stickyTable } from './sticky-table';

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
  stickies: StickyTable;
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
    stickies: stickyTable(items),
    candidates: [],
    kinds: new Map(),
    frames: [],
    ignored: {},
  };
  // An index loop: `sortContent` runs once a board, mostly before it is optimized, and there a
  // `for…of` makes an iterator result per item.
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (!item || item.kind === 'sticky') continue;
    if (item.kind === 'shape' || item.kind === 'text') {
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
function readingOrder({ tops, lefts }: StickyTable): Int32Array {
  const order = orderByValue(tops);
  let start = 0;
  for (let end = 1; end <= order.length; end++) {
    if (end < order.length && tops[order[end] ?? 0] === tops[order[start] ?? 0]) continue;
    if (end - start > SHORT_RUN) {
      order.subarray(start, end).sort((a, b) => (lefts[a] ?? 0) - (lefts[b] ?? 0) || a - b);
    } else if (end - start > 1) {
      sortShortRun(order, start, end, lefts);
    }
    start = end;
  }
  return order;
}

/**
 * Runs of equal tops up to this long are sorted in place by insertion. Most runs are a pair or
 * two (stickies are placed by hand), and a sort with a comparator that a board seldom calls costs
 * more than the sorting: optimized code that has never seen the call falls back to the
 * interpreter each time it comes.
 */
const SHORT_RUN = 16;

/** `order[start…end)` by left, then by index: a few elements, so by insertion. */
function sortShortRun(order: Int32Array, start: number, end: number, lefts: Float64Array): void {
  for (let at = start + 1; at < end; at++) {
    const index = order[at] ?? 0;
    const left = lefts[index] ?? 0;
    let to = at;
    for (; to > start; to--) {
      const before = order[to - 1] ?? 0;
      const beforeLeft = lefts[before] ?? 0;
      if (beforeLeft < left || (beforeLeft === left && before < index)) break;
      order[to] = before;
    }
    order[to] = index;
  }
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
  const { stickies } = reading;
  const order = readingOrder(stickies);
  const placements = placeStickies(stickies, grid, legendIndex);
  const plan = inferLanes(grid, stickies, placements, order, legend);

  const nextId = boardIds();
  const source = (itemId: string): ItemSource => miroSource(options.boardId, itemId);
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
  const {
    items: mapItems,
    unplaced,
    unsure,
    idsFromStickies,
  } = placedItems(stickies, placements, order, {
    plan,
    stageIds: stages.map((stage) => stage.id),
    laneIds: lanes.map((lane) => lane.id),
    method,
    boardId: options.boardId,
    nextId,
  });

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
    stickies: stickies.count,
    placed: mapItems.length,
    unsure,
    unplaced: unplaced.length,
    headers: phaseRow.choice ? { ...reading.headers, phases: phaseRow.choice } : reading.headers,
    ignored: content.ignored,
  };
  const raised = painPointsFromLanes(map, {
    itemIdsDistinct: true,
    itemIdsFromSources: idsFromStickies,
  });
  return { map: raised, summary };
}
