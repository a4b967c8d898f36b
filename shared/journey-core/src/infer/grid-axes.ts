// The grid's columns and rows as intervals along one axis, and how much of a sticky falls in each.
import { pitchOf } from './candidate-bands';

export interface Interval {
  start: number;
  end: number;
}

/** Where the outermost borders go when something on the board fixes them (a frame, the labels). */
export interface OuterEdges {
  first?: number | undefined;
  last?: number | undefined;
}

/**
 * Contiguous intervals, one per header (headers in order along the axis): the border between two
 * neighbours lies halfway across the gap between them. Without a given outer edge, the outer
 * intervals reach half the headers' typical spacing (or `fallbackPitch` for a lone header) past
 * their centres, and never end inside their header.
 */
export function intervalsFromHeaders(
  headers: readonly Interval[],
  edges: OuterEdges,
  fallbackPitch: number,
): Interval[] {
  const centres = headers.map((header) => (header.start + header.end) / 2);
  const pitch = pitchOf(centres) ?? fallbackPitch;
  return headers.map((header, index) => {
    const centre = centres[index] ?? 0;
    const previous = headers[index - 1];
    const next = headers[index + 1];
    const start = previous
      ? Math.min(Math.max((previous.end + header.start) / 2, centres[index - 1] ?? 0), centre)
      : Math.min(header.start, edges.first ?? centre - pitch / 2);
    const end = next
      ? Math.max(Math.min((header.end + next.start) / 2, centres[index + 1] ?? 0), centre)
      : Math.max(header.end, edges.last ?? centre + pitch / 2);
    return { start, end };
  });
}

/** Intervals taken as they are (stage frames, left to right), trimmed where they overlap. */
export function intervalsFromSpans(spans: readonly Interval[]): Interval[] {
  return spans.map((span, index) => {
    const next = spans[index + 1];
    const end = next ? Math.max(span.start, Math.min(span.end, next.start)) : span.end;
    return { start: span.start, end };
  });
}

export interface Share {
  index: number;
  /** The share of the span inside the interval: 1 when wholly inside. */
  share: number;
  /** Another interval that holds exactly as much of the span, if one does. */
  tiedWith: number | undefined;
}

/** Shares closer than this are equal: float noise must not break a tie on a border. */
const SAME_SHARE = 1e-9;

/** First interval that ends at or after `at`. */
function firstEndingFrom(intervals: readonly Interval[], at: number): number {
  let low = 0;
  let high = intervals.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((intervals[middle]?.end ?? Number.POSITIVE_INFINITY) < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The interval holding the largest share of [start, end] (ordered, non-overlapping intervals,
 * found by binary search); undefined when none holds any of it. A span of no length counts as
 * wholly inside every interval whose closed range holds it. The answer is written into `into`
 * when given: placing a board's hundred thousand stickies then makes no object per sticky.
 */
export function largestShare(
  intervals: readonly Interval[],
  start: number,
  end: number,
  into?: Share,
): Share | undefined {
  const length = end - start;
  let found = false;
  let bestIndex = 0;
  let bestShare = 0;
  let tiedWith: number | undefined;
  for (let index = firstEndingFrom(intervals, start); index < intervals.length; index++) {
    const interval = intervals[index];
    if (!interval || interval.start > end) break;
    let share: number;
    if (start >= interval.start && end <= interval.end) share = 1;
    else if (length <= 0) continue;
    else share = (Math.min(interval.end, end) - Math.max(interval.start, start)) / length;
    if (share <= 0) continue;
    if (!found || share > bestShare + SAME_SHARE) {
      found = true;
      bestIndex = index;
      bestShare = share;
      tiedWith = undefined;
    } else if (share >= bestShare - SAME_SHARE) tiedWith ??= index;
  }
  if (!found) return undefined;
  const best = into ?? { index: 0, share: 0, tiedWith: undefined };
  best.index = bestIndex;
  best.share = bestShare;
  best.tiedWith = tiedWith;
  return best;
}
