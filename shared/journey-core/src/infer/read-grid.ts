// The grid a board shows and what named its parts: headers and labels are looked for among
// shapes, texts and frames first, then, for what is still missing, among the stickies.
import type { ColourLegend, HeaderChoice, HeaderSource, InferenceSummary } from './board-item';
import type { Candidate } from './candidate-bands';
import { type Grid, inferGrid } from './infer-grid';
import { findPhaseRow, topStickiesApart } from './phase-headers';
import { plainName } from './plain-name';
import type { Frame } from './stage-frames';
import { findStickyHeaders, type StickyHeaders } from './sticky-headers';
import { type BoardSticky, type StickyTable, stickyObjects, withoutStickies } from './sticky-table';

export interface GridReading {
  grid: Grid;
  /** The stickies to place, in the order given: all but those that name a stage or lane. */
  stickies: StickyTable;
  headers: InferenceSummary['headers'];
}

export interface GridSources {
  /** In id order. */
  stickies: StickyTable;
  candidates: readonly Candidate[];
  frames: readonly Frame[];
  /** Each candidate's board kind. */
  kinds: ReadonlyMap<string, 'shape' | 'text'>;
  legend: ColourLegend;
}

const gridOf = (stickies: StickyTable, candidates: readonly Candidate[], sources: GridSources) =>
  inferGrid({
    stickies,
    candidates,
    frames: sources.frames,
    legend: sources.legend,
  });

/** The smallest of some numbers, undefined for none. */
function least(values: readonly number[]): number | undefined {
  let found: number | undefined;
  for (const value of values) if (found === undefined || value < found) found = value;
  return found;
}

/** Whether the grid's stages come from shape or text headers: stickies may head frames too. */
const hasHeaderRow = (grid: Grid) => grid.method === 'grid' && grid.stages.length > 0;

/** Looks for what the first reading lacks among the stickies; the first reading when none help. */
export function readGrid(sources: GridSources): GridReading {
  const first = gridOf(sources.stickies, sources.candidates, sources);
  // The header searches read stickies as objects: made once, and only for a board that needs one.
  let objects: BoardSticky[] | undefined;
  const headerStickies = () => {
    objects ??= stickyObjects(sources.stickies);
    return objects;
  };
  const underPhases = hasHeaderRow(first)
    ? stickyStagesUnderPhases(sources, first, headerStickies)
    : undefined;
  if (underPhases) return underPhases;
  const plain = (): GridReading => ({
    grid: first,
    stickies: sources.stickies,
    headers: describe(first, sources, {}),
  });
  // A lone stage frame may only wrap a grid headed by stickies; a row of stage frames with lanes
  // is a grid of its own.
  const complete = first.stages.length > 0 && first.lanes.by !== 'none';
  if (complete && (hasHeaderRow(first) || first.stages.length >= 2)) return plain();
  const boxes = new Map<string, Candidate | Frame>();
  for (const item of [...sources.candidates, ...sources.frames]) boxes.set(item.id, item);
  // Lane labels lie left of the stages, when the stages are more than one frame around it all.
  const ownStages = hasHeaderRow(first) || first.stages.length >= 2;
  const labelTops =
    first.lanes.by === 'labels'
      ? first.lanes.labels.map((label) => boxes.get(label.itemId)?.box.top ?? 0)
      : [];
  const stageLefts = ownStages
    ? first.stages.map((stage) => boxes.get(stage.itemId)?.box.left ?? 0)
    : [];
  const search = {
    row: !hasHeaderRow(first),
    column: first.lanes.by === 'none',
    rowAbove: least(labelTops),
    columnLeftOf: least(stageLefts),
  };
  // Stage frames with sticky labels left of them are the stages: a sticky inside a frame is
  // content, however it is sized. Labels inside the frame mean it wraps a grid headed by stickies.
  if (first.method === 'stage-frame' && search.column) {
    const found = findStickyHeaders(headerStickies(), { ...search, row: false });
    const reading = withStickyHeaders(sources, found);
    const stageLeft = least(
      (reading?.grid.method === 'stage-frame' ? reading.grid.stages : []).map(
        (stage) => boxes.get(stage.itemId)?.box.left ?? Number.NEGATIVE_INFINITY,
      ),
    );
    const labelsLeft = found.column?.members.every(
      (label) => stageLeft !== undefined && label.box.left + label.box.width <= stageLeft,
    );
    if (reading && labelsLeft) return reading;
  }
  // A row taken for headers may be a lane of content beside its label: then labels alone.
  const attempts = search.row && search.column ? [search, { ...search, row: false }] : [search];
  for (const attempt of attempts) {
    const found = findStickyHeaders(headerStickies(), attempt);
    const reading = withStickyHeaders(sources, found);
    if (reading) return reading;
  }
  return plain();
}

/**
 * The grid headed by a row of sticky stage headers, when the first reading's header row is the
 * phase row over them ("Before" and "During" shapes over "Search", "Compare"… stickies): the
 * shapes are then found as phases. Undefined when the top stickies are no such row.
 */
function stickyStagesUnderPhases(
  sources: GridSources,
  first: Grid,
  headerStickies: () => readonly BoardSticky[],
): GridReading | undefined {
  const ids = (headers: readonly { itemId: string }[]) => new Set(headers.map((h) => h.itemId));
  const labelIds = ids(first.lanes.by === 'labels' ? first.lanes.labels : []);
  const headerIds = ids(first.stages);
  const labelTops: number[] = [];
  const headerRow: Candidate[] = [];
  for (const candidate of sources.candidates) {
    if (labelIds.has(candidate.id)) labelTops.push(candidate.box.top);
    if (headerIds.has(candidate.id)) headerRow.push(candidate);
  }
  const rowAbove = least(labelTops);
  if (!topStickiesApart(sources.stickies, rowAbove)) return undefined;
  const found = findStickyHeaders(headerStickies(), {
    row: true,
    column: first.lanes.by === 'none',
    rowAbove,
    columnLeftOf: least(headerRow.map((header) => header.box.left)),
  });
  const row = found.row?.members ?? [];
  if (
    findPhaseRow(
      row.map((sticky) => sticky.box),
      headerRow,
    ).length === 0
  )
    return undefined;
  const reading = withStickyHeaders(sources, found);
  const rowIds = ids(row.map((sticky) => ({ itemId: sticky.id })));
  return reading?.grid.stages.every((stage) => rowIds.has(stage.itemId)) ? reading : undefined;
}

/** The grid with the found stickies as headers, when they complete it; undefined otherwise. */
function withStickyHeaders(sources: GridSources, found: StickyHeaders): GridReading | undefined {
  const promoted = [...(found.row?.members ?? []), ...(found.column?.members ?? [])];
  if (promoted.length === 0) return undefined;
  const promotedIds = new Set(promoted.map((sticky) => sticky.id));
  const candidates = [
    ...sources.candidates,
    ...promoted.map((sticky) => ({ id: sticky.id, name: plainName(sticky.text), box: sticky.box })),
  ];
  const grid = gridOf(withoutStickies(sources.stickies, promotedIds), candidates, sources);
  // Stickies are taken as names only when they complete the grid: a row of stickies that leaves
  // the board without lanes is as likely a lane of content.
  if (grid.stages.length === 0 || grid.lanes.by === 'none') return undefined;
  // A row found as headers must name stages, a column lanes: not the other way round.
  const rowIds = new Set((found.row?.members ?? []).map((sticky) => sticky.id));
  const columnIds = new Set((found.column?.members ?? []).map((sticky) => sticky.id));
  const labelIds = grid.lanes.by === 'labels' ? grid.lanes.labels.map((label) => label.itemId) : [];
  if (grid.stages.some((stage) => columnIds.has(stage.itemId))) return undefined;
  if (labelIds.some((id) => rowIds.has(id))) return undefined;
  // A promoted sticky the grid did not take as a name (a corner sticky) is content again.
  const names = new Set([...grid.stages.map((stage) => stage.itemId), ...labelIds]);
  return {
    grid,
    stickies: withoutStickies(sources.stickies, names),
    headers: describe(grid, sources, found),
  };
}

/** The most common of the kinds, the first listed on a tie. */
function mostCommon(kinds: readonly HeaderSource[]): HeaderSource | undefined {
  const counts = new Map<HeaderSource, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  let best: HeaderSource | undefined;
  for (const [kind, count] of counts)
    if (best === undefined || count > (counts.get(best) ?? 0)) best = kind;
  return best;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function choice(
  itemIds: string[],
  sources: GridSources,
  stickyIds: ReadonlySet<string>,
  stickyWhy: string | undefined,
  where: 'row' | 'column',
): HeaderChoice | undefined {
  const kinds = itemIds.map((id): HeaderSource => {
    if (stickyIds.has(id)) return 'stickies';
    return sources.kinds.get(id) === 'shape' ? 'shapes' : 'text';
  });
  const from = mostCommon(kinds);
  if (from === undefined) return undefined;
  if (from === 'stickies' && stickyWhy !== undefined) return { from, itemIds, why: stickyWhy };
  const things = from === 'shapes' ? ['shape', 'shapes'] : ['text', 'texts'];
  const what = plural(itemIds.length, things[0] ?? '', things[1] ?? '');
  const why =
    where === 'row'
      ? `a row of ${what} with stickies below`
      : `a column of ${what} with stickies right of it`;
  return { from, itemIds, why };
}

function describe(
  grid: Grid,
  sources: GridSources,
  found: StickyHeaders,
): InferenceSummary['headers'] {
  const headers: InferenceSummary['headers'] = {};
  const stickyIds = new Set(
    [...(found.row?.members ?? []), ...(found.column?.members ?? [])].map((sticky) => sticky.id),
  );
  const stageIds = grid.stages.map((stage) => stage.itemId);
  if (grid.method === 'stage-frame') {
    const frames = plural(stageIds.length, 'frame', 'side-by-side frames');
    headers.stages = { from: 'frames', itemIds: stageIds, why: `${frames} holding stickies` };
  } else {
    const stages = choice(stageIds, sources, stickyIds, found.row?.why, 'row');
    if (stages) headers.stages = stages;
  }
  const { lanes } = grid;
  if (lanes.by === 'labels') {
    const labelIds = lanes.labels.map((label) => label.itemId);
    const chosen = choice(labelIds, sources, stickyIds, found.column?.why, 'column');
    if (chosen) headers.lanes = chosen;
  } else if (lanes.by === 'legend') {
    headers.lanes = {
      from: 'legend',
      itemIds: [],
      why: 'no lane labels on the board: one lane per kind in the colour legend',
    };
  }
  return headers;
}
