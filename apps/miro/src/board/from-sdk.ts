// Miro Web SDK items to the core's board items: the same rules as the REST reader.
import type { Item } from '@mirohq/websdk-types';
import { type BoardItem, cleanText } from '@throughline/journey-core';
import { z } from 'zod';
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
  SdkItem,
  UNPLACED_ENTITY_TYPES,
} from './sdk-items';

/** What `miro.board.get()` resolves to: every item type of the SDK, tags and unsupported ones too. */
export type SdkBoardItem = Item;

/**
 * Board items in board coordinates, from one `board.get()` result. Tags name the stickies' tag
 * ids; groups and connectors, which have no box, are left out. Throws `BoardReadError` when an
 * item is not what the SDK documents (e.g. no numeric x).
 */
export function fromSdkItems(sdkItems: readonly SdkBoardItem[]): BoardRead {
  const parsed = z.array(SdkItem).safeParse(sdkItems);
  if (!parsed.success) throw BoardReadError.fromZod('Web SDK', parsed.error, sdkItems);
  const tagTitles = new Map<string, string>();
  const placedItems: Exclude<SdkItem, { type: 'tag' }>[] = [];
  for (const item of parsed.data) {
    if (isSdkTag(item)) tagTitles.set(item.id, cleanText(item.title).toLowerCase());
    else if (!UNPLACED_ENTITY_TYPES.has(item.type)) placedItems.push(item);
  }
  const { boxes, parents, warnings } = resolveBoxes(placedItems.map(placementOf));
  const items = placedItems.map((item): BoardItem => {
    const box = boxes.get(item.id) ?? { left: 0, top: 0, width: 0, height: 0 };
    const parentId = parents.get(item.id);
    const rotation = item.rotation;
    const base = {
      id: item.id,
      box,
      ...(parentId === undefined ? {} : { parentId }),
      // The box is already upright; the angle tells inference a label was turned to read sideways.
      ...(rotation === undefined || rotation === 0 ? {} : { rotation }),
    };
    if (isSdkStickyNote(item)) {
      const fill = colorOf(item.style?.fillColor);
      const tags = tagsOf(item.id, item.tagIds, tagTitles, warnings);
      return {
        ...base,
        kind: 'sticky',
        text: htmlToText(item.content),
        ...(fill === undefined ? {} : { color: fill }),
        ...(item.shape === 'square' || item.shape === 'rectangle' ? { shape: item.shape } : {}),
        ...(tags === undefined ? {} : { tags }),
      };
    }
    if (isSdkShape(item) || isSdkText(item)) {
      const fill = colorOf(item.style?.fillColor);
      return {
        ...base,
        kind: isSdkShape(item) ? 'shape' : 'text',
        text: htmlToText(item.content ?? ''),
        ...(fill === undefined ? {} : { color: fill }),
      };
    }
    if (isSdkFrame(item)) {
      const fill = colorOf(item.style?.fillColor);
      return {
        ...base,
        kind: 'frame',
        text: plainTitle(item.title ?? ''),
        ...(fill === undefined ? {} : { color: fill }),
      };
    }
    // Connectors, images, cards…: kept with their type, so the summary can count what it ignored.
    return { ...base, kind: 'other', text: '', platformType: item.type };
  });
  return { items, warnings };
}

/** Items the SDK reports without a position sit at the canvas centre with no size. */
function placementOf(item: Exclude<SdkItem, { type: 'tag' }>): Placement {
  return {
    id: item.id,
    x: item.x ?? 0,
    y: item.y ?? 0,
    width: item.width ?? 0,
    height: item.height ?? 0,
    ...(item.rotation === undefined ? {} : { rotation: item.rotation }),
    relativeTo: item.relativeTo ?? 'canvas_center',
    ...(item.parentId === undefined || item.parentId === null ? {} : { parentId: item.parentId }),
  };
}
