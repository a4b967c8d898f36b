// The panel's state in one small store: the current map, the selection, the legend and the status.
import type {
  ColourLegend,
  InferenceSummary,
  JourneyMap,
  MergeReport,
} from '@throughline/journey-core';
import type { PanelError } from './panel-error';

/** What a conversion reads: the user's selection, one frame, or the whole board. */
export type ScopeChoice =
  | { kind: 'selection' }
  | { kind: 'frame'; frameId: string }
  | { kind: 'board' };

export interface FrameChoice {
  id: string;
  title: string;
}

/** The card or unplaced sticky a person picked to move (the keyboard path of drag and drop). */
export type Selection = { kind: 'item'; itemId: string } | { kind: 'unplaced'; index: number };

export type Status =
  | { kind: 'idle' }
  | { kind: 'loading'; message: string }
  | { kind: 'empty'; message: string }
  | { kind: 'error'; error: PanelError }
  | { kind: 'success'; message: string };

export interface DrawProgress {
  done: number;
  total: number;
  /** False once the writer finished, failed or was cancelled: the bar stays to show how far it got. */
  running: boolean;
}

export interface PanelState {
  boardId: string | null;
  frames: FrameChoice[];
  /** Sticky colours seen on the board, offered in the legend editor. */
  boardColours: string[];
  scope: ScopeChoice;
  map: JourneyMap | null;
  /** The last inference's counts, for the stickies it read. */
  summary: InferenceSummary | null;
  /** What the last re-convert changed, until the next one. */
  lastMerge: MergeReport | null;
  /** True when the map differs from the one saved on the board. */
  dirty: boolean;
  selection: Selection | null;
  legend: ColourLegend;
  status: Status;
  /** The current or last drawing onto the board. */
  drawing: DrawProgress | null;
}

export function initialState(): PanelState {
  return {
    boardId: null,
    frames: [],
    boardColours: [],
    scope: { kind: 'selection' },
    map: null,
    summary: null,
    lastMerge: null,
    dirty: false,
    selection: null,
    legend: [],
    status: { kind: 'idle' },
    drawing: null,
  };
}

export type Listener = (state: PanelState) => void;

export interface PanelStore {
  get(): PanelState;
  /** Shallow-merges `change` and tells every listener once. */
  set(change: Partial<PanelState>): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: PanelState = initialState()): PanelStore {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(change) {
      state = { ...state, ...change };
      for (const listener of listeners) listener(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
