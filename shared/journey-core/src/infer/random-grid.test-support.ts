// fast-check arbitraries for journey boards: a grid of uneven stage columns and lane rows, headed
// by shapes, texts or stickies of their own colour, or made of one frame per stage, maybe framed, maybe with frames grouping
// stickies inside a cell (and, under a header row, in a few more cells), with stickies in random
// cells and a few far outside; under a header row, maybe a row of phase shapes above it.
import fc from 'fast-check';
import { box, frame, shape, textItem } from './board-builder.test-support';
import type { BoardItem, Box } from './board-item';

export interface RandomBoard {
  items: BoardItem[];
  /** How inference should read the stages: by header columns or by stage frames. */
  method: 'grid' | 'stage-frame';
  /** Sticky id → the stage and lane index of the cell it was drawn wholly inside. */
  cellOf: Map<string, { stage: number; lane: number }>;
  /** Stickies drawn far away from the grid. */
  outside: Set<string>;
  /** Stickies drawn as stage headers or lane labels. */
  headerStickies: Set<string>;
  /**
   * Stage index → the index of the phase drawn over it, when the board shows phases: at least two
   * phase shapes, one spanning two stages or more. Empty otherwise.
   */
  phaseOf: Map<number, number>;
}

/** Header and label stickies are dark and grey; content stickies have no colour. */
const HEADER_COLOUR = 'dark_gray';
const LABEL_COLOUR = 'gray';

const LABEL_WIDTH = 250;
const LABEL_GAP = 50;
const HEADER_HEIGHT = 100;
const HEADER_GAP = 20;

const spec = fc.record({
  origin: fc.record({
    x: fc.integer({ min: -5000, max: 5000 }),
    y: fc.integer({ min: -5000, max: 5000 }),
  }),
  widths: fc.array(fc.integer({ min: 300, max: 900 }), { minLength: 1, maxLength: 5 }),
  heights: fc.array(fc.integer({ min: 250, max: 700 }), { minLength: 1, maxLength: 5 }),
  headers: fc.constantFrom('shape' as const, 'text' as const, 'sticky' as const),
  labels: fc.constantFrom('shape' as const, 'text' as const, 'sticky' as const),
  /** Gap between a header and its column's sides, and between a label and its row's. */
  inset: fc.integer({ min: 0, max: 40 }),
  /** Stage headers, or one frame per stage with the stage's name as its title. */
  stagesBy: fc.constantFrom('headers' as const, 'frames' as const),
  /** Under a header row: phases over runs of this many stages from the first, in order. */
  phases: fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 4 }),
  framed: fc.boolean(),
  /** Frames grouping stickies in one cell, each inside the last; none at depth 0. */
  group: fc.record({ stage: fc.nat(), lane: fc.nat(), depth: fc.integer({ min: 0, max: 2 }) }),
  /** Under a header row: frames around a part of a few other cells, one per cell at most. */
  cellGroups: fc.array(
    fc.record({
      stage: fc.nat(),
      lane: fc.nat(),
      from: fc.tuple(
        fc.double({ min: 0, max: 0.4, noNaN: true }),
        fc.double({ min: 0, max: 0.4, noNaN: true }),
      ),
      to: fc.tuple(
        fc.double({ min: 0.6, max: 1, noNaN: true }),
        fc.double({ min: 0.6, max: 1, noNaN: true }),
      ),
    }),
    { maxLength: 4 },
  ),
  /**
   * One board's content stickies are of one size, give or take a fifth, as a workshop's are:
   * notes of every size would set a note apart as a header by its size alone.
   */
  stickySize: fc.integer({ min: 40, max: 170 }),
  stickies: fc.array(
    fc.record({
      stage: fc.nat(),
      lane: fc.nat(),
      at: fc.tuple(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
      ),
      scale: fc.double({ min: 0.85, max: 1.15, noNaN: true }),
      square: fc.boolean(),
      /** Height over width of a rectangle sticky; never near a square sticky's 1.146. */
      ratio: fc.double({ min: 0.6, max: 1, noNaN: true }),
    }),
    { maxLength: 25 },
  ),
  outside: fc.array(
    fc.record({ dx: fc.integer({ min: 0, max: 4000 }), dy: fc.integer({ min: 0, max: 4000 }) }),
    { maxLength: 3 },
  ),
});

function starts(from: number, sizes: readonly number[]): number[] {
  let at = from;
  return sizes.map((size) => {
    const start = at;
    at += size;
    return start;
  });
}

/** A journey board and where each of its stickies was drawn. */
export const randomBoardArbitrary: fc.Arbitrary<RandomBoard> = spec.map((s) => {
  const { x: ox, y: oy } = s.origin;
  const lefts = starts(ox + LABEL_WIDTH + LABEL_GAP, s.widths);
  const tops = starts(oy + HEADER_HEIGHT + HEADER_GAP, s.heights);
  const gridRight = (lefts.at(-1) ?? 0) + (s.widths.at(-1) ?? 0);
  const gridBottom = (tops.at(-1) ?? 0) + (s.heights.at(-1) ?? 0);
  const byFrames = s.stagesBy === 'frames';
  // Equal insets keep the border halfway between neighbours on the column border. A lone stage
  // header spans its column: inference reads a lone header no wider than itself.
  const headerInset =
    s.widths.length === 1 || byFrames
      ? 0
      : s.inset +
        (s.headers === 'text' ? s.widths.reduce((least, width) => Math.min(least, width)) / 4 : 0);
  // Likewise a lone lane label spans its row: it reaches only half its size past itself.
  const labelInset =
    s.heights.length === 1
      ? 0
      : s.inset +
        (s.labels === 'text'
          ? s.heights.reduce((least, height) => Math.min(least, height)) / 2 - 20
          : 0);
  const items: BoardItem[] = [];
  const headerStickies = new Set<string>();
  s.widths.forEach((width, index) => {
    if (byFrames) {
      // Stage frames stand side by side from the top of the header space to the grid's bottom.
      const left = lefts[index] ?? 0;
      items.push(frame(`h${index}`, `Stage ${index}`, box(left, oy, width, gridBottom - oy)));
      return;
    }
    const left = (lefts[index] ?? 0) + headerInset;
    const at =
      s.headers === 'text'
        ? box(left, oy + 30, width - 2 * headerInset, 40)
        : box(left, oy, width - 2 * headerInset, HEADER_HEIGHT);
    const id = `h${index}`;
    if (s.headers === 'sticky') {
      items.push(headerSticky(id, `Stage ${index}`, at, HEADER_COLOUR));
      headerStickies.add(id);
      return;
    }
    const make = s.headers === 'shape' ? shape : textItem;
    items.push(make(id, `Stage ${index}`, at));
  });
  s.heights.forEach((height, index) => {
    const top = (tops[index] ?? 0) + labelInset;
    const id = `l${index}`;
    const at = box(ox, top, LABEL_WIDTH, height - 2 * labelInset);
    if (s.labels === 'sticky') {
      items.push(headerSticky(id, `Lane ${index}`, at, LABEL_COLOUR));
      headerStickies.add(id);
      return;
    }
    const make = s.labels === 'shape' ? shape : textItem;
    items.push(make(id, `Lane ${index}`, at));
  });
  const phaseOf = new Map<number, number>();
  {
    // Phase shapes in a row right above the stage headers or frames, as wide as the stages spanned.
    let first = 0;
    const runs: [number, number][] = [];
    for (const length of s.phases) {
      const last = Math.min(first + length, s.widths.length) - 1;
      if (last < first) break;
      runs.push([first, last]);
      first = last + 1;
    }
    // Only rows that are phases, over a grid with content: a lone wide shape over an empty grid
    // is its header row, as a title would be. Known gap: a phase row reaches over label stickies
    // left of the grid, so with fewer content stickies than those it outvotes the stage headers.
    const phases = runs.length >= 2 && runs.some(([from, to]) => to > from);
    const outvoted = s.labels === 'sticky' && s.stickies.length < s.heights.length;
    if (phases && s.stickies.length > 0 && !outvoted) {
      runs.forEach(([from, to], index) => {
        const left = (lefts[from] ?? 0) + headerInset;
        const right = (lefts[to] ?? 0) + (s.widths[to] ?? 0) - headerInset;
        items.push(shape(`p${index}`, `Phase ${index}`, box(left, oy - 100, right - left, 80)));
        for (let stage = from; stage <= to; stage++) phaseOf.set(stage, index);
      });
    }
  }
  if (s.framed) {
    items.push(
      frame(
        'grid',
        'Random journey',
        box(ox - 50, oy - 50, gridRight - ox + 50, gridBottom - oy + 50),
      ),
    );
  }
  const cellAt = (stage: number, lane: number): Box => {
    // Without a frame the last column and row end where their header and label end; stage
    // frames end the grid themselves.
    const lastStage = stage === s.widths.length - 1 && !s.framed;
    const lastLane = lane === s.heights.length - 1 && !s.framed && !byFrames;
    return box(
      lefts[stage] ?? 0,
      tops[lane] ?? 0,
      (s.widths[stage] ?? 0) - (lastStage ? headerInset : 0),
      (s.heights[lane] ?? 0) - (lastLane ? labelInset : 0),
    );
  };
  const grouped = cellAt(s.group.stage % s.widths.length, s.group.lane % s.heights.length);
  const depth = s.headers === 'sticky' ? 0 : s.group.depth;
  for (let level = 1; level <= depth; level++) {
    const inset = 20 * level;
    items.push(
      frame(
        `group${level}`,
        `Group ${level}`,
        box(
          grouped.left + inset,
          grouped.top + inset,
          grouped.width - 2 * inset,
          grouped.height - 2 * inset,
        ),
      ),
    );
  }
  // Frames in every stage of a one-lane grid would be its stage frames: one stage keeps none.
  const chainStage = depth > 0 ? s.group.stage % s.widths.length : undefined;
  const bareStage = chainStage === s.widths.length - 1 ? 0 : s.widths.length - 1;
  const groupedCells = new Set<string>();
  if (chainStage !== undefined)
    groupedCells.add(`${chainStage}/${s.group.lane % s.heights.length}`);
  s.cellGroups.forEach((group, index) => {
    const stage = group.stage % s.widths.length;
    const lane = group.lane % s.heights.length;
    const cell = `${stage}/${lane}`;
    const bare = s.heights.length === 1 && stage === bareStage;
    // Known gap: under header stickies, side-by-side cluster frames read as stage frames first.
    if (byFrames || s.headers === 'sticky' || groupedCells.has(cell) || bare) return;
    groupedCells.add(cell);
    const at = cellAt(stage, lane);
    const [fromX, fromY] = group.from;
    const [toX, toY] = group.to;
    items.push(
      frame(
        `cluster${index}`,
        `Cluster ${index}`,
        box(
          at.left + fromX * at.width,
          at.top + fromY * at.height,
          (toX - fromX) * at.width,
          (toY - fromY) * at.height,
        ),
      ),
    );
  });
  const cellOf = new Map<string, { stage: number; lane: number }>();
  s.stickies.forEach((drawn, index) => {
    const stage = drawn.stage % s.widths.length;
    const lane = drawn.lane % s.heights.length;
    const cell = cellAt(stage, lane);
    const width = Math.min(Math.round(s.stickySize * drawn.scale), cell.width - 2, cell.height - 2);
    const height = drawn.square ? width : Math.max(1, width * drawn.ratio);
    const left = cell.left + 1 + drawn.at[0] * (cell.width - 2 - width);
    const top = cell.top + 1 + drawn.at[1] * (cell.height - 2 - height);
    const id = `s${index}`;
    const reported = drawn.square
      ? {
          shape: 'square' as const,
          box: box(left, top - (width * 0.146) / 2, width, width * 1.146),
        }
      : { box: box(left, top, width, height) };
    items.push({ id, kind: 'sticky', text: `note ${index}`, ...reported });
    cellOf.set(id, { stage, lane });
  });
  const outside = new Set<string>();
  s.outside.forEach((far, index) => {
    const id = `far${index}`;
    items.push({
      id,
      kind: 'sticky',
      text: 'parking lot',
      box: box(gridRight + 3000 + far.dx, gridBottom + 3000 + far.dy, s.stickySize, s.stickySize),
    });
    outside.add(id);
  });
  const method = byFrames ? 'stage-frame' : 'grid';
  return { items, method, cellOf, outside, headerStickies, phaseOf };
});

/**
 * A rectangle sticky filling the box, kept off Miro's square ratio (1.146), which would make
 * inference read it as a square note smaller than drawn.
 */
function headerSticky(id: string, text: string, at: Box, color: string): BoardItem {
  // Narrowed, not shortened: a label's height sets its row's borders, its width nothing here.
  const nearSquare = Math.abs(at.height / at.width - 1.146) < 0.05;
  const width = nearSquare ? at.height / 1.25 : at.width;
  return { id, kind: 'sticky', text, color, shape: 'rectangle', box: { ...at, width } };
}
