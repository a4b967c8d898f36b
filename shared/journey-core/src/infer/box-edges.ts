// Edges and centres of a board box: `left`/`top` is the top-left corner, so the rest is derived.
import type { Box } from './board-item';
import { sortedNumbers } from './numeric-order';

export const rightOf = (box: Box): number => box.left + box.width;
export const bottomOf = (box: Box): number => box.top + box.height;
export const centreXOf = (box: Box): number => box.left + box.width / 2;
export const centreYOf = (box: Box): number => box.top + box.height / 2;

/** The smallest box holding every box given; undefined for none. */
export function boundingBox(boxes: readonly Box[]): Box | undefined {
  const [first, ...rest] = boxes;
  if (!first) return undefined;
  let left = first.left;
  let top = first.top;
  let right = rightOf(first);
  let bottom = bottomOf(first);
  for (const box of rest) {
    left = Math.min(left, box.left);
    top = Math.min(top, box.top);
    right = Math.max(right, rightOf(box));
    bottom = Math.max(bottom, bottomOf(box));
  }
  return { left, top, width: right - left, height: bottom - top };
}

/** Whether the point lies in the box, its edges included. */
export function holdsPoint(box: Box, x: number, y: number): boolean {
  return x >= box.left && x <= rightOf(box) && y >= box.top && y <= bottomOf(box);
}

function allEqual(values: ArrayLike<number>, to: number): boolean {
  for (let index = 0; index < values.length; index++) if (values[index] !== to) return false;
  return true;
}

/** The middle value of a list (the mean of the middle two for an even count); undefined for none. */
export function median(values: ArrayLike<number>): number | undefined {
  // Stickies most often all have one size: then no sort is needed (0 is left to the sort, which
  // sets -0 apart from it).
  const first = values[0];
  if (first !== undefined && first !== 0 && allEqual(values, first)) return (first + first) / 2;
  const sorted = sortedNumbers(values);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle];
  if (upper === undefined) return undefined;
  const lower = sorted.length % 2 === 0 ? sorted[middle - 1] : upper;
  return ((lower ?? upper) + upper) / 2;
}
