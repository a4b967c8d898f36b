// What inference reads: board content normalized by a platform adapter (Miro REST or Web SDK),
// in board-absolute coordinates, with plain text. No platform type crosses into the core.
import { z } from 'zod';
import type { JourneyMap, Placement } from '../model/journey-map';
import { LaneKind as LaneKindSchema } from '../model/journey-map';

export const BoardItemKind = z.enum([
  /** Content to place: every one ends up in a cell or in `unplaced`. */
  'sticky',
  /** Header candidates: stage headers along the top, lane labels down the left. */
  'shape',
  'text',
  /** A stage (one frame per stage) or the area of the whole grid. */
  'frame',
  /** Anything else (images, connectors, cards…): ignored by inference. */
  'other',
]);
export type BoardItemKind = z.infer<typeof BoardItemKind>;

/** An axis-aligned box in board coordinates: `left`/`top` is the top-left corner. */
export const Box = z.object({
  left: z.number().finite(),
  top: z.number().finite(),
  width: z.number().finite().nonnegative(),
  height: z.number().finite().nonnegative(),
});
export type Box = z.infer<typeof Box>;

export const BoardItem = z.object({
  id: z.string().min(1),
  kind: BoardItemKind,
  /** Board-absolute, as reported by the platform (a square sticky's height included as reported). */
  box: Box,
  /** Plain text: HTML already stripped and entities decoded by the adapter. Frames: the title. */
  text: z.string(),
  /** Sticky fill colour as the platform names it (`light_yellow`, `#ffd02f`…), lower-cased. */
  color: z.string().optional(),
  /** Sticky shape: Miro reports a square sticky's height as ~1.146 × its width. */
  shape: z.enum(['square', 'rectangle']).optional(),
  /** Tag titles on the item, lower-cased. */
  tags: z.array(z.string()).optional(),
  /** The frame this item is a child of, if any (its box is already board-absolute). */
  parentId: z.string().optional(),
  /**
   * Degrees clockwise, as the platform reports it; `box` is already the rotated item's upright
   * bounds. A text turned 90° or 270° is a vertical lane label.
   */
  rotation: z.number().finite().optional(),
  /** The platform's own type for an item of kind `other` (`connector`, `image`, `card`…). */
  platformType: z.string().min(1).optional(),
});
export type BoardItem = z.infer<typeof BoardItem>;

/** A user's colour legend: "pink stickies are pain points". */
export const ColourLegendEntry = z.object({
  color: z.string().min(1),
  kind: LaneKindSchema,
  /** The lane's name when lanes are made from the legend (no lane labels on the board). */
  label: z.string().optional(),
});
export type ColourLegendEntry = z.infer<typeof ColourLegendEntry>;
export const ColourLegend = z.array(ColourLegendEntry);
export type ColourLegend = z.infer<typeof ColourLegend>;

export interface InferOptions {
  /** The board the items came from; every source in the map names it. */
  boardId: string;
  /** The map's id; default `miro-<boardId>` made safe. */
  mapId?: string;
  /** The map's title; default the title of the frame around the grid, else "Untitled journey". */
  title?: string;
  legend?: ColourLegend;
}

/** What a grid's stage headers or lane labels were read from. */
export type HeaderSource = 'stickies' | 'shapes' | 'text' | 'frames' | 'legend';

/** Where the stages or lanes came from, and why, said for a person. */
export interface HeaderChoice {
  from: HeaderSource;
  /** The board items naming them, in map order; none for lanes from the legend. */
  itemIds: string[];
  why: string;
}

export interface InferenceSummary {
  stickies: number;
  placed: number;
  /** Placed with a confidence below `UNSURE_BELOW`. */
  unsure: number;
  unplaced: number;
  /** Absent parts were not found: no stages means every sticky is `no-stage`. */
  headers: { stages?: HeaderChoice; lanes?: HeaderChoice; phases?: HeaderChoice };
  /** Items inference does not read (connectors, images, cards…), by platform type. */
  ignored: Record<string, number>;
}

export interface BoardInference {
  map: JourneyMap;
  summary: InferenceSummary;
}

/** Placements below this confidence are shown to the user as unsure. */
export const UNSURE_BELOW = 0.75;

/** Whether inference doubted this item's cell; a cell a person chose carries no placement. */
export function isUnsurePlacement(item: { placement?: Placement | undefined }): boolean {
  return item.placement !== undefined && item.placement.confidence < UNSURE_BELOW;
}
