// Phases a board shows: a row of wider headers right above the stage headers ("Before", "During",
// "After"), each spanning the stages below it. Reads only headers and frames, never the stickies.
import type { Box, HeaderChoice, HeaderSource } from './board-item';
import { bottomOf, centreXOf, rightOf } from './box-edges';
import { byId, type Candidate, type Placed, rowBands } from './candidate-bands';
import type { Grid } from './infer-grid';
import { lowerBound } from './numeric-order';
import { type BoxColumns, indexOfStickyId, type StickyTable } from './sticky-table';

/** A phase header and the stages under it, by index in the grid's stages (left to right). */
export interface PhaseHeader {
  itemId: string;
  name: string;
  /** Consecutive, ascending; never empty. */
  stages: number[];
}

/**
 * How much narrower than the stages it spans a phase header may be: the map layout draws a phase
 * over one stage exactly as wide as that stage, and hand-drawn headers are a little off.
 */
const WIDTH_SLACK = 0.9;

/** The lowest of the row bands, undefined for none. */
const lowest = <T extends Placed>(bands: readonly { members: T[]; box: Box }[]) => bands.at(-1);

/**
 * The phase row over the given stage boxes (left to right), from the pool of header candidates
 * that name no stage or lane. The row is the nearest row band above the stages, no further from
 * them than it or they are tall, and it is phases only when each member covers the centre of at
 * least one stage and is about as wide as the stages it covers or wider, no stage lies under two
 * members, and there are at least two members of which one covers two or more stages: a journey
 * title over the whole grid, or a row of step numbers over each stage, is not phases. A stage
 * under no member is in no phase. O(c log c + s) in candidates and stages.
 */
export function findPhaseRow(
  stageBoxes: readonly Box[],
  pool: readonly Candidate[],
): PhaseHeader[] {
  if (stageBoxes.length < 2) return [];
  let rowTop = Number.POSITIVE_INFINITY;
  let rowLeft = Number.POSITIVE_INFINITY;
  let rowRight = Number.NEGATIVE_INFINITY;
  let shortest = Number.POSITIVE_INFINITY;
  for (const box of stageBoxes) {
    rowTop = Math.min(rowTop, box.top);
    rowLeft = Math.min(rowLeft, box.left);
    rowRight = Math.max(rowRight, rightOf(box));
    shortest = Math.min(shortest, box.height);
  }
  const above = pool.filter(
    ({ box }) => bottomOf(box) <= rowTop && box.left < rowRight && rightOf(box) > rowLeft,
  );
  const band = lowest(rowBands(above));
  if (!band || band.members.length < 2) return [];
  if (rowTop - bottomOf(band.box) > Math.max(band.box.height, shortest)) return [];

  const centres = Float64Array.from(stageBoxes, centreXOf);
  const phases: PhaseHeader[] = [];
  let reached = 0;
  let spansSeveral = false;
  // Members come left to right by centre; sorted by left edge, a stage under two members shows
  // as a member starting before the stages already taken end.
  const byLeft = [...band.members].sort((a, b) => a.box.left - b.box.left || byId(a, b));
  for (const member of byLeft) {
    const first = lowerBound(centres, member.box.left, false);
    const end = lowerBound(centres, rightOf(member.box), true);
    if (end <= first || first < reached) return [];
    let narrowest = Number.POSITIVE_INFINITY;
    for (let index = first; index < end; index++) {
      narrowest = Math.min(narrowest, stageBoxes[index]?.width ?? 0);
    }
    if (member.box.width < narrowest * WIDTH_SLACK) return [];
    reached = end;
    spansSeveral ||= end - first >= 2;
    const stages = Array.from({ length: end - first }, (_, offset) => first + offset);
    phases.push({ itemId: member.id, name: member.name, stages });
  }
  return spansSeveral ? phases : [];
}

/** What phase inference reads: the board's header candidates and frames, and its stickies. */
export interface PhaseSources {
  /** In id order (a stage header may be a sticky: found by binary search, never scanned). */
  stickies: StickyTable;
  candidates: readonly Candidate[];
  frames: readonly Placed[];
  kinds: ReadonlyMap<string, 'shape' | 'text'>;
}

export interface InferredPhases {
  phases: PhaseHeader[];
  /** Absent when the board shows no phases. */
  choice?: HeaderChoice;
}

/** The box of the sticky with this id. */
function stickyBox(stickies: StickyTable, id: string): Box | undefined {
  const index = indexOfStickyId(stickies, id);
  if (index < 0) return undefined;
  return {
    left: stickies.lefts[index] ?? 0,
    top: stickies.tops[index] ?? 0,
    width: stickies.widths[index] ?? 0,
    height: stickies.heights[index] ?? 0,
  };
}

/** The phases over the grid's stages, with the reason said for a person. */
export function inferPhases(grid: Grid, sources: PhaseSources): InferredPhases {
  const boxes = new Map<string, Box>();
  for (const item of grid.method === 'grid' ? sources.candidates : sources.frames) {
    boxes.set(item.id, item.box);
  }
  const stageBoxes: Box[] = [];
  for (const stage of grid.stages) {
    const box = boxes.get(stage.itemId) ?? stickyBox(sources.stickies, stage.itemId);
    if (!box) return { phases: [] };
    stageBoxes.push(box);
  }
  const used = new Set(grid.stages.map((stage) => stage.itemId));
  if (grid.lanes.by === 'labels') for (const label of grid.lanes.labels) used.add(label.itemId);
  const phases = findPhaseRow(
    stageBoxes,
    sources.candidates.filter((candidate) => !used.has(candidate.id)),
  );
  if (phases.length === 0) return { phases };
  const itemIds = phases.map((phase) => phase.itemId);
  const shapes = itemIds.filter((id) => sources.kinds.get(id) === 'shape').length;
  const from: HeaderSource = shapes * 2 >= itemIds.length ? 'shapes' : 'text';
  const things = from === 'shapes' ? 'shapes' : 'texts';
  const stagesAre = grid.method === 'stage-frame' ? 'stage frames' : 'stage headers';
  const why = `a row of ${itemIds.length} ${things} above the ${stagesAre}, each spanning stages`;
  return { phases, choice: { from, itemIds, why } };
}

/** Passes `topStickiesApart` grows the top band by before deciding it runs on down the board. */
const BAND_PASSES = 4;

/**
 * Whether the topmost stickies form a band apart from the others, ending above `above` when given:
 * only then can they be a row of sticky stage headers under a phase row. Found without sorting:
 * the band grows from the topmost sticky's bottom to the bottom of every sticky starting above it;
 * a row of headers stops growing within a pass or two, while content that overlaps on down the
 * board keeps growing and is no header row. A few O(n) passes, so that every large board does not
 * pay for the sticky header search.
 */
export function topStickiesApart(stickies: BoxColumns, above: number | undefined): boolean {
  const { count, tops, heights } = stickies;
  let top = Number.POSITIVE_INFINITY;
  let reach = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < count; index++) {
    const start = tops[index] ?? 0;
    const end = start + (heights[index] ?? 0);
    if (start < top || (start === top && end > reach)) {
      top = start;
      reach = end;
    }
  }
  for (let pass = 0; pass < BAND_PASSES; pass++) {
    let grown = reach;
    let members = 0;
    for (let index = 0; index < count; index++) {
      const start = tops[index] ?? 0;
      if (start >= reach) continue;
      members++;
      grown = Math.max(grown, start + (heights[index] ?? 0));
    }
    if (grown === reach) {
      return members >= 2 && members < count && (above === undefined || reach <= above);
    }
    reach = grown;
  }
  return false;
}
