// Stage headers and lane labels drawn as stickies: a row above the rest, a column left of it,
// taken only when something besides their place sets them apart (colour, size or frame).
import type { Box } from './board-item';
import { bottomOf, rightOf } from './box-edges';
import { firstColumnBand, firstRowBand } from './candidate-bands';

/** A sticky as the header search reads it. */
export interface HeaderSticky {
  id: string;
  text: string;
  color?: string | undefined;
  parentId?: string | undefined;
  /** The visible box. */
  box: Box;
}

/** A row or column of stickies read as headers, and why, said for a person. */
export interface StickyBand {
  /** Left to right (a row), top to bottom (a column). */
  members: HeaderSticky[];
  why: string;
}

export interface StickyHeaders {
  row?: StickyBand;
  column?: StickyBand;
}

export interface StickyHeaderSearch {
  /** Look for a header row (the board has no stage headers or frames of its own). */
  row: boolean;
  /** Look for a label column (the board has no lane labels of its own). */
  column: boolean;
  /** A header row must end above this (the top of the board's own first lane label). */
  rowAbove?: number | undefined;
  /** A label column must end left of this (the left of the board's own first stage). */
  columnLeftOf?: number | undefined;
}

/** How much wider or narrower than every content sticky a header sticky must be: plainly so. */
const SIZE_MARGIN = 1.5;
/**
 * Size sets headers apart only from content of one size: at least this many content stickies,
 * none plainly larger than another. One wider note above a narrower one, or notes of every size,
 * say nothing, and taking a note for a header would name a stage after it.
 */
const SIZE_EVIDENCE = 3;

interface Axis {
  start: (box: Box) => number;
  end: (box: Box) => number;
  /** Along the band: members must not overlap this way (one per column or row). */
  alongStart: (box: Box) => number;
  alongEnd: (box: Box) => number;
}

const ROW: Axis = {
  start: (box) => box.top,
  end: bottomOf,
  alongStart: (box) => box.left,
  alongEnd: rightOf,
};
const COLUMN: Axis = {
  start: (box) => box.left,
  end: rightOf,
  alongStart: (box) => box.top,
  alongEnd: bottomOf,
};

/**
 * The first band along the axis when it could be headers by its place alone: every member has
 * text, no two overlap along the band, and a gap parts it from every other sticky.
 */
function outerBand(
  stickies: readonly HeaderSticky[],
  axis: Axis,
  limit: number | undefined,
): HeaderSticky[] | undefined {
  const members = axis === ROW ? firstRowBand(stickies) : firstColumnBand(stickies);
  if (members.length === 0 || members.length === stickies.length) return undefined;
  if (members.some((member) => member.text === '')) return undefined;
  for (let index = 1; index < members.length; index++) {
    const [before, after] = [members[index - 1], members[index]];
    if (before && after && axis.alongEnd(before.box) > axis.alongStart(after.box)) return undefined;
  }
  const inBand = new Set(members);
  let end = Number.NEGATIVE_INFINITY;
  for (const member of members) end = Math.max(end, axis.end(member.box));
  if (limit !== undefined && end > limit) return undefined;
  for (const sticky of stickies) {
    if (!inBand.has(sticky) && axis.start(sticky.box) <= end) return undefined;
  }
  return members;
}

const distinct = (values: readonly string[]) => [...new Set(values)].sort();

/** What sets the band apart from the content stickies, said for a person; undefined for nothing. */
function signalOf(
  band: readonly HeaderSticky[],
  content: readonly HeaderSticky[],
): string | undefined {
  if (content.length === 0) return undefined;
  const colours = band.map((member) => member.color);
  const contentColours = new Set(content.map((sticky) => sticky.color));
  if (colours.every((colour) => colour !== undefined && !contentColours.has(colour))) {
    const names = distinct(colours.filter((colour) => colour !== undefined)).join(' and ');
    return `${names}, a colour no content sticky uses`;
  }
  // Width only: a square sticky is drawn taller than a rectangular one of the same width, so
  // height tells shapes apart, not headers from content.
  for (const [larger, smaller, sizeOf] of [
    ['wider', 'narrower', (box: Box) => box.width],
  ] as const) {
    if (content.length < SIZE_EVIDENCE) break;
    let least = Number.POSITIVE_INFINITY;
    let most = 0;
    for (const sticky of content) {
      least = Math.min(least, sizeOf(sticky.box));
      most = Math.max(most, sizeOf(sticky.box));
    }
    if (most >= least * SIZE_MARGIN) break;
    const sizes = band.map((member) => sizeOf(member.box));
    if (sizes.every((size) => size >= most * SIZE_MARGIN)) {
      return `${larger} than any content sticky (${Math.round(Math.min(...sizes))} against at most ${Math.round(most)})`;
    }
    if (sizes.every((size) => size * SIZE_MARGIN <= least)) {
      return `${smaller} than any content sticky (${Math.round(Math.max(...sizes))} against at least ${Math.round(least)})`;
    }
  }
  // Frames: the band in frames that hold no content sticky, or outside the frames that hold it all.
  const parents = new Set(band.map((member) => member.parentId));
  const contentParents = new Set(content.map((sticky) => sticky.parentId));
  const apart = [...parents].every((parent) => !contentParents.has(parent));
  if (apart && !parents.has(undefined)) return 'in a frame no content sticky is in';
  if (apart && !contentParents.has(undefined)) return 'outside the frame that holds the content';
  return undefined;
}

function withoutAll(stickies: readonly HeaderSticky[], ...bands: (readonly HeaderSticky[])[]) {
  const left = new Set(bands.flat());
  return stickies.filter((sticky) => !left.has(sticky));
}

/**
 * The header row (the topmost band of stickies) and label column (the leftmost band of the rest)
 * among the stickies, each only when it is set apart from the stickies that remain. A top row of
 * content in a sparse grid is set apart by its place alone, so place is never enough.
 */
export function findStickyHeaders(
  stickies: readonly HeaderSticky[],
  search: StickyHeaderSearch,
): StickyHeaders {
  const row = search.row ? outerBand(stickies, ROW, search.rowAbove) : undefined;
  const judge = (rowMembers: readonly HeaderSticky[] | undefined): StickyHeaders => {
    const rest = withoutAll(stickies, rowMembers ?? []);
    // Lane labels lie left of the stages: of a row with a corner sticky, left of its second.
    const firstStage = rowMembers?.[1] ?? rowMembers?.[0];
    const columnLimit = Math.min(
      search.columnLeftOf ?? Number.POSITIVE_INFINITY,
      firstStage?.box.left ?? Number.POSITIVE_INFINITY,
    );
    const column = search.column
      ? outerBand(rest, COLUMN, Number.isFinite(columnLimit) ? columnLimit : undefined)
      : undefined;
    const columnWhy = column && signalOf(column, withoutAll(rest, column));
    // A column that is not labels is content the row must stand apart from.
    const content = columnWhy === undefined ? rest : withoutAll(rest, column ?? []);
    const found: StickyHeaders = {};
    const rowWhy = rowMembers && signalOf(rowMembers, content);
    if (rowMembers && rowWhy !== undefined) {
      found.row = {
        members: [...rowMembers],
        why: `a row of ${count(rowMembers.length)} above the other stickies: ${rowWhy}`,
      };
    }
    if (column && columnWhy !== undefined) {
      found.column = {
        members: column,
        why: `a column of ${count(column.length)} left of the other stickies: ${columnWhy}`,
      };
    }
    return found;
  };
  const found = judge(row);
  // A row that is not headers is content: the label column is looked for among it too.
  return row && !found.row ? judge(undefined) : found;
}

const count = (n: number) => (n === 1 ? '1 sticky' : `${n} stickies`);
