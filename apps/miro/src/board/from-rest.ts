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
  const boardItems = items.map((item): BoardItem => {
    const box = boxes.get(item.id) ?? { left: 0, top: 0, width: 0, height: 0 };
    const parentId = parents.get(item.id);
    const rotation = item.geometry?.rotation;
    const base = {
      id: item.id,
      box,
      ...(parentId === undefined ? {} : { parentId }),
      // The box is already upright; the angle tells inference a label was turned to read sideways.
      ...(rotation === undefined || rotation === 0 ? {} : { rotation }),
    };
    const fill =
      isRestStickyNote(item) || isRestShape(item) || isRestText(item) || isRestFrame(item)
        ? colorOf(item.style?.fillColor)
        : undefined;
    const color = fill === undefined ? {} : { color: fill };
    if (isRestStickyNote(item)) {
      const shape = item.data.shape;
      const tags = tagsOf(item.id, item.tagIds, tagTitles, warnings);
      return {
        ...base,
        kind: 'sticky',
        text: htmlToText(item.data.content ?? ''),
        ...color,
        ...(shape === 'square' || shape === 'rectangle' ? { shape } : {}),
        ...(tags === undefined ? {} : { tags }),
      };
    }
    if (isRestShape(item)) {
      return { ...base, kind: 'shape', text: htmlToText(item.data?.content ?? ''), ...color };
    }
    if (isRestText(item)) {
      return { ...base, kind: 'text', text: htmlToText(item.data.content), ...color };
    }
    if (isRestFrame(item)) {
      return { ...base, kind: 'frame', text: plainTitle(item.data?.title ?? ''), ...color };
    }
    // Connectors, images, cards…: kept with their type, so the summary can count what it ignored.
    return { ...base, kind: 'other', text: '', platformType: item.type };
  });
  return { items: boardItems, warnings };
}

/** Items without a position (some types have none) sit at the canvas centre with no size. */
function placementOf(item: RestItem): Placement {
  return {
    id: item.id,
    x: item.position?.x ?? 0,
    y: item.position?.y ?? 0,
    width: item.geometry?.width ?? 0,
    height: item.geometry?.height ?? 0,
    ...(item.geometry?.rotation === undefined ? {} : { rotation: item.geometry.rotation }),
    relativeTo: item.position?.relativeTo ?? 'canvas_center',
    ...(item.parent === undefined ? {} : { parentId: item.parent.id }),
  };
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
