// Frames against a header row: on a board with two or more stage headers, a row of frames stands
// for the stages only when its frames are the header row's columns. Facilitators also draw small
// frames around clusters of stickies in a few cells, and those must not outvote the headers.
import { bottomOf, centreXOf, centreYOf, holdsPoint, rightOf } from './box-edges';
import type { Candidate } from './candidate-bands';
import { lowerBound } from './numeric-order';
import { countInRectangles, type PointIndex } from './range-count';
import type { Frame } from './stage-frames';

export interface HeaderRow {
  /** Left to right by centre. */
  stageHeaders: readonly Candidate[];
  laneLabels: readonly Candidate[];
}

/**
 * The stage header each frame is a column of, by index in `stageHeaders`. A frame is the column of
 * a header when its span across holds that header's centre and no other's, and it either holds the
 * header (drawn inside it) or spans every lane: it reaches from the first lane label's middle to
 * the last one's, or, with no lane labels, holds every sticky centred below the header row within
 * its span. A frame around a cluster in one cell of a grid with several lanes spans none of this.
 */
export function headerColumns(
  frames: readonly Frame[],
  headers: HeaderRow,
  stickies: PointIndex,
): Map<string, number> {
  const { stageHeaders, laneLabels } = headers;
  const centres = Float64Array.from(stageHeaders, (header) => centreXOf(header.box));
  let rowBottom = Number.NEGATIVE_INFINITY;
  for (const header of stageHeaders) rowBottom = Math.max(rowBottom, bottomOf(header.box));
  let firstLane = Number.POSITIVE_INFINITY;
  let lastLane = Number.NEGATIVE_INFINITY;
  for (const label of laneLabels) {
    firstLane = Math.min(firstLane, centreYOf(label.box));
    lastLane = Math.max(lastLane, centreYOf(label.box));
  }
  const byStickies = laneLabels.length === 0;
  // Stickies below the header row within each frame's span, and those of them it holds.
  const below = byStickies
    ? countInRectangles(
        stickies,
        frames.map(({ box }) => ({
          left: box.left,
          right: rightOf(box),
          top: rowBottom,
          bottom: Number.POSITIVE_INFINITY,
        })),
      )
    : [];
  const held = byStickies
    ? countInRectangles(
        stickies,
        frames.map(({ box }) => ({
          left: box.left,
          right: rightOf(box),
          top: Math.max(box.top, rowBottom),
          bottom: bottomOf(box),
        })),
      )
    : [];
  const columns = new Map<string, number>();
  frames.forEach((frame, index) => {
    const { box } = frame;
    const first = lowerBound(centres, box.left, false);
    if (lowerBound(centres, rightOf(box), true) - first !== 1) return;
    const header = stageHeaders[first];
    if (!header) return;
    const spansLanes = byStickies
      ? held[index] === below[index]
      : box.top <= firstLane && bottomOf(box) >= lastLane;
    if (spansLanes || holdsPoint(box, centreXOf(header.box), centreYOf(header.box))) {
      columns.set(frame.id, first);
    }
  });
  return columns;
}

/** Whether a row of frames and the header row pair off: each header has exactly one frame. */
export function pairsOff(
  row: readonly Frame[],
  columns: ReadonlyMap<string, number>,
  headerCount: number,
): boolean {
  const claimed = new Set<number>();
  for (const frame of row) {
    const header = columns.get(frame.id);
    if (header === undefined || claimed.has(header)) return false;
    claimed.add(header);
  }
  return claimed.size === headerCount;
}
