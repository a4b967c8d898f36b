// Small builders for board items in tests, and a summary of an inference that reads like the board.
import type { BoardInference, BoardItem, Box } from './board-item';

export const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  width,
  height,
});

/** A box given by its centre, as Miro reports positions. */
export const centred = (x: number, y: number, width: number, height: number): Box =>
  box(x - width / 2, y - height / 2, width, height);

type StickyExtras = Partial<Pick<BoardItem, 'color' | 'shape' | 'parentId' | 'tags'>>;

/** A rectangle sticky centred on x, y (150 × 150 unless sized). */
export function sticky(
  id: string,
  text: string,
  x: number,
  y: number,
  extras: StickyExtras & { width?: number; height?: number } = {},
): BoardItem {
  const { width = 150, height = width, ...rest } = extras;
  return { id, kind: 'sticky', text, box: centred(x, y, width, height), ...rest };
}

/** A square sticky centred on x, y as Miro reports it: 1.146 × taller than wide. */
export function squareSticky(
  id: string,
  text: string,
  x: number,
  y: number,
  width = 199,
  extras: StickyExtras = {},
): BoardItem {
  return {
    id,
    kind: 'sticky',
    text,
    shape: 'square',
    box: centred(x, y, width, width * 1.146),
    ...extras,
  };
}

export const shape = (id: string, text: string, at: Box, parentId?: string): BoardItem => ({
  id,
  kind: 'shape',
  text,
  box: at,
  ...(parentId === undefined ? {} : { parentId }),
});

export const textItem = (id: string, text: string, at: Box, parentId?: string): BoardItem => ({
  id,
  kind: 'text',
  text,
  box: at,
  ...(parentId === undefined ? {} : { parentId }),
});

export const frame = (id: string, title: string, at: Box, parentId?: string): BoardItem => ({
  id,
  kind: 'frame',
  text: title,
  box: at,
  ...(parentId === undefined ? {} : { parentId }),
});

export interface InferenceView {
  title: string;
  stages: string[];
  /** "Name (kind)". */
  lanes: string[];
  /** Sticky id → "Stage × Lane". */
  cells: Record<string, string>;
  /** Sticky id → reason. */
  unplaced: Record<string, string>;
}

/** The inference as a person checks it: names instead of ids, each sticky by its board id. */
export function viewOf({ map }: BoardInference): InferenceView {
  const stageNames = new Map(map.stages.map((stage) => [stage.id, stage.name]));
  const laneNames = new Map(map.lanes.map((lane) => [lane.id, lane.name]));
  return {
    title: map.title,
    stages: map.stages.map((stage) => stage.name),
    lanes: map.lanes.map((lane) => `${lane.name} (${lane.kind})`),
    cells: Object.fromEntries(
      map.items.map((item) => [
        item.source?.itemId ?? item.id,
        `${stageNames.get(item.stageId)} × ${laneNames.get(item.laneId)}`,
      ]),
    ),
    unplaced: Object.fromEntries(map.unplaced.map((entry) => [entry.source.itemId, entry.reason])),
  };
}
