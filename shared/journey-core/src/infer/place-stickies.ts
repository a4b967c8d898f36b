// Each sticky's cell in the grid, with how sure that is, or the reason it has none.
import type { UnplacedReason } from '../model/journey-map';
import { kindOfColour, type LegendIndex } from './colour-legend';
import { type Interval, largestShare, type Share } from './grid-axes';
import type { Grid, GridHeader } from './infer-grid';
import type { StickyTable } from './sticky-table';

export type StickyFate =
  | {
      placed: true;
      stage: number;
      /** A label row, or the index of a kind in the legend's kinds. */
      lane: number;
      /** The share of the sticky's box inside its cell, 0 to 1. */
      confidence: number;
    }
  | { placed: false; reason: UnplacedReason; detail: string };

const unplaced = (reason: UnplacedReason, detail: string): StickyFate => ({
  placed: false,
  reason,
  detail,
});

/** Which way a point misses a set of intervals, said for a person. */
function side(intervals: readonly Interval[], at: number, words: [string, string, string]): string {
  const first = intervals[0];
  const last = intervals[intervals.length - 1];
  if (first && at < first.start) return words[0];
  if (last && at > last.end) return words[1];
  return words[2];
}

function border(what: 'stages' | 'lanes', headers: readonly GridHeader[], share: Share): string {
  const a = headers[share.index]?.name ?? '';
  const b = headers[share.tiedWith ?? share.index]?.name ?? '';
  return `its centre is on the border between ${what} "${a}" and "${b}"`;
}

/** Four decimals are plenty for a share and keep float noise out of the map. */
const roundShare = (share: number) => Math.min(1, Math.round(share * 10_000) / 10_000);

/**
 * A straddling sticky goes to the cell holding most of its area; when no cell holds more than
 * half of it (a sticky on a four-cell corner), no cell is the one its author meant.
 */
export const MAJORITY_SHARE = 0.5;

const percent = (share: number) => `${Math.round(share * 100)}%`;

function noMajority(grid: Grid, column: Share, row: Share, share: number): string {
  const stage = grid.stages[column.index]?.name ?? '';
  const { lanes } = grid;
  const lane = lanes.by === 'labels' ? ` × "${lanes.labels[row.index]?.name ?? ''}"` : '';
  return `no cell holds most of it: ${percent(share)} lies in "${stage}"${lane}, the rest across its neighbours`;
}

type Placed = Extract<StickyFate, { placed: true }>;

/**
 * Objects one `placeStickies` call reuses for every sticky: a large board has a hundred thousand,
 * and three short-lived objects each were most of the garbage its inference made.
 */
export interface PlacingScratch {
  column: Share;
  row: Share;
  placed: Placed;
}

const placingScratch = (): PlacingScratch => ({
  column: { index: 0, share: 0, tiedWith: undefined },
  row: { index: 0, share: 0, tiedWith: undefined },
  placed: { placed: true, stage: 0, lane: 0, confidence: 0 },
});

/**
 * The cell of the sticky at `index`; stage first, then lane, so that the first missing part is
 * the reason. With `scratch`, a placed fate is the scratch's, good only until the next call.
 */
export function placeSticky(
  stickies: StickyTable,
  index: number,
  grid: Grid,
  legend: LegendIndex,
  scratch?: PlacingScratch,
): StickyFate {
  if (stickies.texts[index] === '') return unplaced('empty-text', 'the sticky has no text');
  if (grid.stages.length === 0) {
    return unplaced('no-stage', 'the board has no stage headers or stage frames');
  }
  const left = stickies.lefts[index] ?? 0;
  const width = stickies.widths[index] ?? 0;
  const column = largestShare(grid.columns, left, left + width, scratch?.column);
  if (!column) {
    const where = side(grid.columns, left + width / 2, [
      'left of the first stage',
      'right of the last stage',
      'between stages',
    ]);
    return unplaced('outside-grid', `the sticky lies ${where}`);
  }
  if (column.tiedWith !== undefined) {
    return unplaced('ambiguous-cell', border('stages', grid.stages, column));
  }
  const { lanes } = grid;
  const rows = lanes.by === 'labels' ? lanes.rows : [lanes.span];
  const top = stickies.tops[index] ?? 0;
  const height = stickies.heights[index] ?? 0;
  const row = largestShare(rows, top, top + height, scratch?.row);
  if (!row) {
    const where = side(rows, top + height / 2, [
      'above the first lane',
      'below the last lane',
      'between lanes',
    ]);
    return unplaced('outside-grid', `the sticky lies ${where}`);
  }
  const confidence = roundShare(column.share * row.share);
  if (lanes.by === 'labels' && row.tiedWith !== undefined) {
    return unplaced('ambiguous-cell', border('lanes', lanes.labels, row));
  }
  if (column.share * row.share <= MAJORITY_SHARE) {
    return unplaced('ambiguous-cell', noMajority(grid, column, row, column.share * row.share));
  }
  if (lanes.by === 'labels') return placedFate(scratch, column.index, row.index, confidence);
  if (lanes.by === 'none') {
    return unplaced('no-lane', 'the board has no lane labels and no colour legend was given');
  }
  const color = stickies.colors[index];
  const kind = kindOfColour(legend, color);
  if (!kind) {
    const detail =
      color === undefined
        ? 'the sticky has no colour, and the lanes come from the colour legend'
        : `its colour "${color}" is not in the colour legend`;
    return unplaced('no-lane', detail);
  }
  return placedFate(scratch, column.index, lanes.kinds.indexOf(kind), confidence);
}

function placedFate(
  scratch: PlacingScratch | undefined,
  stage: number,
  lane: number,
  confidence: number,
): Placed {
  if (!scratch) return { placed: true, stage, lane, confidence };
  const { placed } = scratch;
  placed.stage = stage;
  placed.lane = lane;
  placed.confidence = confidence;
  return placed;
}

/** Where each of a list of stickies went, by its index: typed arrays, as a board has thousands. */
export interface Placements {
  /** Each sticky's stage, -1 for an unplaced one. */
  stage: Int32Array;
  /** A placed sticky's lane, as a fate gives it. */
  lane: Int32Array;
  confidence: Float64Array;
  /** Each unplaced sticky's reason, by index. */
  unplaced: Map<number, Extract<StickyFate, { placed: false }>>;
}

/** The cells of the stickies, as `placeSticky` finds each. */
export function placeStickies(stickies: StickyTable, grid: Grid, legend: LegendIndex): Placements {
  const placements: Placements = {
    stage: new Int32Array(stickies.count).fill(-1),
    lane: new Int32Array(stickies.count),
    confidence: new Float64Array(stickies.count),
    unplaced: new Map(),
  };
  const scratch = placingScratch();
  for (let index = 0; index < stickies.count; index++) {
    const fate = placeSticky(stickies, index, grid, legend, scratch);
    if (fate.placed) {
      placements.stage[index] = fate.stage;
      placements.lane[index] = fate.lane;
      placements.confidence[index] = fate.confidence;
    } else {
      placements.unplaced.set(index, fate);
    }
  }
  return placements;
}
