// A map as an SVG picture: phases, stages × lanes of cards, the emotion curve and pain point marks.
import type { JourneyMap, Lane, PainPoint, Stage } from '../model/journey-map';
import { cellKey } from '../model/map-cells';
import {
  CARD_WIDTH,
  type CardLayout,
  type CellLayout,
  emotionMeans,
  layoutCells,
  num,
  oneLine,
  type PainMark,
  SIZE,
  STYLE,
  signed,
  wrappedName,
} from './svg-layout';
import {
  BACKGROUND,
  HEADER_FILL,
  INK,
  LANE_PALETTE,
  MUTED,
  PAIN,
  PHASE_FILL,
  RULE,
  STRIPE,
} from './svg-palette';
import { textWidth, xmlText } from './svg-text';

const FONTS =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Noto Sans CJK JP", sans-serif';

// Only constant text goes in here: user text is always element content, escaped by `xmlText`.
const CSS = [
  `text{font-family:${FONTS};fill:${INK}}`,
  '.title{font-size:24px;font-weight:700}',
  `.sub{font-size:14px;fill:${MUTED}}`,
  '.phase{font-size:13px;font-weight:700}',
  '.stage{font-size:15px;font-weight:700}',
  '.lane{font-size:14px;font-weight:700}',
  `.kind,.more{font-size:12px;fill:${MUTED}}`,
  '.card{font-size:13px}',
  `.gone{font-size:12px;font-style:italic;fill:${MUTED}}`,
  `.badge{font-size:12px;font-weight:700;fill:${BACKGROUND}}`,
  '.score{font-size:12px;font-weight:700}',
  '.note{font-size:13px}',
  '.note-head{font-size:14px;font-weight:700}',
].join('');

const GONE = 'gone from the board';
const MIN_WIDTH = 720;
const TITLE_LINE = 30;
const SUB_LINE = 20;
/** The footer lists at most this many pain points; the Markdown export lists them all. */
const FOOTER_PAINS = 30;

type Attrs = Readonly<Record<string, string | number>>;

/** `parts` added to `target` one by one: a spread into `push` overflows the stack on a long map. */
function append(target: string[], parts: readonly string[]): void {
  for (const part of parts) target.push(part);
}

/** One element's attributes: numbers fixed to two decimals; values are constants, never user text. */
function attrs(values: Attrs): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : value}"`)
    .join('');
}

function rect(values: Attrs): string {
  return `<rect${attrs(values)}/>`;
}

/** Lines of user text as one `<text>`: each line a `<tspan>`, so the element reads as the text. */
function textBlock(
  lines: readonly string[],
  x: number,
  baseline: number,
  lineHeight: number,
  className: string,
  extra: Attrs = {},
): string {
  const open = `<text${attrs({ class: className, x, y: baseline, ...extra })}>`;
  if (lines.length === 1) return `${open}${xmlText(lines[0] ?? '')}</text>`;
  const spans = lines.map(
    (line, index) =>
      `<tspan${attrs({ x, y: baseline + index * lineHeight })}>${xmlText(line)}</tspan>`,
  );
  return `${open}${spans.join('')}</text>`;
}

interface Grid {
  left: number;
  /** The x of stage column `index`. */
  column(index: number): number;
  right: number;
}

function phaseRow(map: JourneyMap, grid: Grid, top: number): string[] {
  const phaseOf = new Map<string, JourneyMap['phases'][number]>();
  for (const phase of map.phases) {
    for (const stageId of phase.stageIds) if (!phaseOf.has(stageId)) phaseOf.set(stageId, phase);
  }
  // A phase is drawn once per run of consecutive stages it holds.
  const runs: { phase: JourneyMap['phases'][number]; first: number; last: number }[] = [];
  for (const [index, stage] of map.stages.entries()) {
    const phase = phaseOf.get(stage.id);
    const run = runs.at(-1);
    if (phase === undefined) continue;
    if (run && run.phase === phase && run.last === index - 1) run.last = index;
    else runs.push({ phase, first: index, last: index });
  }
  return runs.flatMap(({ phase, first, last }) => {
    const x = grid.column(first) + 4;
    const width = grid.column(last) + SIZE.column - 4 - x;
    const name = oneLine(phase.name, width - 16, STYLE.phase);
    return [
      rect({
        x,
        y: top + 4,
        width,
        height: SIZE.phaseRow - 8,
        rx: 8,
        fill: PHASE_FILL,
        ...(phase.removedAtSource ? { stroke: MUTED, 'stroke-dasharray': '4 3' } : {}),
      }),
      textBlock([name], x + width / 2, top + 22, 0, 'phase', { 'text-anchor': 'middle' }),
    ];
  });
}

function stageNameLines(stage: Stage): string[] {
  return wrappedName(stage.name, SIZE.column - 28, STYLE.stage, SIZE.stageMaxLines);
}

function stageRowHeight(map: JourneyMap): number {
  let height = 0;
  for (const stage of map.stages) {
    const lines = stageNameLines(stage).length + (stage.removedAtSource ? 1 : 0);
    height = Math.max(height, 20 + lines * SIZE.stageLine);
  }
  return height;
}

function stageRow(map: JourneyMap, grid: Grid, top: number, height: number): string[] {
  return map.stages.flatMap((stage, index) => {
    const x = grid.column(index);
    const lines = stageNameLines(stage);
    const centre = x + SIZE.column / 2;
    const middle = { 'text-anchor': 'middle' };
    return [
      rect({
        x: x + 4,
        y: top + 4,
        width: SIZE.column - 8,
        height: height - 8,
        rx: 8,
        fill: HEADER_FILL,
      }),
      textBlock(lines, centre, top + 25, SIZE.stageLine, 'stage', middle),
      ...(stage.removedAtSource
        ? [textBlock([GONE], centre, top + 25 + lines.length * SIZE.stageLine, 0, 'gone', middle)]
        : []),
    ];
  });
}

function laneLabelWidth(lane: Lane): number {
  // An emotions lane keeps room on the right of its label for the curve's scale.
  return SIZE.labelColumn - (lane.kind === 'emotions' ? 56 : 28);
}

function laneLabelLines(lane: Lane): string[] {
  return wrappedName(lane.name, laneLabelWidth(lane), STYLE.lane, SIZE.laneMaxLines);
}

function laneLabelHeight(lane: Lane): number {
  return 26 + laneLabelLines(lane).length * SIZE.laneLine + (lane.removedAtSource ? 32 : 16);
}

function laneLabel(lane: Lane, grid: Grid, top: number, height: number): string[] {
  const palette = LANE_PALETTE[lane.kind];
  const lines = laneLabelLines(lane);
  const x = grid.left + 16;
  const below = top + 28 + lines.length * SIZE.laneLine;
  return [
    rect({
      x: grid.left,
      y: top + 4,
      width: SIZE.labelColumn - 8,
      height: height - 8,
      rx: 8,
      fill: palette.tint,
    }),
    rect({ x: grid.left, y: top + 4, width: 4, height: height - 8, rx: 2, fill: palette.accent }),
    textBlock(lines, x, top + 28, SIZE.laneLine, 'lane'),
    textBlock([lane.kind], x, below - 2, 0, 'kind'),
    ...(lane.removedAtSource ? [textBlock([GONE], x, below + 14, 0, 'gone')] : []),
  ];
}

/** Pain marks from `top` down: one badge each, then "+N more pain points". */
function badges(marks: readonly PainMark[], more: number, x: number, top: number): string[] {
  const drawn = marks.flatMap((mark, index) => {
    const y = top + index * (SIZE.badge + 4);
    const width = textWidth(mark.label, STYLE.badge) + 14;
    return [
      rect({ x, y, width, height: SIZE.badge, rx: 4, fill: PAIN }),
      textBlock([mark.label], x + 7, y + 14, 0, 'badge'),
    ];
  });
  if (more === 0) return drawn;
  const y = top + marks.length * (SIZE.badge + 4) + 14;
  return [...drawn, textBlock([`+${more} more pain points`], x, y, 0, 'more')];
}

function card(layout: CardLayout, lane: Lane, x: number, top: number): string[] {
  const palette = LANE_PALETTE[lane.kind];
  const textX = x + SIZE.cardPadX;
  const baseline = top + SIZE.cardPadY + 13;
  const afterText = top + SIZE.cardPadY + layout.lines.length * SIZE.cardLine;
  const marksTop = afterText + (layout.gone ? SIZE.cardLine : 0) + 4;
  return [
    rect({
      x,
      y: top,
      width: CARD_WIDTH,
      height: layout.height,
      rx: 6,
      fill: palette.fill,
      stroke: palette.accent,
      'stroke-opacity': 0.45,
      ...(layout.gone ? { 'stroke-dasharray': '4 3' } : {}),
    }),
    textBlock(layout.lines, textX, baseline, SIZE.cardLine, 'card'),
    ...(layout.gone ? [textBlock([GONE], textX, afterText + 13, 0, 'gone')] : []),
    ...badges(layout.marks, layout.moreMarks, textX, marksTop),
  ];
}

function cell(layout: CellLayout, lane: Lane, x: number, top: number): string[] {
  const parts: string[] = [];
  let y = top + SIZE.cellPad;
  const cardX = x + SIZE.cellPad;
  for (const cardLayout of layout.cards) {
    append(parts, card(cardLayout, lane, cardX, y));
    y += cardLayout.height + SIZE.cardGap;
  }
  if (layout.moreCards > 0) {
    parts.push(textBlock([`+${layout.moreCards} more`], cardX + 2, y + 12, 0, 'more'));
    y += SIZE.more;
  }
  append(parts, badges(layout.marks, layout.moreMarks, cardX, y));
  return parts;
}

/** The curve of an emotions lane: the mean score of each stage that has one, from -1 to +1. */
function emotionCurve(
  map: JourneyMap,
  lane: Lane,
  means: ReadonlyMap<string, number>,
  grid: Grid,
  top: number,
): string[] {
  const palette = LANE_PALETTE[lane.kind];
  const bandTop = top + 22;
  const bandHeight = SIZE.emotionBand - 44;
  const yOf = (score: number) => bandTop + ((1 - score) / 2) * bandHeight;
  const scaleX = grid.left + SIZE.labelColumn - 16;
  const parts = [
    `<line${attrs({ x1: grid.column(0), y1: yOf(0), x2: grid.right, y2: yOf(0), stroke: RULE, 'stroke-width': 1.5, 'stroke-dasharray': '6 4' })}/>`,
    ...(
      [
        [1, '+1'],
        [0, '0'],
        [-1, '-1'],
      ] as const
    ).map(([score, label]) =>
      textBlock([label], scaleX, yOf(score) + 4, 0, 'kind', { 'text-anchor': 'end' }),
    ),
  ];
  const points = map.stages.flatMap((stage, index) => {
    const mean = means.get(stage.id);
    return mean === undefined ? [] : [{ x: grid.column(index) + SIZE.column / 2, mean }];
  });
  if (points.length > 1) {
    const path = points.map((point) => `${num(point.x)},${num(yOf(point.mean))}`).join(' ');
    parts.push(
      `<polyline${attrs({ points: path, fill: 'none', stroke: palette.accent, 'stroke-width': 2.5, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' })}/>`,
    );
  }
  for (const point of points) {
    const y = yOf(point.mean);
    parts.push(
      `<circle${attrs({ cx: point.x, cy: y, r: 5, fill: palette.accent, stroke: BACKGROUND, 'stroke-width': 2 })}/>`,
      textBlock([signed(point.mean)], point.x + 9, point.mean > 0.5 ? y + 16 : y - 8, 0, 'score'),
    );
  }
  return parts;
}

function painLine(pain: PainPoint, index: number, stageName: string): string {
  const { severity, reach } = pain;
  const score =
    severity === undefined && reach === undefined
      ? 'unscored'
      : [
          `severity ${severity === undefined ? 'unscored' : `${severity}/5`}`,
          `reach ${reach === undefined ? 'unscored' : `${Math.round(reach * 100)} %`}`,
        ].join(', ');
  const gone = pain.removedAtSource ? ` · ${GONE}` : '';
  return `P${index + 1}  ${pain.title} (${stageName}): ${score} · ${pain.status}${gone}`;
}

function footer(map: JourneyMap, curve: boolean, left: number, width: number, top: number) {
  const parts: string[] = [];
  let y = top;
  const line = (text: string, className = 'note') => {
    const style = className === 'note-head' ? STYLE.lane : STYLE.note;
    parts.push(textBlock([oneLine(text, width, style)], left, y + 13, 0, className));
    y += SIZE.note + (className === 'note-head' ? 4 : 0);
  };
  const legend = [
    ...(curve ? ['The curve is the mean emotion score of each stage, from -1 to +1.'] : []),
    ...(map.painPoints.length > 0
      ? ['Red marks (P1, P2…) are pain points: on the sticky they came from, else in their stage.']
      : []),
  ];
  for (const sentence of legend) line(sentence);
  if (legend.length > 0) y += 10;
  if (map.painPoints.length > 0) {
    const stageNames = new Map(map.stages.map((stage) => [stage.id, stage.name]));
    line('Pain points', 'note-head');
    for (const [index, pain] of map.painPoints.slice(0, FOOTER_PAINS).entries()) {
      line(painLine(pain, index, stageNames.get(pain.stageId) ?? pain.stageId));
    }
    const more = map.painPoints.length - FOOTER_PAINS;
    if (more > 0) line(`+${more} more pain points: the Markdown export lists them all.`);
    y += 10;
  }
  const unplaced = map.unplaced.length;
  if (unplaced > 0) {
    const one = unplaced === 1;
    line(
      `${unplaced} ${one ? 'sticky' : 'stickies'} found no cell and ${one ? 'is' : 'are'} not drawn: the JSON and Markdown exports list ${one ? 'it' : 'them'}.`,
    );
  }
  return { parts, bottom: y };
}

/** Phases, stages and lanes with their cells, from `top` down; the lane rows as tall as they need. */
function drawGrid(
  map: JourneyMap,
  top: number,
): { parts: string[]; bottom: number; curve: boolean } {
  const { pad } = SIZE;
  const gridWidth = SIZE.labelColumn + map.stages.length * SIZE.column;
  let y = top;
  let curve = false;
  const grid: Grid = {
    left: pad,
    column: (index) => pad + SIZE.labelColumn + index * SIZE.column,
    right: pad + gridWidth,
  };
  const gridTop = y;
  const rules: string[] = [];
  const content: string[] = [];
  if (map.phases.length > 0) {
    append(content, phaseRow(map, grid, y));
    y += SIZE.phaseRow;
  }
  const stageHeight = stageRowHeight(map);
  append(content, stageRow(map, grid, y, stageHeight));
  y += stageHeight;
  const cells = layoutCells(map);
  for (const [laneIndex, lane] of map.lanes.entries()) {
    // An emotions lane without a single score has no curve, and no room is kept for one.
    const means = lane.kind === 'emotions' ? emotionMeans(map, lane) : new Map<string, number>();
    const band = means.size > 0 ? SIZE.emotionBand : 0;
    let height = Math.max(SIZE.minRow, laneLabelHeight(lane), band + 2 * SIZE.cellPad);
    for (const stage of map.stages) {
      const layout = cells.get(cellKey(stage.id, lane.id));
      if (layout) height = Math.max(height, band + layout.height);
    }
    if (laneIndex % 2 === 1) {
      rules.push(
        rect({
          x: grid.column(0),
          y,
          width: grid.right - grid.column(0),
          height,
          fill: STRIPE,
        }),
      );
    }
    rules.push(`<line${attrs({ x1: grid.left, y1: y, x2: grid.right, y2: y, stroke: RULE })}/>`);
    append(content, laneLabel(lane, grid, y, height));
    if (band > 0) {
      append(content, emotionCurve(map, lane, means, grid, y));
      curve = true;
    }
    for (const [stageIndex, stage] of map.stages.entries()) {
      const layout = cells.get(cellKey(stage.id, lane.id));
      if (layout) append(content, cell(layout, lane, grid.column(stageIndex), y + band));
    }
    y += height;
  }
  rules.push(`<line${attrs({ x1: grid.left, y1: y, x2: grid.right, y2: y, stroke: RULE })}/>`);
  for (let index = 0; index <= map.stages.length; index += 1) {
    const x = grid.column(index);
    rules.push(`<line${attrs({ x1: x, y1: gridTop, x2: x, y2: y, stroke: RULE })}/>`);
  }
  return { parts: [...rules, ...content], bottom: y, curve };
}

/**
 * The map as a standalone SVG document. Pure and deterministic (the same map gives the same
 * bytes); every piece of user text is element content escaped by `xmlText`, so no name can add
 * markup, script, links or external references. Width and height follow the content: one fixed
 * column per stage, each lane row as tall as its fullest cell.
 */
export function toSvg(map: JourneyMap): string {
  const { pad } = SIZE;
  const hasGrid = map.stages.length > 0 && map.lanes.length > 0;
  const gridWidth = SIZE.labelColumn + map.stages.length * SIZE.column;
  const width = hasGrid ? Math.max(MIN_WIDTH, 2 * pad + gridWidth) : MIN_WIDTH;
  const inner = width - 2 * pad;
  const body: string[] = [];

  const titleLines = wrappedName(map.title, inner, STYLE.title, 2);
  body.push(textBlock(titleLines, pad, pad + 24, TITLE_LINE, 'title'));
  let y = pad + titleLines.length * TITLE_LINE;
  const about = [
    map.persona?.trim() ? `Persona: ${map.persona}` : undefined,
    map.goal?.trim() ? `Goal: ${map.goal}` : undefined,
  ].filter((part) => part !== undefined);
  if (about.length > 0) {
    const lines = wrappedName(about.join(' · '), inner, STYLE.subtitle, 2);
    body.push(textBlock(lines, pad, y + 14, SUB_LINE, 'sub'));
    y += lines.length * SUB_LINE;
  }
  y += 20;

  let curve = false;
  if (!hasGrid) {
    const missing = map.stages.length === 0 ? 'stages' : 'lanes';
    body.push(
      textBlock(
        [`This map has no ${missing} yet: there is no grid to draw.`],
        pad,
        y + 14,
        0,
        'sub',
      ),
    );
    y += SUB_LINE + 20;
  } else {
    const grid = drawGrid(map, y);
    append(body, grid.parts);
    curve = grid.curve;
    y = grid.bottom + 24;
  }

  const notes = footer(map, curve, pad, inner, y);
  append(body, notes.parts);
  const height = notes.bottom + pad;
  const size = { width, height };
  return [
    `<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', ...size, viewBox: `0 0 ${num(width)} ${num(height)}`, role: 'img', 'aria-labelledby': 'map-title' })}>`,
    `<title id="map-title">${xmlText(map.title)}</title>`,
    `<style>${CSS}</style>`,
    rect({ ...size, fill: BACKGROUND }),
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
