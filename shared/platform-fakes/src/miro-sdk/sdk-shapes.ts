// The shapes of Web SDK v2 board items as plain data, derived from `@mirohq/websdk-types`.
import type {
  AppData,
  AppDataValue,
  Frame,
  Json,
  Shape,
  StickyNote,
  Tag,
  Text,
  Unsupported,
} from '@mirohq/websdk-types';

/**
 * The data fields of an SDK item class, writable. `keyof` leaves out the class's protected context
 * field, which is what makes SDK classes nominal: plain objects can match this type, never the class.
 */
export type ItemData<T> = {
  -readonly [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: T[K];
};

export type StickyNoteData = ItemData<StickyNote>;
export type ShapeData = ItemData<Shape>;
export type TextData = ItemData<Text>;
export type FrameData = ItemData<Frame>;
export type TagData = ItemData<Tag>;
/** Any other item type (card, image, connector…): only the base fields and a size. */
export type OtherItemData = ItemData<Unsupported>;

/** An item as the in-memory board stores it; `kind` tells the typed data apart. */
export type StoredItem =
  | { kind: 'sticky_note'; data: StickyNoteData; metadata: AppData }
  | { kind: 'shape'; data: ShapeData; metadata: AppData }
  | { kind: 'text'; data: TextData; metadata: AppData }
  | { kind: 'frame'; data: FrameData; metadata: AppData }
  | { kind: 'other'; data: OtherItemData; metadata: AppData };

/** The item methods the fake implements, with the SDK's parameter types and honest results. */
export interface FakeItemMethods {
  sync(): Promise<void>;
  getMetadata(key?: string): Promise<AppData | AppDataValue | undefined>;
  setMetadata(key: string, value: AppDataValue): Promise<AppData>;
}

export interface FakeFrameMethods extends FakeItemMethods {
  add<T extends FakeItem>(item: T): Promise<T>;
  remove<T extends FakeItem>(item: T): Promise<void>;
  getChildren(): Promise<FakeItem[]>;
}

export type FakeStickyNote = StickyNoteData & FakeItemMethods;
export type FakeShape = ShapeData & FakeItemMethods;
export type FakeText = TextData & FakeItemMethods;
export type FakeFrame = FrameData & FakeFrameMethods;
export type FakeOtherItem = OtherItemData & FakeItemMethods;
export type FakeTag = TagData & { sync(): Promise<void> };
export type FakeItem = FakeStickyNote | FakeShape | FakeText | FakeFrame | FakeOtherItem;

export type { AppData, AppDataValue, Json };
