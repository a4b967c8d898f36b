// Miro Web SDK items as `board.get()` returns them: the fields we use, checked once at the edge
// (a board read checks thousands of items: they are checked in place, not copied).
import { z } from 'zod';

const Coordinate = z.number().finite();
const Size = z.number().finite().nonnegative();

/** The Web SDK adds `parent_center` to the two REST values. */
export const SdkRelativeTo = z.enum(['canvas_center', 'parent_top_left', 'parent_center']);
export type SdkRelativeTo = z.infer<typeof SdkRelativeTo>;

/** What places an item: x/y is its centre, relative to `relativeTo`. */
const placed = {
  id: z.string().min(1),
  x: Coordinate,
  y: Coordinate,
  width: Size,
  height: Size,
  rotation: z.number().finite().optional(),
  relativeTo: SdkRelativeTo,
  parentId: z.string().min(1).nullable().optional(),
};

const Style = z.object({ fillColor: z.string().optional() });

export const SdkStickyNote = z.object({
  ...placed,
  type: z.literal('sticky_note'),
  content: z.string(),
  shape: z.string().optional(),
  style: Style.optional(),
  tagIds: z.array(z.string()).optional(),
});
export type SdkStickyNote = z.infer<typeof SdkStickyNote>;

export const SdkShape = z.object({
  ...placed,
  type: z.literal('shape'),
  content: z.string().optional(),
  style: Style.optional(),
});
export type SdkShape = z.infer<typeof SdkShape>;

export const SdkText = z.object({
  ...placed,
  type: z.literal('text'),
  content: z.string(),
  style: Style.optional(),
});
export type SdkText = z.infer<typeof SdkText>;

export const SdkFrame = z.object({
  ...placed,
  type: z.literal('frame'),
  title: z.string().optional(),
  style: Style.optional(),
});
export type SdkFrame = z.infer<typeof SdkFrame>;

/** Tags are board entities, not placed items: they name the tag ids on stickies and cards. */
export const SdkTag = z.object({
  id: z.string().min(1),
  type: z.literal('tag'),
  title: z.string(),
});
export type SdkTag = z.infer<typeof SdkTag>;

/** Groups and connectors have no box of their own; they are not board content to place. */
export const UNPLACED_ENTITY_TYPES: ReadonlySet<string> = new Set(['group', 'connector']);

/** Images, cards, mind-map nodes, types Miro adds later: kept as kind `other`. */
export const SdkOtherItem = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  x: Coordinate.optional(),
  y: Coordinate.optional(),
  width: Size.optional(),
  height: Size.optional(),
  rotation: z.number().finite().optional(),
  relativeTo: SdkRelativeTo.optional(),
  parentId: z.string().min(1).nullable().optional(),
});
export type SdkOtherItem = z.infer<typeof SdkOtherItem>;

export type SdkItem = SdkStickyNote | SdkShape | SdkText | SdkFrame | SdkTag | SdkOtherItem;

const KNOWN_ITEMS = {
  sticky_note: SdkStickyNote,
  shape: SdkShape,
  text: SdkText,
  frame: SdkFrame,
  tag: SdkTag,
} as const;

const ItemHead = z.object({ type: z.string() });

function isKnownType(type: string): type is keyof typeof KNOWN_ITEMS {
  return Object.hasOwn(KNOWN_ITEMS, type);
}

/** One SDK item, checked against the schema of its own `type`. */
export const SdkItem = z.unknown().transform((raw, context): SdkItem => {
  const head = ItemHead.safeParse(raw);
  const schema =
    head.success && isKnownType(head.data.type) ? KNOWN_ITEMS[head.data.type] : SdkOtherItem;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    context.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  }
  return z.NEVER;
});

const RELATIVE_TO: ReadonlySet<unknown> = new Set(SdkRelativeTo.options);
type PlacedType = 'sticky_note' | 'shape' | 'text' | 'frame';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCoordinate = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isSize = (value: unknown): value is number => isCoordinate(value) && value >= 0;
const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isRelativeTo = (value: unknown): value is SdkRelativeTo => RELATIVE_TO.has(value);
const isParentId = (value: unknown): value is string | null | undefined =>
  value === undefined || value === null || isId(value);
const isOptionalString = (value: unknown): value is string | undefined =>
  value === undefined || typeof value === 'string';
/** `Style`: absent, or an object whose `fillColor` is absent or a string. */
function isStyle(value: unknown): boolean {
  return value === undefined || (isRecord(value) && isOptionalString(value.fillColor));
}

function isStringArray(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (const entry of value) if (typeof entry !== 'string') return false;
  return true;
}

/**
 * Whether a sticky, shape, text or frame passes its schema, each field read once and nothing
 * copied: a board read checks thousands of items.
 */
function isPlaced(raw: Record<string, unknown>, type: PlacedType): boolean {
  const { id, x, y, width, height, rotation, relativeTo, parentId } = raw;
  if (!isId(id) || !isCoordinate(x) || !isCoordinate(y) || !isSize(width) || !isSize(height)) {
    return false;
  }
  if (rotation !== undefined && !isCoordinate(rotation)) return false;
  if (!isRelativeTo(relativeTo) || !isParentId(parentId)) return false;
  if (!isStyle(raw.style)) return false;
  if (type === 'frame') return isOptionalString(raw.title);
  const { content } = raw;
  if (type === 'shape') return isOptionalString(content);
  if (typeof content !== 'string') return false;
  if (type === 'text') return true;
  const { shape, tagIds } = raw;
  return isOptionalString(shape) && (tagIds === undefined || isStringArray(tagIds));
}

/** `raw`, checked by `isPlaced`, copied out by name: a spread is many times slower. */
function copyPlaced(raw: Record<string, unknown>, type: PlacedType): SdkItem {
  // Checked by `isPlaced`: the fields of its type are there, and of the right types.
  const item = raw as unknown as Omit<SdkStickyNote, 'type'> & Pick<SdkFrame, 'title'>;
  const { id, x, y, width, height, rotation, relativeTo, parentId } = item;
  const style = item.style === undefined ? undefined : { fillColor: item.style.fillColor };
  if (type === 'frame') {
    const { title } = item;
    return { id, type, x, y, width, height, rotation, relativeTo, parentId, title, style };
  }
  const { content } = item;
  if (type === 'shape' || type === 'text') {
    return { id, type, x, y, width, height, rotation, relativeTo, parentId, content, style };
  }
  const { shape, tagIds } = item;
  const sticky: SdkStickyNote = {
    id,
    type,
    x,
    y,
    width,
    height,
    rotation,
    relativeTo,
    parentId,
    content,
    shape,
    style,
    tagIds,
  };
  return sticky;
}

function readTag(raw: Record<string, unknown>): SdkTag | undefined {
  const { id, title } = raw;
  return isId(id) && typeof title === 'string' ? { id, type: 'tag', title } : undefined;
}

function readOther(raw: Record<string, unknown>): SdkOtherItem | undefined {
  const { id, type, x, y, width, height, rotation, relativeTo, parentId } = raw;
  if (!isId(id) || !isId(type) || !isParentId(parentId)) return undefined;
  if (!(x === undefined || isCoordinate(x)) || !(y === undefined || isCoordinate(y))) {
    return undefined;
  }
  if (!(width === undefined || isSize(width)) || !(height === undefined || isSize(height))) {
    return undefined;
  }
  if (!(rotation === undefined || isCoordinate(rotation))) return undefined;
  if (!(relativeTo === undefined || isRelativeTo(relativeTo))) return undefined;
  return { id, type, x, y, width, height, rotation, relativeTo, parentId };
}

/**
 * `raw` as `SdkItem` would parse it, read by hand: the schemas above, field by field, into a
 * fresh object of the fields we use; undefined where `SdkItem` fails (and, by the test beside
 * this file, only there).
 */
export function readSdkItem(raw: unknown): SdkItem | undefined {
  if (!isRecord(raw)) return undefined;
  const { type } = raw;
  if (type === 'sticky_note' || type === 'shape' || type === 'text' || type === 'frame') {
    return isPlaced(raw, type) ? copyPlaced(raw, type) : undefined;
  }
  if (type === 'tag') return readTag(raw);
  return readOther(raw);
}

/**
 * Whether `readSdkItem(raw)` would accept `raw`, checked without copying it: the check of
 * stickies, shapes, texts and frames, which make up a board, copies nothing.
 */
export function isSdkItem(raw: unknown): raw is SdkItem {
  if (!isRecord(raw)) return false;
  const { type } = raw;
  if (type === 'sticky_note' || type === 'shape' || type === 'text' || type === 'frame') {
    return isPlaced(raw, type);
  }
  if (type === 'tag') return isId(raw.id) && typeof raw.title === 'string';
  return readOther(raw) !== undefined;
}

const SdkItems = z.array(SdkItem);

export type SdkItemsParse =
  | { success: true; data: SdkItem[] }
  | { success: false; error: z.ZodError };

/**
 * Every item of a `board.get()` result, checked against its type's schema. A board read checks
 * thousands of items, and zod's parse of each cost more than inference on the board: each is
 * checked by hand (`isSdkItem`), and zod parses the list only when one fails, for its issues (the
 * paths and messages the error report is made of). On success the data are the items given,
 * not copies: they carry every field the schemas keep, with the same values, and the fields the
 * schemas drop besides, which no reader of an `SdkItem` sees.
 */
export function parseSdkItems(raw: readonly unknown[]): SdkItemsParse {
  for (const entry of raw) if (!isSdkItem(entry)) return SdkItems.safeParse(raw);
  return { success: true, data: raw as SdkItem[] }; // every entry passed `isSdkItem`
}

// `SdkItem` parses each item by its own type, so its `type` tells which schema it passed.
export const isSdkStickyNote = (item: SdkItem): item is SdkStickyNote =>
  item.type === 'sticky_note';
export const isSdkShape = (item: SdkItem): item is SdkShape => item.type === 'shape';
export const isSdkText = (item: SdkItem): item is SdkText => item.type === 'text';
export const isSdkFrame = (item: SdkItem): item is SdkFrame => item.type === 'frame';
export const isSdkTag = (item: SdkItem): item is SdkTag => item.type === 'tag';
