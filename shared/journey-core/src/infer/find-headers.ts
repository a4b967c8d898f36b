// Which header candidates name stages and which name lanes: stage headers are the row of
// candidates above the stickies, lane labels the column of candidates left of them.
import { bottomOf, centreXOf, centreYOf, median, rightOf } from './box-edges';
import { type Band, type Candidate, columnBands, pitchOf, rowBands } from './candidate-bands';
import { countDownward, countRightward, type PointIndex } from './range-count';

export interface HeaderLayout {
  /** Left to right. */
  stageHeaders: Candidate[];
  /** Top to bottom. */
  laneLabels: Candidate[];
}

/** Half the spacing of a band's members, so that a narrow text header still covers its column. */
function reach(centres: readonly number[], single: number): number {
  const pitch = pitchOf(centres);
  return pitch === undefined ? single : pitch / 2;
}

const overlapsAcross = (a: Band, b: Band) =>
  a.box.left < rightOf(b.box) && b.box.left < rightOf(a.box);

/**
 * The header row: a row band with more stickies below it (within its columns) than beside it.
 * A lone member reaches no further than itself, so that a lane label with a sticky under it does
 * not pass for a header. Of the rows holding at least half as many stickies as the best, over the
 * same columns, the lowest wins: a title above the headers covers the same stickies.
 */
function findHeaderRow(candidates: readonly Candidate[], stickies: PointIndex): Band | undefined {
  const bands = rowBands(candidates);
  const below = countDownward(
    stickies,
    bands.map((band) => {
      const margin = reach(
        band.members.map((member) => centreXOf(member.box)),
        0,
      );
      return {
        after: bottomOf(band.box),
        from: band.box.left - margin,
        to: rightOf(band.box) + margin,
      };
    }),
  );
  const beside = countRightward(
    stickies,
    bands.map((band) => ({ after: rightOf(band.box), from: band.box.top, to: bottomOf(band.box) })),
  );
  const scored = bands
    .map((band, index) => ({ band, below: below[index] ?? 0, beside: beside[index] ?? 0 }))
    .filter((entry) => entry.below > 0 && entry.below > entry.beside);
  let best = scored[0];
  for (const entry of scored) if (best && entry.below > best.below) best = entry;
  if (!best) return undefined;
  const strongest = best;
  let chosen = strongest;
  for (const entry of scored) {
    const enough = entry.below * 2 >= strongest.below && overlapsAcross(entry.band, strongest.band);
    if (enough && bottomOf(entry.band.box) > bottomOf(chosen.band.box)) chosen = entry;
  }
  return chosen.band;
}

/**
 * The column of lane labels: a column band with more stickies right of it (within its rows) than
 * below it. The band beside the most stickies wins; on a tie the one with more labels, then the
 * one nearer the stickies.
 */
export function findLabelColumn(
  pool: readonly Candidate[],
  stickies: PointIndex,
): Band | undefined {
  const bands = columnBands(pool);
  const beside = countRightward(
    stickies,
    bands.map((band) => {
      const [only] = band.members;
      const single = only ? Math.max(only.box.width, only.box.height) / 2 : 0;
      const margin = reach(
        band.members.map((member) => centreYOf(member.box)),
        single,
      );
      return {
        after: rightOf(band.box),
        from: band.box.top - margin,
        to: bottomOf(band.box) + margin,
      };
    }),
  );
  const below = countDownward(
    stickies,
    bands.map((band) => ({
      after: bottomOf(band.box),
      from: band.box.left,
      to: rightOf(band.box),
    })),
  );
  let chosen: { band: Band; beside: number } | undefined;
  bands.forEach((band, index) => {
    const count = beside[index] ?? 0;
    if (count <= (below[index] ?? 0)) return;
    const better =
      !chosen ||
      count > chosen.beside ||
      (count === chosen.beside &&
        (band.members.length > chosen.band.members.length ||
          (band.members.length === chosen.band.members.length &&
            rightOf(band.box) > rightOf(chosen.band.box))));
    if (better) chosen = { band, beside: count };
  });
  return chosen?.band;
}

/** Stage headers and lane labels among the candidates, judged by where the stickies lie. */
export function findHeaders(candidates: readonly Candidate[], stickies: PointIndex): HeaderLayout {
  const row = findHeaderRow(candidates, stickies);
  let pool: readonly Candidate[] = candidates;
  if (row) {
    const inRow = new Set(row.members);
    const rowBottom = bottomOf(row.box);
    // Labels sit below the header row and left of the headers' middle (a parking-lot label
    // far right must not become the label column).
    const middle = median(row.members.map((member) => centreXOf(member.box))) ?? 0;
    pool = candidates.filter(
      (candidate) =>
        !inRow.has(candidate) &&
        centreYOf(candidate.box) > rowBottom &&
        centreXOf(candidate.box) < middle,
    );
  }
  const column = findLabelColumn(pool, stickies);
  const laneLabels = column?.members ?? [];
  let stageHeaders = row?.members ?? [];
  if (column) {
    // A corner label or a title over the label column is not a stage.
    const columnRight = rightOf(column.box);
    const columnMiddle = centreXOf(column.box);
    stageHeaders = stageHeaders.filter(
      (header) => centreXOf(header.box) > columnRight && header.box.left >= columnMiddle,
    );
  }
  return { stageHeaders, laneLabels };
}
