// The fake `miro` global: the Web SDK v2 surface the apps use, over an in-memory board.
import type {
  FrameProps,
  Json,
  Miro,
  NotificationOptions,
  OpenModalOptions,
  OpenPanelOptions,
  Rect,
  ShapeProps,
  StickyNoteProps,
  TextProps,
} from '@mirohq/websdk-types';
import {
  frameFor,
  getMetadata,
  itemFor,
  setMetadata,
  shapeFor,
  stickyNoteFor,
  tagFor,
  textFor,
} from './fake-items';
import { FakeMiroError, type InMemoryBoard } from './in-memory-board';
import { frameData, shapeData, stickyNoteData, textData } from './item-defaults';
import { APP_DATA_LIMIT_BYTES, jsonBytes, STORAGE_VALUE_LIMIT_BYTES } from './sdk-limits';
import type {
  AppData,
  AppDataValue,
  FakeFrame,
  FakeItem,
  FakeShape,
  FakeStickyNote,
  FakeTag,
  FakeText,
  StoredItem,
} from './sdk-shapes';

/** The public surface of an SDK class (its protected context field left out), for `satisfies`. */
type Surface<T> = { [K in keyof T]: T[K] };

type Board = Miro['board'];
/** The SDK's own listener type for UI events. */
export type UiListener = Parameters<Board['ui']['on']>[1];

/** `board.get` filters: by id, or by type and tags. */
export type ItemFilter =
  | { id: string | string[] }
  | { type?: string | string[]; tags?: string | string[] };

function list(value: string | string[] | undefined): string[] | undefined {
  return value === undefined ? undefined : Array.isArray(value) ? value : [value];
}

function fail(call: { rejected?: string }, error: unknown): never {
  call.rejected = error instanceof Error ? error.message : String(error);
  throw error;
}

/** Props that Miro sets itself and ignores on create. */
function creatable<P extends { parentId?: unknown; createdAt?: unknown; createdBy?: unknown }>(
  props: P,
) {
  const { parentId: _parent, createdAt: _at, createdBy: _by, ...rest } = props;
  return rest;
}

/** A modal's options for the call log: its data (often a whole document) only by its keys. */
function modalSummary(options: { url: string; data?: unknown }) {
  const { data, ...rest } = options;
  if (data === undefined) return rest;
  const keys = typeof data === 'object' && data !== null ? Object.keys(data) : [typeof data];
  return { ...rest, data: `{${keys.join(', ')}}` };
}

export function createFakeMiro(board: InMemoryBoard) {
  const log = board.log;

  function matches(stored: StoredItem, filter: ItemFilter | undefined): boolean {
    if (!filter) return true;
    if ('id' in filter) return (list(filter.id) ?? []).includes(stored.data.id);
    const types = list(filter.type);
    if (types && !types.includes(stored.data.type)) return false;
    const tags = list(filter.tags);
    if (!tags) return true;
    const tagIds = 'tagIds' in stored.data ? stored.data.tagIds : [];
    return tagIds.some((tagId) => {
      const tag = board.tags.get(tagId);
      return tags.includes(tagId) || (tag !== undefined && tags.includes(tag.title));
    });
  }

  function query(filter: ItemFilter | undefined): (FakeItem | FakeTag)[] {
    const items: (FakeItem | FakeTag)[] = [...board.items.values()]
      .filter((stored) => matches(stored, filter))
      .map((stored) => itemFor(board, stored.data.id));
    const wantsTags =
      filter !== undefined &&
      (('id' in filter && (list(filter.id) ?? []).some((id) => board.tags.has(id))) ||
        ('type' in filter && (list(filter.type) ?? []).includes('tag')));
    if (wantsTags) {
      for (const tag of board.tags.values()) {
        if (filter && 'id' in filter && !(list(filter.id) ?? []).includes(tag.id)) continue;
        items.push(tagFor(board, tag.id));
      }
    }
    return items;
  }

  /** Run a create: counted against the simulated rate limit, logged, refused like Miro. */
  function create<T extends FakeItem>(name: string, props: unknown, make: (id: string) => T): T {
    const call = log.record(`board.${name}`, [props]);
    try {
      board.admitCreate();
      return make(board.newId());
    } catch (error) {
      return fail(call, error);
    }
  }

  function fields(id: string) {
    return { id, createdAt: board.timestamp(), createdBy: board.userId };
  }

  const notifications = {
    async showInfo(message: string) {
      log.record('notifications.showInfo', [message]);
      board.notifications.push({ type: 'info', message });
    },
    async showError(message: string) {
      log.record('notifications.showError', [message]);
      board.notifications.push({ type: 'error', message });
    },
    async show(options: NotificationOptions) {
      log.record('notifications.show', [options]);
      board.notifications.push({ type: `${options.type}`, message: options.message });
    },
  } satisfies Surface<Board['notifications']>;

  let viewportRect: Rect = { x: -960, y: -540, width: 1920, height: 1080 };
  let zoom = 1;
  const viewport = {
    async get() {
      log.record('viewport.get', []);
      return { ...viewportRect };
    },
    async set(options: { viewport: Rect }) {
      log.record('viewport.set', [options]);
      viewportRect = { ...options.viewport };
      return { ...viewportRect };
    },
    async zoomTo(items: { id: string } | { id: string }[]) {
      const ids = (Array.isArray(items) ? items : [items]).map((item) => item.id);
      log.record('viewport.zoomTo', [ids]);
      board.zoomedTo.push(ids);
    },
    async getZoom() {
      log.record('viewport.getZoom', []);
      return zoom;
    },
    async setZoom(level: number) {
      log.record('viewport.setZoom', [level]);
      zoom = level;
    },
  } satisfies Surface<Board['viewport']>;

  const ui = {
    async openPanel<Data = undefined, Result = undefined>(options: OpenPanelOptions<Data>) {
      log.record('ui.openPanel', [options]);
      board.panels.push(options);
      return { waitForClose: async (): Promise<Result | undefined> => undefined };
    },
    async closePanel() {
      log.record('ui.closePanel', []);
    },
    async canOpenPanel() {
      log.record('ui.canOpenPanel', []);
      return true;
    },
    /** One modal at a time, as in Miro; `waitForClose` resolves with what `closeModal` passed. */
    async openModal<Data = undefined, Result = undefined>(options: OpenModalOptions<Data>) {
      const call = log.record('ui.openModal', [modalSummary(options)]);
      let closed: Promise<unknown>;
      try {
        closed = board.openModal(structuredClone(options));
      } catch (error) {
        return fail(call, error);
      }
      return {
        // The result is whatever the modal passed to `closeModal`: the SDK types it by the
        // caller's `Result` without checking it, and so does the fake.
        waitForClose: async () => (await closed) as Result | undefined,
      };
    },
    async getModalData<Data = unknown>(): Promise<Data | undefined> {
      log.record('ui.getModalData', []);
      const data = board.modal?.data;
      // As in the SDK, the caller names the type of the data it passed to `openModal`.
      return data === undefined ? undefined : (structuredClone(data) as Data);
    },
    async closeModal<Result = undefined>(result?: Result) {
      log.record('ui.closeModal', []);
      board.closeModal(result);
    },
    async canOpenModal() {
      log.record('ui.canOpenModal', []);
      return board.modal === null;
    },
    async on(event: string, handler: UiListener) {
      log.record('ui.on', [event]);
      board.listen(event, handler);
    },
    async off(event: string, handler: UiListener) {
      log.record('ui.off', [event]);
      board.unlisten(event, handler);
    },
  } satisfies Partial<Surface<Board['ui']>>;

  function collection(name: string) {
    const values = () => {
      const existing = board.storage.get(name);
      if (existing) return existing;
      const created = new Map<string, Json>();
      board.storage.set(name, created);
      return created;
    };
    return {
      /** Miro's storage guide: up to 64 KB per key; a larger value is refused. */
      async set(key: string, value: Json) {
        const call = log.record('collection.set', [name, key, `${jsonBytes(value)} bytes`]);
        const bytes = jsonBytes(value);
        if (bytes > STORAGE_VALUE_LIMIT_BYTES) {
          fail(
            call,
            new FakeMiroError(
              'too-large',
              `Storage values are limited to ${STORAGE_VALUE_LIMIT_BYTES} bytes per key; got ${bytes} bytes`,
            ),
          );
        }
        values().set(key, structuredClone(value));
        board.emitStorage(name, key, structuredClone(value));
      },
      async get(key: string): Promise<Json | undefined> {
        log.record('collection.get', [name, key]);
        const value = values().get(key);
        return value === undefined ? undefined : structuredClone(value);
      },
      async remove(key: string) {
        log.record('collection.remove', [name, key]);
        values().delete(key);
        board.emitStorage(name, key, undefined);
      },
      async onValue(key: string, handler: (value: Json | undefined, version: string) => void) {
        log.record('collection.onValue', [name, key]);
        board.watchStorage(name, key, handler);
      },
      async offValue(key: string, handler: (value: Json | undefined, version: string) => void) {
        log.record('collection.offValue', [name, key]);
        board.unwatchStorage(name, key, handler);
      },
    };
  }

  const api = {
    async get(filter?: ItemFilter) {
      log.record('board.get', filter === undefined ? [] : [filter]);
      return query(filter);
    },
    async getById(id: string) {
      log.record('board.getById', [id]);
      return board.tags.has(id) ? tagFor(board, id) : itemFor(board, id);
    },
    async getSelection() {
      log.record('board.getSelection', []);
      return board.selection.filter((id) => board.items.has(id)).map((id) => itemFor(board, id));
    },
    async select(filter?: ItemFilter) {
      log.record('board.select', filter === undefined ? [] : [filter]);
      const picked = [...board.items.values()].filter((stored) => matches(stored, filter));
      board.selection = picked.map((stored) => stored.data.id);
      return picked.map((stored) => itemFor(board, stored.data.id));
    },
    async deselect(filter?: ItemFilter) {
      log.record('board.deselect', filter === undefined ? [] : [filter]);
      const dropped = [...board.items.values()]
        .filter((stored) => board.selection.includes(stored.data.id) && matches(stored, filter))
        .map((stored) => stored.data.id);
      board.selection = board.selection.filter((id) => !dropped.includes(id));
      return dropped.map((id) => itemFor(board, id));
    },
    async createStickyNote(props: StickyNoteProps = {}): Promise<FakeStickyNote> {
      return create('createStickyNote', props, (id) => {
        // Miro sizes a sticky note by its width or its height, never both.
        if (props.width !== undefined && props.height !== undefined) {
          throw new FakeMiroError(
            'invalid-props',
            'A sticky note takes a width or a height, not both',
          );
        }
        const data = stickyNoteData(fields(id), creatable(props));
        board.items.set(id, { kind: 'sticky_note', data, metadata: {} });
        return stickyNoteFor(board, id);
      });
    },
    async createShape(props: ShapeProps = {}): Promise<FakeShape> {
      return create('createShape', props, (id) => {
        board.items.set(id, {
          kind: 'shape',
          data: shapeData(fields(id), creatable(props)),
          metadata: {},
        });
        return shapeFor(board, id);
      });
    },
    async createText(props: TextProps = {}): Promise<FakeText> {
      return create('createText', props, (id) => {
        board.items.set(id, {
          kind: 'text',
          data: textData(fields(id), creatable(props)),
          metadata: {},
        });
        return textFor(board, id);
      });
    },
    async createFrame(props: FrameProps = {}): Promise<FakeFrame> {
      return create('createFrame', props, (id) => {
        board.items.set(id, {
          kind: 'frame',
          data: frameData(fields(id), creatable(props)),
          metadata: {},
        });
        return frameFor(board, id);
      });
    },
    async remove(item: { id: string }) {
      log.record('board.remove', [item.id]);
      const stored = board.item(item.id);
      if (stored.data.parentId !== null) board.detach(item.id);
      if (stored.kind === 'frame') {
        for (const childId of [...stored.data.childrenIds]) board.detach(childId);
      }
      board.items.delete(item.id);
      board.selection = board.selection.filter((id) => id !== item.id);
    },
    async getInfo() {
      log.record('board.getInfo', []);
      const at = board.timestamp();
      return { id: board.boardId, locale: 'en' as const, createdAt: at, updatedAt: at };
    },
    /** An area of the given size, as near (x, y) as possible, clear of every item by `offset`. */
    findEmptySpace: (async (dimensions: Rect & { offset?: number }) => {
      log.record('board.findEmptySpace', [dimensions]);
      const { width, height } = dimensions;
      const offset = dimensions.offset ?? 100;
      const boxes = [...board.items.keys()].map((id) => board.boardBox(id));
      let x = dimensions.x;
      for (;;) {
        const left = x - width / 2 - offset;
        const top = dimensions.y - height / 2 - offset;
        const hit = boxes.find(
          (box) =>
            box.left < left + width + 2 * offset &&
            left < box.left + box.width &&
            box.top < top + height + 2 * offset &&
            top < box.top + box.height,
        );
        if (!hit) return { x, y: dimensions.y, width, height };
        // Step right, past the item in the way.
        x = hit.left + hit.width + offset + width / 2;
      }
    }) satisfies Board['findEmptySpace'],
    async getUserInfo() {
      log.record('board.getUserInfo', []);
      return { id: board.userId, name: 'Fake User' };
    },
    async getAppData(key?: string): Promise<AppData | AppDataValue | undefined> {
      log.record('board.getAppData', key === undefined ? [] : [key]);
      return structuredClone(key === undefined ? board.appData : board.appData[key]);
    },
    /** Miro keeps one app data object per board and app, refused past 512 bytes. */
    async setAppData(key: string, value: AppDataValue): Promise<AppData> {
      const call = log.record('board.setAppData', [key, value]);
      const next: AppData = { ...board.appData, [key]: structuredClone(value) };
      const bytes = jsonBytes(next);
      if (bytes > APP_DATA_LIMIT_BYTES) {
        fail(
          call,
          new FakeMiroError(
            'too-large',
            `Board app data is limited to ${APP_DATA_LIMIT_BYTES} bytes; this would be ${bytes} bytes`,
          ),
        );
      }
      board.appData = next;
      return structuredClone(next);
    },
    async getMetadata(item: { id: string }, key?: string) {
      log.record('board.getMetadata', key === undefined ? [item.id] : [item.id, key]);
      return getMetadata(board, item.id, key);
    },
    async setMetadata(item: { id: string }, key: string, value: AppDataValue) {
      const call = log.record('board.setMetadata', [item.id, key, value]);
      try {
        return setMetadata(board, item.id, key, value);
      } catch (error) {
        return fail(call, error);
      }
    },
    storage: {
      collection(name: string) {
        return collection(name);
      },
    },
    ui,
    notifications,
    viewport,
  };

  return { board: api, clientVersion: 'fake-2.0' };
}

export type FakeMiro = ReturnType<typeof createFakeMiro>;
export type FakeBoardApi = FakeMiro['board'];
