// Miro Web SDK items to the core's board items: the same rules as the REST reader.
import type { Item } from '@mirohq/websdk-types';
import { type BoardItem, cleanText } from '@throughline/journey-core';
import { type Placement, resolveBoxes } from './absolute-boxes';
import { type BoardRead, BoardReadError } from './board-read';
import { boardItem, colorOf, type ItemPlace, plainTitle, tagsOf } from './from-rest';
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
    // The box is already upright; the angle tells inference a label was turned to read sideways.
    const place: ItemPlace = {
      id: item.id,
      box: boxes[index] as BoardItem['box'],
      parentId: parents[index],
      rotation: item.rotation === 0 ? undefined : item.rotation,
    };
    if (isSdkStickyNote(item)) {
      const built = boardItem(place, 'sticky', htmlToText(item.content));
      const fill = colorOf(item.style?.fillColor);
      if (fill !== undefined) built.color = fill;
      if (item.shape === 'square' || item.shape === 'rectangle') built.shape = item.shape;
      const tags = tagsOf(item.id, item.tagIds, tagTitles, warnings);
      if (tags !== undefined) built.tags = tags;
      items.push(built);
    } else if (isSdkShape(item) || isSdkText(item)) {
      const kind = isSdkShape(item) ? 'shape' : 'text';
      const built = boardItem(place, kind, htmlToText(item.content ?? ''));
      const fill = colorOf(item.style?.fillColor);
      if (fill !== undefined) built.color = fill;
      items.push(built);
    } else if (isSdkFrame(item)) {
      const built = boardItem(place, 'frame', plainTitle(item.title ?? ''));
      const fill = colorOf(item.style?.fillColor);
      if (fill !== undefined) built.color = fill;
      items.push(built);
    } else {
      // Connectors, images, cards…: kept with their type, so the summary can count what it ignored.
      const built = boardItem(place, 'other', '');
      built.platformType = item.type;
      items.push(built);
    }
  }
  return { items, warnings };
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
