// Miro Web SDK items as `board.get()` returns them: the fields we use, parsed once at the edge
// (other fields are dropped, not copied: a board read parses thousands of items).
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
type SdkStyle = z.infer<typeof Style>;
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
/** `Style`: undefined when absent, a copy of its one field when valid, `false` otherwise. */
function readStyle(value: unknown): SdkStyle | undefined | false {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return false;
  const { fillColor } = value;
  return isOptionalString(fillColor) ? { fillColor } : false;
}

function isStringArray(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (const entry of value) if (typeof entry !== 'string') return false;
  return true;
}

/**
 * A sticky, shape, text or frame as its schema would parse it, each field read once (an SDK
 * item's fields may be slow to read) and copied out by name: a spread is many times slower.
 */
function readPlaced(raw: Record<string, unknown>, type: PlacedType): SdkItem | undefined {
  const { id, x, y, width, height, rotation, relativeTo, parentId } = raw;
  if (!isId(id) || !isCoordinate(x) || !isCoordinate(y) || !isSize(width) || !isSize(height)) {
    return undefined;
  }
  if (rotation !== undefined && !isCoordinate(rotation)) return undefined;
  if (!isRelativeTo(relativeTo) || !isParentId(parentId)) return undefined;
  const style = readStyle(raw.style);
  if (style === false) return undefined;
  if (type === 'frame') {
    const { title } = raw;
    if (!isOptionalString(title)) return undefined;
    return { id, type, x, y, width, height, rotation, relativeTo, parentId, title, style };
  }
  const { content } = raw;
  if (type === 'shape') {
    if (!isOptionalString(content)) return undefined;
    return { id, type, x, y, width, height, rotation, relativeTo, parentId, content, style };
  }
  if (typeof content !== 'string') return undefined;
  if (type === 'text') {
    return { id, type, x, y, width, height, rotation, relativeTo, parentId, content, style };
  }
  const { shape, tagIds } = raw;
  if (!isOptionalString(shape) || (tagIds !== undefined && !isStringArray(tagIds))) {
    return undefined;
  }
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
    return readPlaced(raw, type);
  }
  if (type === 'tag') return readTag(raw);
  return readOther(raw);
}

const SdkItems = z.array(SdkItem);

export type SdkItemsParse =
  | { success: true; data: SdkItem[] }
  | { success: false; error: z.ZodError };

/**
 * Every item of a `board.get()` result, checked against its type's schema. A board read checks
 * thousands of items, and zod's parse of each cost more than inference on the board: each is
 * read by hand, and zod parses the list only when one fails, for its issues (the paths and
 * messages the error report is made of).
 */
export function parseSdkItems(raw: readonly unknown[]): SdkItemsParse {
  const items: SdkItem[] = [];
  for (const entry of raw) {
    const item = readSdkItem(entry);
    if (item === undefined) return SdkItems.safeParse(raw);
    items.push(item);
  }
  return { success: true, data: items };
}

// `SdkItem` parses each item by its own type, so its `type` tells which schema it passed.
export const isSdkStickyNote = (item: SdkItem): item is SdkStickyNote =>
  item.type === 'sticky_note';
export const isSdkShape = (item: SdkItem): item is SdkShape => item.type === 'shape';
export const isSdkText = (item: SdkItem): item is SdkText => item.type === 'text';
export const isSdkFrame = (item: SdkItem): item is SdkFrame => item.type === 'frame';
export const isSdkTag = (item: SdkItem): item is SdkTag => item.type === 'tag';
