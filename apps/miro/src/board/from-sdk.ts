// Miro Web SDK items to the core's board items: the same rules as the REST reader.
import type { Item } from '@mirohq/websdk-types';
import { type BoardItem, cleanText } from '@throughline/journey-core';
import { type Placement, resolveBoxes } from './absolute-boxes';
import { type BoardRead, BoardReadError } from './board-read';
import { colorOf, plainTitle, tagsOf } from './from-rest';
import { htmlToText } from './html-text';
import {
  isSdkFrame,
  isSdkShape,
  isSdkStickyNote,
  isSdkTag,
  isSdkText,
  parseSdkItems,
  type SdkItem,
  UNPLACED_ENTITY_TYPES,
} from './sdk-items';

/** An SDK item that is placed on the board: anything but a tag. */
type PlacedSdkItem = Exclude<SdkItem, { type: 'tag' }>;

/** What `miro.board.get()` resolves to: every item type of the SDK, tags and unsupported ones too. */
export type SdkBoardItem = Item;

/**
 * Board items in board coordinates, from one `board.get()` result. Tags name the stickies' tag
 * ids; groups and connectors, which have no box, are left out. Throws `BoardReadError` when an
 * item is not what the SDK documents (e.g. no numeric x).
 */
export function fromSdkItems(sdkItems: readonly SdkBoardItem[]): BoardRead {
  const parsed = parseSdkItems(sdkItems);
  if (!parsed.success) throw BoardReadError.fromZod('Web SDK', parsed.error, sdkItems);
  const tagTitles = new Map<string, string>();
  const placedItems: PlacedSdkItem[] = [];
  const placements: Placement[] = [];
  for (const item of parsed.data) {
    if (isSdkTag(item)) tagTitles.set(item.id, cleanText(item.title).toLowerCase());
    else if (!UNPLACED_ENTITY_TYPES.has(item.type)) {
      placedItems.push(item);
      placements.push(placementOf(item));
    }
  }
  const { boxes, parents, warnings } = resolveBoxes(placements);
  const items: BoardItem[] = [];
  for (let index = 0; index < placedItems.length; index++) {
    const item = placedItems[index] as PlacedSdkItem;
    const box = boxes[index] as BoardItem['box'];
    const parentId = parents[index];
    // The box is already upright; the angle tells inference a label was turned to read sideways.
    const rotation = item.rotation === 0 ? undefined : item.rotation;
    if (isSdkStickyNote(item)) {
      const { shape } = item;
      const built = placedItem(
        item.id,
        box,
        parentId,
        rotation,
        'sticky',
        htmlToText(item.content),
        colorOf(item.style?.fillColor),
        shape === 'square' || shape === 'rectangle' ? shape : undefined,
      );
      const tags = tagsOf(item.id, item.tagIds, tagTitles, warnings);
      if (tags !== undefined) built.tags = tags;
      items.push(built);
    } else if (isSdkShape(item) || isSdkText(item)) {
      const kind = isSdkShape(item) ? 'shape' : 'text';
      const text = htmlToText(item.content ?? '');
      const fill = colorOf(item.style?.fillColor);
      items.push(placedItem(item.id, box, parentId, rotation, kind, text, fill, undefined));
    } else if (isSdkFrame(item)) {
      const text = plainTitle(item.title ?? '');
      const fill = colorOf(item.style?.fillColor);
      items.push(placedItem(item.id, box, parentId, rotation, 'frame', text, fill, undefined));
    } else {
      // Connectors, images, cards…: kept with their type, so the summary can count what it ignored.
      const built = placedItem(item.id, box, parentId, rotation, 'other', '', undefined, undefined);
      built.platformType = item.type;
      items.push(built);
    }
  }
  return { items, warnings };
}

type Shape = BoardItem['shape'];

/**
 * A board item with its fields in the order the REST reader gives them (`boardItem`, then
 * `color` and `shape`), made by one literal: an item given fields after it is made needs a
 * second allocation for them, and a board read makes thousands. (`tags`, rare, is set after.)
 */
function placedItem(
  id: string,
  box: BoardItem['box'],
  parentId: string | undefined,
  rotation: number | undefined,
  kind: BoardItem['kind'],
  text: string,
  color: string | undefined,
  shape: Shape,
): BoardItem {
  if (parentId === undefined && rotation === undefined) {
    if (color === undefined) {
      return shape === undefined ? { id, box, kind, text } : { id, box, kind, text, shape };
    }
    return shape === undefined
      ? { id, box, kind, text, color }
      : { id, box, kind, text, color, shape };
  }
  if (rotation === undefined) {
    const withParent = parentId as string; // one of the two is defined
    if (color === undefined) {
      return shape === undefined
        ? { id, box, parentId: withParent, kind, text }
        : { id, box, parentId: withParent, kind, text, shape };
    }
    return shape === undefined
      ? { id, box, parentId: withParent, kind, text, color }
      : { id, box, parentId: withParent, kind, text, color, shape };
  }
  if (parentId === undefined) {
    if (color === undefined) {
      return shape === undefined
        ? { id, box, rotation, kind, text }
        : { id, box, rotation, kind, text, shape };
    }
    return shape === undefined
      ? { id, box, rotation, kind, text, color }
      : { id, box, rotation, kind, text, color, shape };
  }
  if (color === undefined) {
    return shape === undefined
      ? { id, box, parentId, rotation, kind, text }
      : { id, box, parentId, rotation, kind, text, shape };
  }
  return shape === undefined
    ? { id, box, parentId, rotation, kind, text, color }
    : { id, box, parentId, rotation, kind, text, color, shape };
}

/**
 * A sticky, shape, text or frame carries its whole placement, and is used as one: a board read
 * places thousands. Other items the SDK reports without a position sit at the canvas centre
 * with no size.
 */
function placementOf(item: PlacedSdkItem): Placement {
  if (isSdkStickyNote(item) || isSdkShape(item) || isSdkText(item) || isSdkFrame(item)) return item;
  const placement: Placement = {
    id: item.id,
    x: item.x ?? 0,
    y: item.y ?? 0,
    width: item.width ?? 0,
    height: item.height ?? 0,
    relativeTo: item.relativeTo ?? 'canvas_center',
  };
  if (item.rotation !== undefined) placement.rotation = item.rotation;
  if (item.parentId !== undefined && item.parentId !== null) placement.parentId = item.parentId;
  return placement;
}
