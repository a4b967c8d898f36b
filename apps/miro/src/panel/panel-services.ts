// What the panel needs from the board and the browser, in one interface: the actions call only
// this, so they run against the real `miro` global, the fake one, or a stub in a unit test.
import type { BoardItem, BoardPlan, JourneyMap } from '@throughline/journey-core';
import type { ReviewData } from './review-channel';

/** What to read: the whole board, one frame (and what lies in it), or given items. */
export type ReadScope =
  | { kind: 'board' }
  | { kind: 'frame'; frameId: string }
  | { kind: 'items'; itemIds: string[] };

export interface ScopeRead {
  items: BoardItem[];
  /** The frame's title when one frame was read. */
  title?: string;
  /** Assumptions the reader made (a missing parent, a deleted selected item…), one line each. */
  warnings: string[];
}

export interface DrawOptions {
  /** The map the plan was laid out from: each drawn sticky is linked to it. */
  mapId: string;
  onProgress: (done: number, total: number) => void;
  signal: AbortSignal;
}

/** How a drawing ended; the writer never throws for a failed write, it reports. */
export interface DrawResult {
  status: 'complete' | 'aborted' | 'failed';
  /** The frame around the drawing, when it was made. */
  frameId: string | null;
  /** One line for a person: what was drawn, what was not, and why. */
  message: string;
}

export interface Point {
  x: number;
  y: number;
}

export interface PanelServices {
  boardId(): Promise<string>;
  /** Ids of the items selected on the board now. */
  selectionIds(): Promise<string[]>;
  readBoard(scope: ReadScope): Promise<ScopeRead>;
  loadMap(): Promise<JourneyMap | null>;
  saveMap(map: JourneyMap): Promise<void>;
  /** The top-left corner of an empty area of this size near what the user is looking at. */
  freeSpot(size: { width: number; height: number }): Promise<Point>;
  drawPlan(plan: BoardPlan, options: DrawOptions): Promise<DrawResult>;
  /** Moves the user's view to an item (the drawn frame); best effort. */
  showItem(itemId: string): Promise<void>;
  download(fileName: string, text: string, mimeType: string): void;
  /** Whether a modal can open now (Miro shows one at a time). */
  canOpenReview(): Promise<boolean>;
  /** Opens the larger view in a Miro modal; resolves with its result once it is closed. */
  openReview(data: ReviewData): Promise<unknown>;
  /** The larger view keeps its latest map under its session, for a close with no result. */
  keepReviewDraft(session: string, map: JourneyMap): Promise<void>;
  /** Reads a session's draft and removes it; undefined when it kept none. */
  takeReviewDraft(session: string): Promise<unknown>;
}
