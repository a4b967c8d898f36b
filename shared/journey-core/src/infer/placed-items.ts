// The map items of the placed stickies, cell by cell, and the unplaced entries of the rest. Each
// pass over the stickies is a function of its own: V8 optimizes a long loop while it runs (OSR),
// and in one function holding every pass, the passes after it had no type feedback yet, so the
// optimized code was thrown away at each one, on every board.
import type { MapItem, PlacementMethod, UnplacedItem } from '../model/journey-map';
import type { ItemSource } from '../model/primitives';
import { idsStandAsTheyAre } from './board-ids';
import { UNSURE_BELOW } from './board-item';
import { emotionScore } from './emotion-score';
import type { LanePlan } from './infer-lanes';
import type { Placements } from './place-stickies';
import type { StickyTable } from './sticky-table';

export const ITEM_PREFIX = 'item-';

/**
 * Where a map part came from on a Miro board. A module function, not a closure made per board:
 * optimized code that inlined it stays valid for the next board.
 */
export function miroSource(boardId: string, itemId: string): ItemSource {
  return { provider: 'miro', boardId, itemId };
}

export interface ItemMaking {
  plan: LanePlan;
  stageIds: readonly string[];
  laneIds: readonly string[];
  method: PlacementMethod;
  boardId: string;
  nextId: (prefix: string, itemId: string) => string;
}

export interface PlacedItems {
  /** By cell (stage, then lane), each cell in reading order. */
  items: MapItem[];
  /** In reading order. */
  unplaced: UnplacedItem[];
  unsure: number;
  /** Every item id is `item-<sticky id>`, valid as it stands: no allocator was needed. */
  idsFromStickies: boolean;
}

/** Each placed sticky's cell (stage, then lane; -1 for none) and where each cell starts. */
interface Cells {
  cellOf: Int32Array;
  /** Cell c's stickies take slots starts[c] to starts[c + 1] - 1. */
  starts: Int32Array;
}

function cellsOf(stickies: StickyTable, placements: Placements, making: ItemMaking): Cells {
  const { plan, stageIds, laneIds } = making;
  const laneCount = laneIds.length;
  const cellOf = new Int32Array(stickies.count).fill(-1);
  const starts = new Int32Array(stageIds.length * laneCount + 1);
  for (let index = 0; index < stickies.count; index++) {
    const stage = placements.stage[index] ?? -1;
    if (stage < 0) continue;
    const lane = placements.lane[index] ?? 0;
    const laneIndex = plan.indexOf[lane] ?? lane;
    if (
      plan.lanes[laneIndex] === undefined ||
      stage >= stageIds.length ||
      laneIndex < 0 ||
      laneIndex >= laneCount
    ) {
      // placeSticky only returns cells of the grid it was given: this would be a bug here.
      const id = stickies.ids[index] ?? '';
      throw new Error(`inference placed sticky ${id} in a cell the grid does not have`);
    }
    const cell = stage * laneCount + laneIndex;
    cellOf[index] = cell;
    starts[cell + 1] = (starts[cell + 1] ?? 0) + 1;
  }
  for (let cell = 1; cell < starts.length; cell++) {
    starts[cell] = (starts[cell] ?? 0) + (starts[cell - 1] ?? 0);
  }
  return { cellOf, starts };
}

/**
 * The placed stickies cell by cell, each cell in reading order: sorted by counting, not pushed
 * into an array per cell. The items are made in this order, so that they lie in memory as the
 * map lists them (what reads the map reads it so).
 */
function bySlot(order: Int32Array, { cellOf, starts }: Cells): Int32Array {
  const next = starts.slice(0, -1);
  const slots = new Int32Array(starts[starts.length - 1] ?? 0);
  for (let at = 0; at < order.length; at++) {
    const index = order[at] ?? 0;
    const cell = cellOf[index] ?? -1;
    if (cell < 0) continue;
    const slot = next[cell] ?? 0;
    slots[slot] = index;
    next[cell] = slot + 1;
  }
  return slots;
}

/** The unplaced stickies' entries, in reading order. */
function unplacedItems(
  stickies: StickyTable,
  placements: Placements,
  order: Int32Array,
  boardId: string,
): UnplacedItem[] {
  const unplaced: UnplacedItem[] = [];
  if (placements.unplaced.size === 0) return unplaced;
  for (let at = 0; at < order.length; at++) {
    const index = order[at] ?? 0;
    const fate = placements.unplaced.get(index);
    if (!fate) continue;
    const { reason, detail } = fate;
    const source = miroSource(boardId, stickies.ids[index] ?? '');
    unplaced.push({ source, text: stickies.texts[index] ?? '', reason, detail });
  }
  return unplaced;
}

/**
 * Each placed sticky's item id, by index. Distinct sticky ids that stand as item ids need no
 * allocator (and are read in memory order, not cell by cell); others get theirs in reading
 * order, as the allocator numbers clashes in the order it is asked.
 */
function itemIdsOf(
  stickies: StickyTable,
  { cellOf }: Cells,
  order: Int32Array,
  nextId: ItemMaking['nextId'],
  standAsTheyAre: boolean,
): string[] {
  const ids: string[] = new Array<string>(stickies.count);
  if (standAsTheyAre) {
    for (let index = 0; index < stickies.count; index++) {
      if ((cellOf[index] ?? -1) >= 0) ids[index] = `${ITEM_PREFIX}${stickies.ids[index] ?? ''}`;
    }
    return ids;
  }
  for (let at = 0; at < order.length; at++) {
    const index = order[at] ?? 0;
    if ((cellOf[index] ?? -1) >= 0) ids[index] = nextId(ITEM_PREFIX, stickies.ids[index] ?? '');
  }
  return ids;
}

const centreYOf = ({ tops, heights }: StickyTable, index: number) =>
  (tops[index] ?? 0) + (heights[index] ?? 0) / 2;

/** The items cell by cell: the stage and lane are then read once per cell, not per item. */
function makeItems(
  slots: Int32Array,
  { starts }: Cells,
  itemIds: readonly string[],
  stickies: StickyTable,
  placements: Placements,
  making: ItemMaking,
): { items: MapItem[]; unsure: number } {
  const { plan, stageIds, laneIds, method, boardId } = making;
  const laneCount = laneIds.length;
  const items: MapItem[] = [];
  // Shared by every sticky wholly in its cell (one object, not 100,000): frozen, so no edit can
  // change them all at once.
  const sure = Object.freeze({ method, confidence: 1 });
  let unsure = 0;
  for (let cell = 0; cell + 1 < starts.length; cell++) {
    const laneIndex = cell % laneCount;
    const lane = plan.lanes[laneIndex];
    const stageId = stageIds[(cell - laneIndex) / laneCount];
    const laneId = laneIds[laneIndex];
    // Checked as the cells were counted.
    if (!lane || stageId === undefined || laneId === undefined) continue;
    const end = starts[cell + 1] ?? 0;
    for (let slot = starts[cell] ?? 0; slot < end; slot++) {
      const index = slots[slot] ?? 0;
      const id = itemIds[index];
      const stickyId = stickies.ids[index];
      const text = stickies.texts[index];
      if (id === undefined || stickyId === undefined || text === undefined) continue;
      const confidence = placements.confidence[index] ?? 0;
      if (confidence < UNSURE_BELOW) unsure++;
      // Most stickies lie wholly in their cell: they share one placement, which nothing writes to.
      const placement = confidence === 1 ? sure : { method, confidence };
      const source = miroSource(boardId, stickyId);
      // Two literals rather than a spread: the same keys in the same order either way.
      items.push(
        lane.kind === 'emotions'
          ? {
              id,
              stageId,
              laneId,
              text,
              emotion: emotionScore(centreYOf(stickies, index), lane.extent.start, lane.extent.end),
              placement,
              source,
            }
          : { id, stageId, laneId, text, placement, source },
      );
    }
  }
  return { items, unsure };
}

/** The map items of the placed stickies and the unplaced entries of the rest, read in `order`. */
export function placedItems(
  stickies: StickyTable,
  placements: Placements,
  order: Int32Array,
  making: ItemMaking,
): PlacedItems {
  const cells = cellsOf(stickies, placements, making);
  const unplaced = unplacedItems(stickies, placements, order, making.boardId);
  const idsFromStickies = idsStandAsTheyAre(ITEM_PREFIX, stickies.ids);
  const itemIds = itemIdsOf(stickies, cells, order, making.nextId, idsFromStickies);
  const { items, unsure } = makeItems(
    bySlot(order, cells),
    cells,
    itemIds,
    stickies,
    placements,
    making,
  );
  return { items, unplaced, unsure, idsFromStickies };
}
