// Item objects as the Web SDK hands them out: a fresh copy of the item's data plus its methods.
import { FakeMiroError, type InMemoryBoard } from './in-memory-board';
import { ITEM_METADATA_LIMIT_BYTES, jsonBytes } from './sdk-limits';
import type {
  AppData,
  AppDataValue,
  FakeFrame,
  FakeFrameMethods,
  FakeItem,
  FakeItemMethods,
  FakeShape,
  FakeStickyNote,
  FakeTag,
  FakeText,
  StoredItem,
} from './sdk-shapes';

/** Fields the SDK does not let `sync()` change. */
interface Fixed {
  id: string;
  parentId: string | null;
  createdAt: string;
  createdBy: string;
}

/** The data fields of `item`, taken by the keys of `template` (the stored data). */
function dataOf<D extends Fixed>(template: D, item: D): D {
  const copy = { ...template };
  for (const key in template) copy[key] = structuredClone(item[key]);
  return {
    ...copy,
    id: template.id,
    parentId: template.parentId,
    createdAt: template.createdAt,
    createdBy: template.createdBy,
  };
}

export function getMetadata(
  board: InMemoryBoard,
  id: string,
  key?: string,
): AppData | AppDataValue | undefined {
  const { metadata } = board.item(id);
  return structuredClone(key === undefined ? metadata : metadata[key]);
}

/** Miro keeps one metadata object per item and app, and rejects it past 256 bytes. */
export function setMetadata(
  board: InMemoryBoard,
  id: string,
  key: string,
  value: AppDataValue,
): AppData {
  const stored = board.item(id);
  const next: AppData = { ...stored.metadata, [key]: structuredClone(value) };
  const bytes = jsonBytes(next);
  if (bytes > ITEM_METADATA_LIMIT_BYTES) {
    throw new FakeMiroError(
      'too-large',
      `Item metadata is limited to ${ITEM_METADATA_LIMIT_BYTES} bytes; this would be ${bytes} bytes`,
    );
  }
  stored.metadata = next;
  return structuredClone(next);
}

function itemMethods(board: InMemoryBoard, id: string, save: () => void): FakeItemMethods {
  return {
    async sync() {
      board.log.record('item.sync', [id]);
      save();
    },
    async getMetadata(key?: string) {
      board.log.record('item.getMetadata', key === undefined ? [id] : [id, key]);
      return getMetadata(board, id, key);
    },
    async setMetadata(key: string, value: AppDataValue) {
      const call = board.log.record('item.setMetadata', [id, key, value]);
      try {
        return setMetadata(board, id, key, value);
      } catch (error) {
        call.rejected = error instanceof Error ? error.message : String(error);
        throw error;
      }
    },
  };
}

function frameMethods(board: InMemoryBoard, id: string, frame: () => FakeFrame): FakeFrameMethods {
  return {
    ...itemMethods(board, id, () => saveFrame(board, frame())),
    async add(item) {
      board.log.record('frame.add', [id, item.id]);
      board.attach(item.id, id);
      refreshPlace(board, item);
      frame().childrenIds = [...board.frame(id).childrenIds];
      return item;
    },
    async remove(item) {
      board.log.record('frame.remove', [id, item.id]);
      board.detach(item.id);
      refreshPlace(board, item);
      frame().childrenIds = [...board.frame(id).childrenIds];
    },
    async getChildren() {
      board.log.record('frame.getChildren', [id]);
      return board.frame(id).childrenIds.map((childId) => itemFor(board, childId));
    },
  };
}

/** After a move between parents, the object the caller holds shows its new place, as in Miro. */
function refreshPlace(board: InMemoryBoard, item: FakeItem): void {
  const { data } = board.item(item.id);
  item.x = data.x;
  item.y = data.y;
  item.parentId = data.parentId;
  item.relativeTo = data.relativeTo;
}

function saveFrame(board: InMemoryBoard, item: FakeFrame): void {
  const stored = board.item(item.id);
  if (stored.kind !== 'frame') return;
  const childrenIds = stored.data.childrenIds;
  stored.data = { ...dataOf(stored.data, item), childrenIds, modifiedAt: board.timestamp() };
}

type PlainStored = Exclude<StoredItem, { kind: 'frame' }>;
type FrameStored = Extract<StoredItem, { kind: 'frame' }>;

/**
 * `data` with the item methods, each set by name. A spread of the methods gives every item a
 * hidden class of its own, and `Object.assign` turns an item of this many fields into a
 * dictionary: either way code reading many items runs far slower than on the SDK's class
 * instances, whose fields stay fast.
 */
function withItemMethods<D extends object>(data: D, methods: FakeItemMethods): D & FakeItemMethods {
  const item = data as D & FakeItemMethods; // completed to that type on the next three lines
  item.sync = methods.sync;
  item.getMetadata = methods.getMetadata;
  item.setMetadata = methods.setMetadata;
  return item;
}

function plainItem<S extends PlainStored>(
  board: InMemoryBoard,
  stored: S,
): S['data'] & FakeItemMethods {
  const item: S['data'] & FakeItemMethods = withItemMethods(
    structuredClone(stored.data),
    itemMethods(board, stored.data.id, () => {
      stored.data = { ...dataOf(stored.data, item), modifiedAt: board.timestamp() };
    }),
  );
  return item;
}

function frameItem(board: InMemoryBoard, stored: FrameStored): FakeFrame {
  const methods = frameMethods(board, stored.data.id, () => item);
  const item = withItemMethods(structuredClone(stored.data), methods) as FakeFrame; // completed below
  item.add = methods.add;
  item.remove = methods.remove;
  item.getChildren = methods.getChildren;
  return item;
}

/** A fresh SDK-shaped object for the stored item `id`. */
export function itemFor(board: InMemoryBoard, id: string): FakeItem {
  const stored = board.item(id);
  return stored.kind === 'frame' ? frameItem(board, stored) : plainItem(board, stored);
}

function wrongKind(id: string, kind: string): FakeMiroError {
  return new FakeMiroError('not-found', `Item ${id} is not a ${kind}`);
}

export function stickyNoteFor(board: InMemoryBoard, id: string): FakeStickyNote {
  const stored = board.item(id);
  if (stored.kind !== 'sticky_note') throw wrongKind(id, 'sticky note');
  return plainItem(board, stored);
}

export function shapeFor(board: InMemoryBoard, id: string): FakeShape {
  const stored = board.item(id);
  if (stored.kind !== 'shape') throw wrongKind(id, 'shape');
  return plainItem(board, stored);
}

export function textFor(board: InMemoryBoard, id: string): FakeText {
  const stored = board.item(id);
  if (stored.kind !== 'text') throw wrongKind(id, 'text');
  return plainItem(board, stored);
}

export function frameFor(board: InMemoryBoard, id: string): FakeFrame {
  const stored = board.item(id);
  if (stored.kind !== 'frame') throw wrongKind(id, 'frame');
  return frameItem(board, stored);
}

export function tagFor(board: InMemoryBoard, id: string): FakeTag {
  const stored = board.tags.get(id);
  if (!stored) throw new FakeMiroError('not-found', `Tag ${id} not found on the board`);
  const tag: FakeTag = {
    ...structuredClone(stored),
    async sync() {
      board.log.record('tag.sync', [id]);
      board.tags.set(id, { type: 'tag', id, title: tag.title, color: tag.color });
    },
  };
  return tag;
}
