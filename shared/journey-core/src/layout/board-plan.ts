// A drawing plan: where each part of a map goes on a board. Pure data; the Miro writer executes it.
import type { Box } from '../infer/board-item';
import type { LaneKind } from '../model/journey-map';

export interface PlannedFrame {
  title: string;
  box: Box;
}

export interface PlannedHeader {
  /** The phase, stage or lane this header names. */
  refId: string;
  /** A phase header spans its stages' columns, in a row above the stage headers. */
  role: 'phase' | 'stage' | 'lane';
  text: string;
  box: Box;
  /** Lane labels carry their lane's kind so the writer can colour them. */
  kind?: LaneKind;
}

export interface PlannedSticky {
  /** The map item drawn; the writer stores it in the sticky's metadata. */
  itemId: string;
  text: string;
  /** A square sticky's visible square; the writer sets its width only. */
  box: Box;
  kind: LaneKind;
}

export interface BoardPlan {
  /** The frame around the whole grid; every header and sticky lies inside it. */
  frame: PlannedFrame;
  headers: PlannedHeader[];
  stickies: PlannedSticky[];
  /** Items whose stage or lane the map does not have: not drawn, listed so none goes unnoticed. */
  skipped: string[];
  /** Every item the writer creates: one frame, the headers, the stickies. */
  total: number;
}

export interface LayoutOptions {
  /** The top-left corner of the frame on the board; default 0,0. */
  origin?: { x: number; y: number };
}
