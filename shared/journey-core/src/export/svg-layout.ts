// The SVG picture's geometry: what each cell holds (cards, pain marks, "+N more") and how tall it is.
import type { JourneyMap, Lane, MapItem, PainPoint } from '../model/journey-map';
import { cellKey, itemsByCell } from '../model/map-cells';
import { drawableText, type TextStyle, wrapText } from './svg-text';

/** Sizes in pixels at 100 %; no text is set below 12 px. */
export const SIZE = {
  pad: 32,
  column: 220,
  labelColumn: 172,
  cellPad: 10,
  cardPadX: 10,
  cardPadY: 8,
  cardGap: 8,
  cardLine: 17,
  cardMaxLines: 4,
  cardsPerCell: 4,
  badge: 20,
  badgesPerHolder: 3,
  more: 20,
  minRow: 64,
  emotionBand: 120,
  phaseRow: 34,
  stageLine: 19,
  stageMaxLines: 2,
  laneLine: 18,
  laneMaxLines: 3,
  note: 18,
} as const;

export const STYLE = {
  title: { size: 24, bold: true },
  subtitle: { size: 14 },
  phase: { size: 13, bold: true },
  stage: { size: 15, bold: true },
  lane: { size: 14, bold: true },
  kind: { size: 12 },
  card: { size: 13 },
  badge: { size: 12, bold: true },
  small: { size: 12 },
  note: { size: 13 },
} as const satisfies Record<string, TextStyle>;

export const CARD_WIDTH = SIZE.column - 2 * SIZE.cellPad;
const CARD_TEXT_WIDTH = CARD_WIDTH - 2 * SIZE.cardPadX;

/** A pain point's mark: its number in the map's list and its severity, or "unscored". */
export interface PainMark {
  label: string;
}

export interface CardLayout {
  lines: string[];
  gone: boolean;
  marks: PainMark[];
  /** Marks left out for room. */
  moreMarks: number;
  height: number;
}

export interface CellLayout {
  cards: CardLayout[];
  /** Items left out for room: drawn as "+N more". */
  moreCards: number;
  /** Pain points of this stage that have no card on the picture. */
  marks: PainMark[];
  moreMarks: number;
  height: number;
}

const UNSCORED = 'unscored';

export function painLabel(pain: PainPoint, index: number): string {
  const score = pain.severity === undefined ? UNSCORED : `severity ${pain.severity}/5`;
  return `P${index + 1} · ${score}`;
}

/** A number as the picture writes it: at most two decimals, never `-0` or an exponent. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? '0' : String(rounded);
}

/** An emotion score with its sign: "+0.3", "-0.8", "0". */
export function signed(score: number): string {
  const text = num(score);
  return score > 0 && text !== '0' ? `+${text}` : text;
}

function cardText(item: MapItem, lane: Lane): string {
  const text = drawableText(item.text).trim();
  const shown = text === '' ? '(no text)' : text;
  return lane.kind === 'emotions' && item.emotion !== undefined
    ? `${shown} (${signed(item.emotion)})`
    : shown;
}

function marksHeight(count: number, more: number): number {
  return (count + (more > 0 ? 1 : 0)) * (SIZE.badge + 4);
}

function cardLayout(item: MapItem, lane: Lane, marks: PainMark[]): CardLayout {
  const { lines } = wrapText(cardText(item, lane), CARD_TEXT_WIDTH, STYLE.card, SIZE.cardMaxLines);
  const gone = item.removedAtSource === true;
  const shown = marks.slice(0, SIZE.badgesPerHolder);
  const moreMarks = marks.length - shown.length;
  const height =
    2 * SIZE.cardPadY +
    lines.length * SIZE.cardLine +
    (gone ? SIZE.cardLine : 0) +
    (shown.length > 0 ? 4 + marksHeight(shown.length, moreMarks) : 0);
  return { lines, gone, marks: shown, moreMarks, height };
}

/** The lane a pain point without a card is marked in: the first pain-points lane, else the first. */
function painLaneId(map: JourneyMap): string | undefined {
  return (map.lanes.find((lane) => lane.kind === 'pain-points') ?? map.lanes[0])?.id;
}

/** Every non-empty cell's layout, by `cellKey`; linear in items and pain points. */
export function layoutCells(map: JourneyMap): Map<string, CellLayout> {
  const stageIds = new Set(map.stages.map((stage) => stage.id));
  const lanes = new Map(map.lanes.map((lane) => [lane.id, lane]));
  const cells = itemsByCell(
    map.items.filter((item) => stageIds.has(item.stageId) && lanes.has(item.laneId)),
  );
  const drawn = new Set<string>();
  for (const items of cells.values()) {
    for (const item of items.slice(0, SIZE.cardsPerCell)) drawn.add(item.id);
  }
  const marksOfItem = new Map<string, PainMark[]>();
  const loose = new Map<string, PainMark[]>();
  const looseLane = painLaneId(map);
  const push = (table: Map<string, PainMark[]>, key: string, mark: PainMark) => {
    const list = table.get(key);
    if (list) list.push(mark);
    else table.set(key, [mark]);
  };
  for (const [index, pain] of map.painPoints.entries()) {
    const mark = { label: painLabel(pain, index) };
    if (pain.itemId !== undefined && drawn.has(pain.itemId)) push(marksOfItem, pain.itemId, mark);
    else if (stageIds.has(pain.stageId) && looseLane !== undefined) {
      push(loose, cellKey(pain.stageId, looseLane), mark);
    }
  }

  const layouts = new Map<string, CellLayout>();
  const keys = new Set([...cells.keys(), ...loose.keys()]);
  for (const key of keys) {
    const items = cells.get(key) ?? [];
    const cards = items.slice(0, SIZE.cardsPerCell).flatMap((item) => {
      const lane = lanes.get(item.laneId);
      return lane ? [cardLayout(item, lane, marksOfItem.get(item.id) ?? [])] : [];
    });
    const moreCards = items.length - cards.length;
    const allMarks = loose.get(key) ?? [];
    const marks = allMarks.slice(0, SIZE.badgesPerHolder);
    const moreMarks = allMarks.length - marks.length;
    const content =
      cards.reduce((sum, card) => sum + card.height + SIZE.cardGap, 0) +
      (moreCards > 0 ? SIZE.more : 0) +
      (marks.length > 0 ? marksHeight(marks.length, moreMarks) : 0);
    layouts.set(key, { cards, moreCards, marks, moreMarks, height: content + 2 * SIZE.cellPad });
  }
  return layouts;
}

/** The mean emotion score of each stage's items in `lane`, skipping stages with no score. */
export function emotionMeans(map: JourneyMap, lane: Lane): Map<string, number> {
  const sums = new Map<string, { total: number; count: number }>();
  for (const item of map.items) {
    if (item.laneId !== lane.id || item.emotion === undefined) continue;
    const sum = sums.get(item.stageId) ?? { total: 0, count: 0 };
    sum.total += item.emotion;
    sum.count += 1;
    sums.set(item.stageId, sum);
  }
  return new Map([...sums].map(([stageId, { total, count }]) => [stageId, total / count]));
}

/** Lines of `text` wrapped in `width`, with a fallback for a blank name. */
export function wrappedName(
  text: string,
  width: number,
  style: TextStyle,
  maxLines: number,
): string[] {
  const drawable = drawableText(text).trim();
  return wrapText(drawable === '' ? '(no name)' : drawable, width, style, maxLines).lines;
}

/** One line that fits `width`: the text, cut with an ellipsis when too long. */
export function oneLine(text: string, width: number, style: TextStyle): string {
  const [line = ''] = wrapText(drawableText(text).replaceAll('\n', ' '), width, style, 1).lines;
  return line.trimEnd();
}
