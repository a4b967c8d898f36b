// Miro Web SDK items as `board.get()` returns them: the fields we use, parsed once at the edge
// (other fields are dropped, not copied: a board read parses thousands of items).
import { z } from 'zod';

const Coordinate = z.number().finite();
const Size = z.number().finite().nonnegative();

/** The Web SDK adds `parent_center` to the two REST values. */
export const SdkRelativeTo = z.enum(['canvas_center', 'parent_top_left', 'parent_center']);

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

// `SdkItem` parses each item by its own type, so its `type` tells which schema it passed.
export const isSdkStickyNote = (item: SdkItem): item is SdkStickyNote =>
  item.type === 'sticky_note';
export const isSdkShape = (item: SdkItem): item is SdkShape => item.type === 'shape';
export const isSdkText = (item: SdkItem): item is SdkText => item.type === 'text';
export const isSdkFrame = (item: SdkItem): item is SdkFrame => item.type === 'frame';
export const isSdkTag = (item: SdkItem): item is SdkTag => item.type === 'tag';
