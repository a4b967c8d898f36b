// An in-memory Miro board: items, tags, app data, storage and UI state behind the fake `miro` global.
import type { Miro } from '@mirohq/websdk-types';
import { CallLog } from './call-log';
import {
  type FrameInput,
  frameData,
  type OtherItemInput,
  otherItemData,
  type ShapeInput,
  type StickyNoteInput,
  shapeData,
  stickyNoteData,
  type TextInput,
  textData,
} from './item-defaults';
import type { AppData, FrameData, Json, StoredItem, TagData } from './sdk-shapes';

/** An item to put on the board as the SDK reports it: children's x/y relative to the parent's top-left. */
export type SeedItem = (
  | (StickyNoteInput & { type: 'sticky_note' })
  | (ShapeInput & { type: 'shape' })
  | (TextInput & { type: 'text' })
  | (FrameInput & { type: 'frame' })
  | (OtherItemInput & { type: 'card' | 'app_card' | 'image' | 'embed' | 'preview' | 'connector' })
) & { id: string; metadata?: AppData };

export type SeedTag = Pick<TagData, 'id' | 'title'> & Partial<Pick<TagData, 'color'>>;

/** Reject creates past `calls` within any `windowMs`, as Miro rejects calls past its credits. */
export interface RateLimitSimulation {
  calls: number;
  windowMs: number;
}

export interface InMemoryBoardOptions {
  boardId?: string;
  items?: readonly SeedItem[];
  tags?: readonly SeedTag[];
  appData?: AppData;
  /** The board's clock, for timestamps and the rate-limit window; default `Date.now`. */
  now?: () => number;
  rateLimit?: RateLimitSimulation;
  userId?: string;
}

export interface ShownNotification {
  type: 'info' | 'error';
  message: string;
}

export interface BoardBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A modal the app opened (`board.ui.openModal`), as it asked for it. */
export interface OpenedModal {
  url: string;
  width?: number;
  height?: number;
  fullscreen?: boolean;
  /** What the modal reads with `getModalData`. */
  data?: unknown;
}

/** Thrown by the fake where Miro's Web SDK would reject a call. */
export class FakeMiroError extends Error {
  constructor(
    readonly code: 'rate-limited' | 'too-large' | 'not-found' | 'invalid-props' | 'modal-open',
    message: string,
  ) {
    super(message);
    this.name = 'MiroSdkError';
  }
}

const ID_BASE = 3458764500000000000n;

/** A UI event handler, as the SDK types it. */
type Listener = Parameters<Miro['board']['ui']['on']>[1];
type StorageWatcher = (value: Json | undefined, version: string) => void;

export class InMemoryBoard {
  readonly boardId: string;
  readonly userId: string;
  readonly log = new CallLog();
  readonly now: () => number;
  readonly rateLimit: RateLimitSimulation | undefined;
  /** Insertion order is the board's layer order, back to front. */
  readonly items = new Map<string, StoredItem>();
  readonly tags = new Map<string, TagData>();
  readonly storage = new Map<string, Map<string, Json>>();
  appData: AppData;
  selection: string[] = [];
  readonly notifications: ShownNotification[] = [];
  readonly panels: { url: string; height?: number }[] = [];
  readonly zoomedTo: string[][] = [];
  /** Every modal opened, in order; `modal` is the one open now. */
  readonly modals: OpenedModal[] = [];
  modal: OpenedModal | null = null;
  /** Called when a modal opens or closes: a test harness shows the modal's page while it is open. */
  onModalChange: ((modal: OpenedModal | null) => void) | undefined;
  private closeOpenModal: ((result: unknown) => void) | null = null;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly storageWatchers = new Map<string, Set<StorageWatcher>>();
  private nextSerial = 1n;
  private readonly createTimes: number[] = [];

  constructor(options: InMemoryBoardOptions = {}) {
    this.boardId = options.boardId ?? 'uXjVFake0000=';
    this.userId = options.userId ?? '3458764500000000001';
    this.now = options.now ?? Date.now;
    this.rateLimit = options.rateLimit;
    this.appData = structuredClone(options.appData ?? {});
    for (const tag of options.tags ?? []) {
      this.tags.set(tag.id, { type: 'tag', color: 'gray', ...tag });
    }
    for (const seed of options.items ?? []) this.seed(seed);
    this.linkChildren();
  }

  /** A fresh id shaped like Miro's (a 19-digit number as text). */
  newId(): string {
    let id: string;
    do {
      id = String(ID_BASE + this.nextSerial);
      this.nextSerial += 1n;
    } while (this.items.has(id) || this.tags.has(id));
    return id;
  }

  timestamp(): string {
    return new Date(this.now()).toISOString();
  }

  listen(event: string, handler: Listener): void {
    const handlers = this.listeners.get(event) ?? new Set<Listener>();
    handlers.add(handler);
    this.listeners.set(event, handlers);
  }

  unlisten(event: string, handler: Listener): void {
    this.listeners.get(event)?.delete(handler);
  }

  /** Fire a UI event (`icon:click`, `selection:update`…) at the handlers the app registered. */
  emit(event: string, payload?: unknown): void {
    for (const handler of this.listeners.get(event) ?? []) {
      if (payload === undefined) handler();
      else handler(payload);
    }
  }

  /** Whether the app listens for `event`. */
  listens(event: string): boolean {
    return (this.listeners.get(event)?.size ?? 0) > 0;
  }

  /** Open a modal, as Miro does one at a time; resolves with its result once it is closed. */
  openModal(modal: OpenedModal): Promise<unknown> {
    if (this.modal) throw new FakeMiroError('modal-open', 'A modal is already open on this board');
    const opened = structuredClone(modal);
    this.modals.push(opened);
    this.modal = opened;
    const closed = new Promise<unknown>((resolve) => {
      this.closeOpenModal = resolve;
    });
    this.onModalChange?.(opened);
    return closed;
  }

  /** Close the open modal (the app's `closeModal`, or the person's close button: no result). */
  closeModal(result?: unknown): void {
    const close = this.closeOpenModal;
    if (!close) return;
    this.modal = null;
    this.closeOpenModal = null;
    close(result === undefined ? undefined : structuredClone(result));
    this.onModalChange?.(null);
  }

  watchStorage(collection: string, key: string, watcher: StorageWatcher): void {
    const id = `${collection}\u0000${key}`;
    const watchers = this.storageWatchers.get(id) ?? new Set<StorageWatcher>();
    watchers.add(watcher);
    this.storageWatchers.set(id, watchers);
  }

  unwatchStorage(collection: string, key: string, watcher: StorageWatcher): void {
    this.storageWatchers.get(`${collection}\u0000${key}`)?.delete(watcher);
  }

  emitStorage(collection: string, key: string, value: Json | undefined): void {
    const version = this.timestamp();
    for (const watcher of this.storageWatchers.get(`${collection}\u0000${key}`) ?? []) {
      watcher(value === undefined ? undefined : structuredClone(value), version);
    }
  }

  /** Count a create against the simulated rate limit; throws like Miro once it is spent. */
  admitCreate(): void {
    if (!this.rateLimit) return;
    const now = this.now();
    const { calls, windowMs } = this.rateLimit;
    while (this.createTimes.length > 0 && (this.createTimes[0] ?? now) <= now - windowMs) {
      this.createTimes.shift();
    }
    if (this.createTimes.length >= calls) {
      throw new FakeMiroError(
        'rate-limited',
        `Rate limit exceeded: more than ${calls} create calls in ${windowMs} ms; wait for new credits`,
      );
    }
    this.createTimes.push(now);
  }

  item(id: string): StoredItem {
    const stored = this.items.get(id);
    if (!stored) throw new FakeMiroError('not-found', `Item ${id} not found on the board`);
    return stored;
  }

  /** The item's box in board coordinates, through any chain of parent frames. */
  boardBox(id: string): BoardBox {
    const { data } = this.item(id);
    const origin = data.parentId === null ? { left: 0, top: 0 } : this.boardBox(data.parentId);
    return {
      left: origin.left + data.x - data.width / 2,
      top: origin.top + data.y - data.height / 2,
      width: data.width,
      height: data.height,
    };
  }

  /** Make `childId` a child of `frameId`, keeping its place on the board. */
  attach(childId: string, frameId: string): void {
    const child = this.item(childId);
    const frame = this.frame(frameId);
    const box = this.boardBox(childId);
    const frameBox = this.boardBox(frameId);
    if (child.data.parentId !== null) this.detach(childId);
    child.data.x = box.left + box.width / 2 - frameBox.left;
    child.data.y = box.top + box.height / 2 - frameBox.top;
    child.data.parentId = frameId;
    child.data.relativeTo = 'parent_top_left';
    frame.childrenIds.push(childId);
  }

  /** Take an item out of its frame, keeping its place on the board. */
  detach(childId: string): void {
    const child = this.item(childId);
    const parentId = child.data.parentId;
    if (parentId === null) return;
    const box = this.boardBox(childId);
    const frame = this.frame(parentId);
    frame.childrenIds = frame.childrenIds.filter((id) => id !== childId);
    child.data.x = box.left + box.width / 2;
    child.data.y = box.top + box.height / 2;
    child.data.parentId = null;
    child.data.relativeTo = 'canvas_center';
  }

  frame(id: string): FrameData {
    const stored = this.item(id);
    if (stored.kind !== 'frame') throw new FakeMiroError('not-found', `Item ${id} is not a frame`);
    return stored.data;
  }

  private seed(seed: SeedItem): void {
    const fields = {
      id: seed.id,
      createdAt: seed.createdAt ?? this.timestamp(),
      createdBy: seed.createdBy ?? this.userId,
    };
    const stored = this.storedFrom(seed, fields);
    if (seed.parentId !== undefined && seed.parentId !== null) {
      stored.data.parentId = seed.parentId;
      stored.data.relativeTo = 'parent_top_left';
    }
    this.items.set(seed.id, stored);
  }

  private storedFrom(
    seed: SeedItem,
    fields: { id: string; createdAt: string; createdBy: string },
  ): StoredItem {
    const metadata = structuredClone(seed.metadata ?? {});
    switch (seed.type) {
      case 'sticky_note': {
        const { metadata: _, ...props } = seed;
        return { kind: 'sticky_note', data: stickyNoteData(fields, props), metadata };
      }
      case 'shape': {
        const { metadata: _, ...props } = seed;
        return { kind: 'shape', data: shapeData(fields, props), metadata };
      }
      case 'text': {
        const { metadata: _, ...props } = seed;
        return { kind: 'text', data: textData(fields, props), metadata };
      }
      case 'frame': {
        const { metadata: _, ...props } = seed;
        return { kind: 'frame', data: frameData(fields, props), metadata };
      }
      default: {
        const { metadata: _, ...props } = seed;
        return { kind: 'other', data: otherItemData(fields, props), metadata };
      }
    }
  }

  /** Seeds name their parent; frames list their children, as Miro reports both. */
  private linkChildren(): void {
    for (const stored of this.items.values()) {
      const parentId = stored.data.parentId;
      if (parentId === null) continue;
      this.frame(parentId).childrenIds.push(stored.data.id);
    }
  }
}
