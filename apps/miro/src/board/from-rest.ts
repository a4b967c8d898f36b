// Miro REST items to the core's board items: absolute boxes, plain text, colour, shape, tags.
import { type BoardItem, cleanText } from '@throughline/journey-core';
import { type Placement, resolveBoxes } from './absolute-boxes';
import type { BoardRead, BoardReadWarning } from './board-read';
import { htmlToText } from './html-text';
import {
  isRestFrame,
  isRestShape,
  isRestStickyNote,
  isRestText,
  type RestItem,
} from './rest-items';

export interface RestTag {
  id: string;
  title: string;
}

export interface FromRestOptions {
  /** The board's tags (`GET /v2/boards/{board_id}/tags`), to name the tags items carry. */
  tags?: readonly RestTag[];
}

/**
 * Board items in board coordinates. Nothing is dropped: an item whose parent is missing keeps
 * its position, read as canvas-relative, and is reported in `warnings`.
 */
export function fromRestItems(
  items: readonly RestItem[],
  options: FromRestOptions = {},
): BoardRead {
  const { boxes, parents, warnings } = resolveBoxes(items.map(placementOf));
  const tagTitles = new Map(
    (options.tags ?? []).map((tag) => [tag.id, cleanText(tag.title).toLowerCase()]),
  );
  const boardItems: BoardItem[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as RestItem;
    const rotation = item.geometry?.rotation;
    const place: ItemPlace = {
      id: item.id,
      box: boxes[index] as BoardItem['box'],
      parentId: parents[index],
      // The box is already upright; the angle tells inference a label was turned to read sideways.
      rotation: rotation === 0 ? undefined : rotation,
    };
    const fill =
      isRestStickyNote(item) || isRestShape(item) || isRestText(item) || isRestFrame(item)
        ? colorOf(item.style?.fillColor)
        : undefined;
    let built: BoardItem;
    if (isRestStickyNote(item)) {
      const shape = item.data.shape;
      const tags = tagsOf(item.id, item.tagIds, tagTitles, warnings);
      built = boardItem(place, 'sticky', htmlToText(item.data.content ?? ''));
      if (fill !== undefined) built.color = fill;
      if (shape === 'square' || shape === 'rectangle') built.shape = shape;
      if (tags !== undefined) built.tags = tags;
    } else if (isRestShape(item)) {
      built = boardItem(place, 'shape', htmlToText(item.data?.content ?? ''));
      if (fill !== undefined) built.color = fill;
    } else if (isRestText(item)) {
      built = boardItem(place, 'text', htmlToText(item.data.content));
      if (fill !== undefined) built.color = fill;
    } else if (isRestFrame(item)) {
      built = boardItem(place, 'frame', plainTitle(item.data?.title ?? ''));
      if (fill !== undefined) built.color = fill;
    } else {
      // Connectors, images, cards…: kept with their type, so the summary can count what it ignored.
      built = boardItem(place, 'other', '');
      built.platformType = item.type;
    }
    boardItems.push(built);
  }
  return { items: boardItems, warnings };
}

/** Where an item is and what holds it: the first fields of its board item. */
export interface ItemPlace {
  id: string;
  box: BoardItem['box'];
  parentId: string | undefined;
  /** Undefined for an item that is not turned. */
  rotation: number | undefined;
}

/**
 * A board item's first fields, always in this order; the optional ones after `text` are set on
 * it by the reader. Literals, not spreads of optional fields: spread items each get a hidden
 * class of their own, and every later read of them (all of inference) is the slower for it.
 */
export function boardItem(place: ItemPlace, kind: BoardItem['kind'], text: string): BoardItem {
  const { id, box, parentId, rotation } = place;
  if (rotation === undefined) {
    return parentId === undefined ? { id, box, kind, text } : { id, box, parentId, kind, text };
  }
  return parentId === undefined
    ? { id, box, rotation, kind, text }
    : { id, box, parentId, rotation, kind, text };
}

/** Items without a position (some types have none) sit at the canvas centre with no size. */
function placementOf(item: RestItem): Placement {
  const placement: Placement = {
    id: item.id,
    x: item.position?.x ?? 0,
    y: item.position?.y ?? 0,
    width: item.geometry?.width ?? 0,
    height: item.geometry?.height ?? 0,
    relativeTo: item.position?.relativeTo ?? 'canvas_center',
  };
  if (item.geometry?.rotation !== undefined) placement.rotation = item.geometry.rotation;
  if (item.parent !== undefined) placement.parentId = item.parent.id;
  return placement;
}

/** Colour names and hex values, lower-cased: `#FFD02F` and `#ffd02f` are one colour. */
export function colorOf(fill: string | undefined): string | undefined {
  const color = fill?.trim().toLowerCase();
  return color === undefined || color === '' ? undefined : color;
}

/** Frame titles are plain text already: only control characters go and whitespace is tidied. */
export function plainTitle(title: string): string {
  return cleanText(title).replace(/\s+/g, ' ').trim();
}

export function tagsOf(
  itemId: string,
  tagIds: readonly string[] | undefined,
  titles: ReadonlyMap<string, string>,
  warnings: BoardReadWarning[],
): string[] | undefined {
  if (tagIds === undefined || tagIds.length === 0) return undefined;
  const tags: string[] = [];
  for (const tagId of tagIds) {
    const title = titles.get(tagId);
    if (title === undefined) {
      warnings.push({
        code: 'missing-tag',
        itemId,
        message: `item ${itemId} carries tag ${tagId}, which is not among the board's tags`,
      });
    } else {
      tags.push(title);
    }
  }
  return tags;
}
