// Header candidates grouped into bands: rows of items that overlap vertically (a header row) and
// columns of items that overlap horizontally (a column of lane labels).
import type { Box } from './board-item';
import { bottomOf, boundingBox, centreXOf, centreYOf, median, rightOf } from './box-edges';
import { orderByRank, ranksIn, sortedNumbers } from './numeric-order';

/** A board item with a place: a header candidate or a frame. */
export interface Placed {
  id: string;
  box: Box;
}

/** A shape or text item that may name a stage or a lane. */
export interface Candidate extends Placed {
  /** The item's text as a name: trimmed, whitespace collapsed, never empty. */
  name: string;
}

export interface Band<T extends Placed = Candidate> {
  /** Left to right in a row band, top to bottom in a column band. */
  members: T[];
  /** The box around every member. */
  box: Box;
}

interface Axis {
  start: (box: Box) => number;
  end: (box: Box) => number;
  centreAcross: (box: Box) => number;
}

const vertical: Axis = { start: (box) => box.top, end: bottomOf, centreAcross: centreXOf };
const horizontal: Axis = { start: (box) => box.left, end: rightOf, centreAcross: centreYOf };

/** By id, so that equal boxes keep one order whatever the input's. */
export const byId = (a: Placed, b: Placed) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function bandsAlong<T extends Placed>(candidates: readonly T[], axis: Axis): Band<T>[] {
  const sorted = [...candidates].sort(
    (a, b) => axis.start(a.box) - axis.start(b.box) || byId(a, b),
  );
  const groups: T[][] = [];
  let group: T[] = [];
  let reach = Number.NEGATIVE_INFINITY;
  for (const candidate of sorted) {
    // Boxes that only touch stay apart: stacked label shapes are separate rows.
    if (group.length > 0 && axis.start(candidate.box) >= reach) {
      groups.push(group);
      group = [];
    }
    group.push(candidate);
    reach = Math.max(reach, axis.end(candidate.box));
  }
  if (group.length > 0) groups.push(group);
  return groups.map((members) => {
    members.sort((a, b) => axis.centreAcross(a.box) - axis.centreAcross(b.box) || byId(a, b));
    const box = boundingBox(members.map((member) => member.box));
    // A group is never empty, so it always has a box.
    return { members, box: box ?? { left: 0, top: 0, width: 0, height: 0 } };
  });
}

/** Bands of items that overlap vertically, top to bottom; members left to right. */
export function rowBands<T extends Placed>(candidates: readonly T[]): Band<T>[] {
  return bandsAlong(candidates, vertical);
}

/** Bands of items that overlap horizontally, left to right; members top to bottom. */
export function columnBands<T extends Placed>(candidates: readonly T[]): Band<T>[] {
  return bandsAlong(candidates, horizontal);
}

/**
 * The members of the first band along the axis, as `bandsAlong` would give them, without
 * grouping the rest: a header search asks thousands of stickies for one band. The starts are
 * ordered as numbers, and only runs of equal starts by id.
 */
function firstBandAlong<T extends Placed>(candidates: readonly T[], axis: Axis): T[] {
  const starts = new Float64Array(candidates.length);
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index];
    starts[index] = candidate ? axis.start(candidate.box) : 0;
  }
  const order = orderByRank(ranksIn(sortedNumbers(starts), starts));
  const members: T[] = [];
  let reach = Number.NEGATIVE_INFINITY;
  for (let run = 0; run < order.length; ) {
    const start = starts[order[run] ?? 0] ?? 0;
    // Boxes that only touch stay apart, as in `bandsAlong`.
    if (members.length > 0 && start >= reach) break;
    let end = run + 1;
    while (end < order.length && starts[order[end] ?? 0] === start) end++;
    const tied: T[] = [];
    for (let at = run; at < end; at++) {
      const candidate = candidates[order[at] ?? 0];
      if (candidate) tied.push(candidate);
    }
    if (tied.length > 1) tied.sort(byId);
    for (const candidate of tied) {
      if (members.length > 0 && start >= reach) break;
      members.push(candidate);
      reach = Math.max(reach, axis.end(candidate.box));
    }
    run = end;
  }
  return members.sort((a, b) => axis.centreAcross(a.box) - axis.centreAcross(b.box) || byId(a, b));
}

/** The members of the top row band, left to right: the first of `rowBands`. */
export function firstRowBand<T extends Placed>(candidates: readonly T[]): T[] {
  return firstBandAlong(candidates, vertical);
}

/** The members of the leftmost column band, top to bottom: the first of `columnBands`. */
export function firstColumnBand<T extends Placed>(candidates: readonly T[]): T[] {
  return firstBandAlong(candidates, horizontal);
}

/** The typical distance between neighbouring centres; undefined for fewer than two. */
export function pitchOf(centres: readonly number[]): number | undefined {
  const sorted = [...centres].sort((a, b) => a - b);
  const gaps = sorted.slice(1).map((centre, index) => centre - (sorted[index] ?? centre));
  return median(gaps);
}
