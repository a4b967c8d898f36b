// The board's stickies as columns, one array per field. A large board has a hundred thousand
// stickies, alive until the map is made: one object each, with its coordinates as separate heap
// numbers, was the most garbage inference made and the most the collector copied. The passes
// over every sticky read the columns; header searches get objects (`stickyObjects`).
import type { BoardItem, Box } from './board-item';
import { isSquareSticky } from './sticky-box';

/** The boxes of some items, by index: each box's edges in a typed array of its own. */
export interface BoxColumns {
  readonly count: number;
  readonly lefts: Float64Array;
  readonly tops: Float64Array;
  readonly widths: Float64Array;
  readonly heights: Float64Array;
}

/** Stickies by index, each with its visible box (a square sticky's square). */
export interface StickyTable extends BoxColumns {
  readonly ids: readonly string[];
  /** Trimmed. */
  readonly texts: readonly string[];
  readonly colors: readonly (string | undefined)[];
  /** The frame each is a child of: a header sticky may be set apart by its frame. */
  readonly parentIds: readonly (string | undefined)[];
}

/**
 * A sticky as one object, for the code that reads any item's `box`. It is its own visible box,
 * and `box` is the sticky itself: one object per sticky rather than two.
 */
export interface BoardSticky extends Box {
  id: string;
  /** Trimmed. */
  text: string;
  color: string | undefined;
  parentId: string | undefined;
  /** The sticky itself. */
  readonly box: Box;
}

interface Columns {
  ids: string[];
  texts: string[];
  colors: (string | undefined)[];
  parentIds: (string | undefined)[];
  lefts: Float64Array;
  tops: Float64Array;
  widths: Float64Array;
  heights: Float64Array;
}

// Sized up front: pushed one by one, each array would be copied a dozen times as it grew.
const columns = (count: number): Columns => ({
  ids: new Array<string>(count),
  texts: new Array<string>(count),
  colors: new Array<string | undefined>(count),
  parentIds: new Array<string | undefined>(count),
  lefts: new Float64Array(count),
  tops: new Float64Array(count),
  widths: new Float64Array(count),
  heights: new Float64Array(count),
});

const tableOf = (made: Columns): StickyTable => ({ count: made.ids.length, ...made });

/** The table of the stickies among the items, in their order: trimmed texts, visible boxes. */
export function stickyTable(items: readonly BoardItem[]): StickyTable {
  let count = 0;
  for (let index = 0; index < items.length; index++) {
    if (items[index]?.kind === 'sticky') count++;
  }
  const made = columns(count);
  let at = 0;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (item?.kind !== 'sticky') continue;
    const { box } = item;
    const square = isSquareSticky(item) && box.height !== box.width;
    made.ids[at] = item.id;
    made.texts[at] = item.text.trim();
    made.colors[at] = item.color;
    made.parentIds[at] = item.parentId;
    made.lefts[at] = box.left;
    made.tops[at] = square ? box.top + (box.height - box.width) / 2 : box.top;
    made.widths[at] = box.width;
    made.heights[at] = square ? box.width : box.height;
    at++;
  }
  return tableOf(made);
}

const NO_BOX: Box = { left: 0, top: 0, width: 0, height: 0 };

/** The sticky at `index` as an object. */
export function stickyAt(table: StickyTable, index: number): BoardSticky {
  const sticky = {
    id: table.ids[index] ?? '',
    text: table.texts[index] ?? '',
    color: table.colors[index],
    parentId: table.parentIds[index],
    left: table.lefts[index] ?? 0,
    top: table.tops[index] ?? 0,
    width: table.widths[index] ?? 0,
    height: table.heights[index] ?? 0,
    // Any box until the sticky itself is made: the field holds a box from the start.
    box: NO_BOX,
  };
  sticky.box = sticky;
  return sticky;
}

/** Every sticky as an object, in the table's order. */
export function stickyObjects(table: StickyTable): BoardSticky[] {
  const stickies: BoardSticky[] = [];
  for (let index = 0; index < table.count; index++) stickies.push(stickyAt(table, index));
  return stickies;
}

/**
 * The table, in id order, without the stickies of these ids (a few headers), the rest in their
 * order. The ids are looked up in the table, not each sticky's id in the set.
 */
export function withoutStickies(table: StickyTable, ids: Iterable<string>): StickyTable {
  const dropped = new Uint8Array(table.count);
  let kept = table.count;
  for (const id of ids) {
    const index = indexOfStickyId(table, id);
    if (index >= 0 && dropped[index] === 0) {
      dropped[index] = 1;
      kept--;
    }
  }
  const made = columns(kept);
  let at = 0;
  for (let index = 0; index < table.count; index++) {
    if (dropped[index] === 1) continue;
    made.ids[at] = table.ids[index] ?? '';
    made.texts[at] = table.texts[index] ?? '';
    made.colors[at] = table.colors[index];
    made.parentIds[at] = table.parentIds[index];
    made.lefts[at] = table.lefts[index] ?? 0;
    made.tops[at] = table.tops[index] ?? 0;
    made.widths[at] = table.widths[index] ?? 0;
    made.heights[at] = table.heights[index] ?? 0;
    at++;
  }
  return tableOf(made);
}

/** The index of the sticky with this id in a table in id order; -1 for none. */
export function indexOfStickyId(table: StickyTable, id: string): number {
  let low = 0;
  let high = table.count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((table.ids[middle] ?? '') < id) low = middle + 1;
    else high = middle;
  }
  return table.ids[low] === id ? low : -1;
}
