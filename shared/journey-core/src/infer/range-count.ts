// Counts points in axis-aligned ranges for many ranges at once: one sort and a Fenwick tree,
// O((points + ranges) log points), so that no range is checked against every point.

export interface Point {
  x: number;
  y: number;
}

/** Points with `x` past `after` (strictly) and `y` within [`from`, `to`]. */
export interface RightwardRange {
  after: number;
  from: number;
  to: number;
}

/** Points with `x` before `upTo` (`inclusive` or not) and `y` within [`from`, `to`]. */
interface PrefixRange {
  upTo: number;
  inclusive: boolean;
  from: number;
  to: number;
}

/** First index in sorted `values` whose value is ≥ `value` (or > it when `strict`). */
function lowerBound(values: readonly number[], value: number, strict: boolean): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const probe = values[middle] ?? Number.POSITIVE_INFINITY;
    if (probe < value || (strict && probe === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

function countPrefixes(points: readonly Point[], ranges: readonly PrefixRange[]): number[] {
  const ys = points.map((point) => point.y).sort((a, b) => a - b);
  const tree = new Array<number>(ys.length + 1).fill(0);
  const add = (rank: number) => {
    for (let at = rank + 1; at < tree.length; at += at & -at) tree[at] = (tree[at] ?? 0) + 1;
  };
  const countBelowRank = (rank: number) => {
    let total = 0;
    for (let at = rank; at > 0; at -= at & -at) total += tree[at] ?? 0;
    return total;
  };
  const byX = [...points].sort((a, b) => a.x - b.x);
  const order = ranges
    .map((range, index) => ({ range, index }))
    .sort(
      (a, b) =>
        a.range.upTo - b.range.upTo || Number(a.range.inclusive) - Number(b.range.inclusive),
    );
  const counts = new Array<number>(ranges.length).fill(0);
  let next = 0;
  for (const { range, index } of order) {
    for (let point = byX[next]; point !== undefined; point = byX[next]) {
      if (point.x > range.upTo || (!range.inclusive && point.x === range.upTo)) break;
      add(lowerBound(ys, point.y, false));
      next++;
    }
    if (range.to < range.from) continue;
    counts[index] =
      countBelowRank(lowerBound(ys, range.to, true)) -
      countBelowRank(lowerBound(ys, range.from, false));
  }
  return counts;
}

/** For each range, how many points lie strictly right of `after` with `y` in [`from`, `to`]. */
export function countRightward(
  points: readonly Point[],
  ranges: readonly RightwardRange[],
): number[] {
  const everything = countPrefixes(
    points,
    ranges.map((range) => ({ ...range, upTo: Number.POSITIVE_INFINITY, inclusive: true })),
  );
  const upToAfter = countPrefixes(
    points,
    ranges.map((range) => ({ upTo: range.after, inclusive: true, from: range.from, to: range.to })),
  );
  return everything.map((total, index) => total - (upToAfter[index] ?? 0));
}

/** Points with `y` strictly below `after` and `x` in [`from`, `to`]: `countRightward` turned. */
export function countDownward(
  points: readonly Point[],
  ranges: readonly RightwardRange[],
): number[] {
  return countRightward(
    points.map((point) => ({ x: point.y, y: point.x })),
    ranges,
  );
}

export interface Rectangle {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** For each rectangle, how many points lie in it, its edges included. */
export function countInRectangles(
  points: readonly Point[],
  rectangles: readonly Rectangle[],
): number[] {
  const toRight = countPrefixes(
    points,
    rectangles.map((box) => ({ upTo: box.right, inclusive: true, from: box.top, to: box.bottom })),
  );
  const beforeLeft = countPrefixes(
    points,
    rectangles.map((box) => ({ upTo: box.left, inclusive: false, from: box.top, to: box.bottom })),
  );
  // A rectangle whose right lies left of its left holds nothing.
  return toRight.map((count, index) => Math.max(0, count - (beforeLeft[index] ?? 0)));
}
