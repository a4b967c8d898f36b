// Miro REST v2 board items, as read from `GET /v2/boards/{board_id}/items`: the fields we use.
import { z } from 'zod';

// Strict where a field decides geometry or text; loose (`looseObject`) wherever Miro adds fields.

/** Miro ids are decimal strings ("3458764517517819000"): never numbers, which would round them. */
export const RestItemId = z.string().min(1);

/** Where an item's x/y are measured from. `parent_top_left`: the parent frame's top-left corner. */
export const RestRelativeTo = z.enum(['canvas_center', 'parent_top_left']);
export type RestRelativeTo = z.infer<typeof RestRelativeTo>;

export const RestPosition = z.looseObject({
  x: z.number().finite(),
  y: z.number().finite(),
  // x/y is the item's centre: the only origin Miro supports, and the one every box here assumes.
  origin: z.literal('center').optional(),
  relativeTo: RestRelativeTo,
});
export type RestPosition = z.infer<typeof RestPosition>;

const Size = z.number().finite().nonnegative();

export const RestGeometry = z.looseObject({
  width: Size,
  height: Size,
  /** Degrees, clockwise. */
  rotation: z.number().finite().optional(),
});
export type RestGeometry = z.infer<typeof RestGeometry>;

/** Text items may come without a height (the text sets it); their box is then a line. */
export const RestTextGeometry = RestGeometry.extend({ height: Size.optional() });
export type RestTextGeometry = z.infer<typeof RestTextGeometry>;

/** Other items only need what places them (or nothing: some have no position at all). */
export const RestLooseGeometry = RestGeometry.partial();
export type RestLooseGeometry = z.infer<typeof RestLooseGeometry>;

export const RestParent = z.looseObject({ id: RestItemId });
export type RestParent = z.infer<typeof RestParent>;

/** Miro writes style numbers as strings (`"fontSize": "24"`); one we cannot read is dropped. */
export const StyleNumber = z
  .union([z.number(), z.string().regex(/^\s*-?\d+(\.\d+)?\s*$/)])
  .transform(Number)
  .optional()
  .catch(undefined);

export const RestStyle = z.looseObject({
  /** A sticky's colour name (`light_yellow`) or a hex value (`#ffd02f`, `#ffffffff`). */
  fillColor: z.string().optional(),
  color: z.string().optional(),
  fontSize: StyleNumber,
  fillOpacity: StyleNumber,
});
export type RestStyle = z.infer<typeof RestStyle>;

/** What places a drawn item (style, size, position, frame), after its id, type and data. */
const drawn = {
  style: RestStyle.optional(),
  geometry: RestGeometry,
  position: RestPosition,
  parent: RestParent.optional(),
};

export const RestStickyNote = z.looseObject({
  id: RestItemId,
  type: z.literal('sticky_note'),
  data: z.looseObject({
    /** HTML. */
    content: z.string().optional(),
    /** `square` or `rectangle` today; kept as a string so that a new shape does not fail a read. */
    shape: z.string().optional(),
  }),
  ...drawn,
  /** Present on some responses; titles come from the board's tags. */
  tagIds: z.array(z.string()).optional(),
});
export type RestStickyNote = z.infer<typeof RestStickyNote>;

export const RestShape = z.looseObject({
  id: RestItemId,
  type: z.literal('shape'),
  data: z.looseObject({ content: z.string().optional(), shape: z.string().optional() }).optional(),
  ...drawn,
});
export type RestShape = z.infer<typeof RestShape>;

export const RestText = z.looseObject({
  id: RestItemId,
  type: z.literal('text'),
  data: z.looseObject({ content: z.string() }),
  ...drawn,
  geometry: RestTextGeometry,
});
export type RestText = z.infer<typeof RestText>;

export const RestFrame = z.looseObject({
  id: RestItemId,
  type: z.literal('frame'),
  data: z.looseObject({ title: z.string().optional() }).optional(),
  // Frames nest: a frame inside a frame is placed relative to its parent's top-left too.
  ...drawn,
});
export type RestFrame = z.infer<typeof RestFrame>;

/** Images, cards, embeds, and types Miro adds later: kept (as kind `other`), never rejected. */
export const RestOtherItem = z.looseObject({
  id: RestItemId,
  type: z.string().min(1),
  geometry: RestLooseGeometry.optional(),
  position: RestPosition.optional(),
  parent: RestParent.optional(),
});
export type RestOtherItem = z.infer<typeof RestOtherItem>;

const KNOWN_ITEMS = {
  sticky_note: RestStickyNote,
  shape: RestShape,
  text: RestText,
  frame: RestFrame,
} as const;

export type RestItem = RestStickyNote | RestShape | RestText | RestFrame | RestOtherItem;

const ItemHead = z.looseObject({ type: z.string() });

function isKnownType(type: string): type is keyof typeof KNOWN_ITEMS {
  return Object.hasOwn(KNOWN_ITEMS, type);
}

/**
 * One item, checked against the schema of its own `type` (a union would report every
 * option's complaint about a malformed sticky; this reports the sticky's).
 */
export const RestItem = z.unknown().transform((raw, context): RestItem => {
  const head = ItemHead.safeParse(raw);
  const schema =
    head.success && isKnownType(head.data.type) ? KNOWN_ITEMS[head.data.type] : RestOtherItem;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    context.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  }
  return z.NEVER;
});

// `RestItem` parses each item by its own type, so its `type` tells which schema it passed.
export const isRestStickyNote = (item: RestItem): item is RestStickyNote =>
  item.type === 'sticky_note';
export const isRestShape = (item: RestItem): item is RestShape => item.type === 'shape';
export const isRestText = (item: RestItem): item is RestText => item.type === 'text';
export const isRestFrame = (item: RestItem): item is RestFrame => item.type === 'frame';

/** A page of `GenericItemCursorPaged`: a non-empty `cursor` on every page but the last. */
export const RestItemsPage = z.looseObject({
  data: z.array(RestItem),
  total: z.number().int().nonnegative().optional(),
  size: z.number().int().nonnegative().optional(),
  limit: z.number().int().positive().optional(),
  cursor: z.string().optional(),
  links: z.looseObject({ self: z.string().optional(), next: z.string().optional() }).optional(),
});
export type RestItemsPage = z.infer<typeof RestItemsPage>;
