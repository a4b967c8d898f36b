// Counts points in axis-aligned ranges for many ranges at once, never checking every range against
// every point: a few ranges are checked point by point; more sweep the points, sorted once and
// ranked along both axes, over a Fenwick tree. O((points + ranges) log points) in all.
import { lowerBound, orderByRank, ranksIn, sortedNumbers } from './numeric-order';

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

/** The points along one axis: sorted, with each one's rank along the other axis in that order. */
interface Sweep {
  /** Every coordinate along the axis, ascending. */
  along: Float64Array;
  /** Every coordinate across it, ascending. */
  across: Float64Array;
  /** `ranks[i]`: the rank across of the point at `along[i]` (the index of its first equal). */
  ranks: Int32Array;
}

/**
 * Up to this many ranges, checking every point against every range is cheaper than sorting the
 * points (a board has a few header bands and frames, and a great many stickies); past it, the
 * points are sorted once and every later batch sweeps them.
 */
const FEW_RANGES = 32;

/**
 * Points made ready for counting: their coordinates, and (built on first need, then kept) both
 * sweeps, so that repeated counts never sort the same points again.
 */
export class PointIndex {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  #sweeps: { byX: Sweep; byY: Sweep } | undefined;

  /** The points' coordinates: `xs[i]`, `ys[i]` for point i. */
  constructor(xs: Float64Array, ys: Float64Array) {
    this.xs = xs;
    this.ys = ys;
  }

  get sweeps(): { byX: Sweep; byY: Sweep } {
    this.#sweeps ??= sweepsOf(this.xs, this.ys);
    return this.#sweeps;
  }
}

export function indexPoints(points: readonly Point[]): PointIndex {
  return new PointIndex(
    Float64Array.from(points, (point) => point.x),
    Float64Array.from(points, (point) => point.y),
  );
}

function sweepsOf(xs: Float64Array, ys: Float64Array): { byX: Sweep; byY: Sweep } {
  const sortedXs = sortedNumbers(xs);
  const sortedYs = sortedNumbers(ys);
  const xRanks = ranksIn(sortedXs, xs);
  const yRanks = ranksIn(sortedYs, ys);
  // Points sharing a coordinate take its run of slots in any order: the counts are the same.
  const yRanksByX = orderByRank(xRanks).map((index) => yRanks[index] ?? 0);
  const xRanksByY = orderByRank(yRanks).map((index) => xRanks[index] ?? 0);
  return {
    byX: { along: sortedXs, across: sortedYs, ranks: yRanksByX },
    byY: { along: sortedYs, across: sortedXs, ranks: xRanksByY },
  };
}

/** Points with the coordinate along before `upTo` (`inclusive` or not), across within [`from`, `to`]. */
interface PrefixRange {
  upTo: number;
  inclusive: boolean;
  from: number;
  to: number;
}

function countPrefixes(sweep: Sweep, ranges: readonly PrefixRange[]): Int32Array {
  const { along, across, ranks } = sweep;
  const tree = new Int32Array(along.length + 1);
  const countBelowRank = (rank: number) => {
    let total = 0;
    for (let at = rank; at > 0; at -= at & -at) total += tree[at] ?? 0;
    return total;
  };
  // Ranges by where they stop; of two stopping at one value, the one leaving it out first.
  const order = ranges
    .map((_, index) => index)
    .sort((a, b) => {
      const left = ranges[a];
      const right = ranges[b];
      if (!left || !right) return 0;
      return left.upTo - right.upTo || Number(left.inclusive) - Number(right.inclusive);
    });
  const counts = new Int32Array(ranges.length);
  let next = 0;
  for (const index of order) {
    const range = ranges[index];
    if (!range) continue;
    for (; next < along.length; next++) {
      const value = along[next] ?? Number.POSITIVE_INFINITY;
      if (value > range.upTo || (!range.inclusive && value === range.upTo)) break;
      for (let at = (ranks[next] ?? 0) + 1; at < tree.length; at += at & -at) {
        tree[at] = (tree[at] ?? 0) + 1;
      }
    }
    if (range.to < range.from) continue;
    counts[index] =
      countBelowRank(lowerBound(across, range.to, true)) -
      countBelowRank(lowerBound(across, range.from, false));
  }
  return counts;
}

/** For each range, the points past `after` along the axis and within [`from`, `to`] across it. */
function countPast(
  along: Float64Array,
  across: Float64Array,
  sweep: () => Sweep,
  ranges: readonly RightwardRange[],
): number[] {
  if (ranges.length <= FEW_RANGES) {
    return ranges.map(({ after, from, to }) => {
      let count = 0;
      for (let index = 0; index < along.length; index++) {
        const at = across[index] ?? Number.NaN;
        // Added without a branch: which points pass is as good as random to the processor,
        // and a mispredicted branch per point cost more than the three comparisons.
        count +=
          Number(at >= from) & Number(at <= to) & Number((along[index] ?? Number.NaN) > after);
      }
      return count;
    });
  }
  // All the points within [from, to] across, less those up to `after` along.
  const sorted = sweep();
  const upToAfter = countPrefixes(
    sorted,
    ranges.map((range) => ({ upTo: range.after, inclusive: true, from: range.from, to: range.to })),
  );
  return ranges.map((range, index) => {
    if (range.to < range.from) return 0;
    const within =
      lowerBound(sorted.across, range.to, true) - lowerBound(sorted.across, range.from, false);
    return within - (upToAfter[index] ?? 0);
  });
}

/** For each range, how many points lie strictly right of `after` with `y` in [`from`, `to`]. */
export function countRightward(points: PointIndex, ranges: readonly RightwardRange[]): number[] {
  return countPast(points.xs, points.ys, () => points.sweeps.byX, ranges);
}

/** Points with `y` strictly below `after` and `x` in [`from`, `to`]: `countRightward` turned. */
export function countDownward(points: PointIndex, ranges: readonly RightwardRange[]): number[] {
  return countPast(points.ys, points.xs, () => points.sweeps.byY, ranges);
}

export interface Rectangle {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** For each rectangle, how many points lie in it, its edges included. */
export function countInRectangles(points: PointIndex, rectangles: readonly Rectangle[]): number[] {
  const { xs, ys } = points;
  if (rectangles.length <= FEW_RANGES) {
    return rectangles.map(({ left, top, right, bottom }) => {
      let count = 0;
      for (let index = 0; index < xs.length; index++) {
        const x = xs[index] ?? Number.NaN;
        const y = ys[index] ?? Number.NaN;
        // Without a branch, as in `countPast`.
        count += Number(x >= left) & Number(x <= right) & Number(y >= top) & Number(y <= bottom);
      }
      return count;
    });
  }
  // One sweep: each rectangle's points up to its right edge, less those left of its left edge.
  const prefixes = countPrefixes(
    points.sweeps.byX,
    rectangles.flatMap((box) => [
      { upTo: box.right, inclusive: true, from: box.top, to: box.bottom },
      { upTo: box.left, inclusive: false, from: box.top, to: box.bottom },
    ]),
  );
  // A rectangle whose right lies left of its left holds nothing.
  return rectangles.map((_, index) =>
    Math.max(0, (prefixes[2 * index] ?? 0) - (prefixes[2 * index + 1] ?? 0)),
  );
}
