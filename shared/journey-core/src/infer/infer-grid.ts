// The journey grid a board shows: stage columns (from headers or stage frames), lane rows (from
// labels) or lanes from the colour legend, and the frame around it all.
import type { LaneKind } from '../model/journey-map';
import type { Box, ColourLegend } from './board-item';
import { bottomOf, centreXOf, centreYOf, median, rightOf } from './box-edges';
import { type Candidate, pitchOf } from './candidate-bands';
import { legendKinds } from './colour-legend';
import { findHeaders, findLabelColumn, type HeaderLayout } from './find-headers';
import { type Interval, intervalsFromHeaders, intervalsFromSpans } from './grid-axes';
import { findPhaseRow } from './phase-headers';
import { PointIndex } from './range-count';
import { type Frame, findGridFrame, findStageFrames } from './stage-frames';
import type { BoxColumns } from './sticky-table';

/** A stage or lane and the board item that names it. */
export interface GridHeader {
  itemId: string;
  name: string;
}

/** Where the lanes come from, with the vertical extent of each or of the grid. */
export type GridLanes =
  | { by: 'labels'; labels: GridHeader[]; rows: Interval[] }
  | { by: 'legend'; kinds: LaneKind[]; span: Interval }
  | { by: 'none'; span: Interval };

export interface Grid {
  /** How stickies are given their stage: by header columns or by stage frames. */
  method: 'grid' | 'stage-frame';
  /** Left to right; `columns[i]` is the horizontal extent of `stages[i]`. */
  stages: GridHeader[];
  columns: Interval[];
  lanes: GridLanes;
  /** The title of the frame around the grid, when it has one. */
  frameTitle?: string;
}

export interface GridInput {
  /** Visible boxes of every sticky. */
  stickies: BoxColumns;
  candidates: readonly Candidate[];
  frames: readonly Frame[];
  legend: ColourLegend;
}

const headerOf = (item: Candidate): GridHeader => ({ itemId: item.id, name: item.name });
const horizontalSpan = (box: Box): Interval => ({ start: box.left, end: rightOf(box) });
const verticalSpan = (box: Box): Interval => ({ start: box.top, end: bottomOf(box) });

/** The largest value, undefined for none; a loop, as Math.max(...values) overflows on a long list. */
function maxOf(values: readonly number[]): number | undefined {
  let largest: number | undefined;
  for (const value of values) if (largest === undefined || value > largest) largest = value;
  return largest;
}

/**
 * How far a lone header's column or row reaches: at least its own size, two stickies, and the
 * spacing of the other axis' headers (a one-stage board's column is about as wide as its rows).
 */
function lonePitch(size: number | undefined, stickySize: number, otherPitch: number | undefined) {
  return Math.max(size ?? 0, 2 * stickySize, otherPitch ?? 0);
}

function lanesFrom(
  labels: readonly Candidate[],
  rows: Interval[],
  legend: ColourLegend,
  span: Interval,
): GridLanes {
  if (labels.length > 0) return { by: 'labels', labels: labels.map(headerOf), rows };
  if (legend.length > 0) return { by: 'legend', kinds: legendKinds(legend), span };
  return { by: 'none', span };
}

function withTitle(grid: Grid, frame: Frame | undefined): Grid {
  return frame && frame.title !== '' ? { ...grid, frameTitle: frame.title } : grid;
}

/** Stages are the stage frames; lane labels are looked for left of the first frame. */
function frameGrid(input: GridInput, stageFrames: readonly Frame[], points: PointIndex): Grid {
  const [first] = stageFrames;
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const frame of stageFrames) {
    top = Math.min(top, frame.box.top);
    bottom = Math.max(bottom, bottomOf(frame.box));
  }
  const pool = input.candidates.filter((candidate) => {
    const y = centreYOf(candidate.box);
    return centreXOf(candidate.box) < (first?.box.left ?? 0) && y >= top && y <= bottom;
  });
  const labels = findLabelColumn(pool, points)?.members ?? [];
  const rows = intervalsFromHeaders(
    labels.map((label) => verticalSpan(label.box)),
    { first: top, last: bottom },
    0,
  );
  const gridFrame = findGridFrame(input.frames, [...stageFrames, ...labels]);
  const grid: Grid = {
    method: 'stage-frame',
    stages: stageFrames.map((frame, index) => ({
      itemId: frame.id,
      name: frame.title === '' ? `Stage ${index + 1}` : frame.title,
    })),
    columns: intervalsFromSpans(stageFrames.map((frame) => horizontalSpan(frame.box))),
    lanes: lanesFrom(labels, rows, input.legend, { start: top, end: bottom }),
  };
  return withTitle(grid, gridFrame);
}

/** Stages are the header row's columns, lanes the label column's rows. */
function headerGrid(
  input: GridInput,
  stageHeaders: readonly Candidate[],
  laneLabels: readonly Candidate[],
): Grid {
  const gridFrame = findGridFrame(input.frames, [...stageHeaders, ...laneLabels]);
  const stickyWidth = median(input.stickies.widths) ?? 0;
  const stickyHeight = median(input.stickies.heights) ?? 0;
  const columnPitch = pitchOf(stageHeaders.map((header) => centreXOf(header.box)));
  const rowPitch = pitchOf(laneLabels.map((label) => centreYOf(label.box)));
  const labelsRight = maxOf(laneLabels.map((label) => rightOf(label.box)));
  const headersBottom = maxOf(stageHeaders.map((header) => bottomOf(header.box)));
  const columns = intervalsFromHeaders(
    stageHeaders.map((header) => horizontalSpan(header.box)),
    { first: labelsRight ?? gridFrame?.box.left, last: gridFrame && rightOf(gridFrame.box) },
    lonePitch(stageHeaders[0]?.box.width, stickyWidth, rowPitch),
  );
  const rows = intervalsFromHeaders(
    laneLabels.map((label) => verticalSpan(label.box)),
    { first: headersBottom ?? gridFrame?.box.top, last: gridFrame && bottomOf(gridFrame.box) },
    lonePitch(laneLabels[0]?.box.height, stickyHeight, columnPitch),
  );
  const span = {
    start: headersBottom ?? gridFrame?.box.top ?? Number.NEGATIVE_INFINITY,
    end: gridFrame ? bottomOf(gridFrame.box) : Number.POSITIVE_INFINITY,
  };
  const grid: Grid = {
    method: 'grid',
    stages: stageHeaders.map(headerOf),
    columns,
    lanes: lanesFrom(laneLabels, rows, input.legend, span),
  };
  return withTitle(grid, gridFrame);
}

/**
 * The stage frames under a header row that is their phase row ("Before" over the "Search" and
 * "Compare" frames): frames found as if there were no header row, when the row groups them.
 */
function framesUnderPhases(
  frames: readonly Frame[],
  points: PointIndex,
  headers: HeaderLayout,
): Frame[] {
  if (frames.length < 2 || headers.stageHeaders.length < 2) return [];
  const alone = findStageFrames(frames, points, { ...headers, stageHeaders: [] });
  const boxes = alone.map((frame) => frame.box);
  return findPhaseRow(boxes, headers.stageHeaders).length > 0 ? alone : [];
}

/**
 * Reads the grid off the board. Side-by-side stage frames win over header candidates when there are
 * two or more of them, or one and no stage header; otherwise the header row and label column decide.
 * With two or more stage headers, frames are only found as the header row's columns, or as the
 * stages under a header row that groups them into phases.
 */
export function inferGrid(input: GridInput): Grid {
  const { count, lefts, tops, widths, heights } = input.stickies;
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  for (let index = 0; index < count; index++) {
    xs[index] = (lefts[index] ?? 0) + (widths[index] ?? 0) / 2;
    ys[index] = (tops[index] ?? 0) + (heights[index] ?? 0) / 2;
  }
  const points = new PointIndex(xs, ys);
  const headers = findHeaders(input.candidates, points);
  let stageFrames = findStageFrames(input.frames, points, headers);
  if (stageFrames.length === 0) stageFrames = framesUnderPhases(input.frames, points, headers);
  const byFrames =
    stageFrames.length >= 2 || (stageFrames.length === 1 && headers.stageHeaders.length === 0);
  return byFrames
    ? frameGrid(input, stageFrames, points)
    : headerGrid(input, headers.stageHeaders, headers.laneLabels);
}
