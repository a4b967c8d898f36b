// One frame or a selection out of a whole board that was read (by the Web SDK or REST): the
// frame, what nests in it, and what lies on it.
import type { BoardItem } from '@throughline/journey-core';
import type { BoardRead, BoardReadWarning } from './board-read';

/** What to read: the whole board, one frame (and what lies on it), or given items. */
export type BoardScope =
  | { kind: 'board' }
  | { kind: 'frame'; frameId: string }
  | { kind: 'items'; itemIds: readonly string[] };

export interface ScopedBoardRead {
  items: BoardItem[];
  /** The frame's title when one frame was read: the map's title. */
  title?: string;
  warnings: BoardReadWarning[];
}

export class BoardScopeError extends Error {
  readonly code = 'frame-not-found';

  constructor(readonly frameId: string) {
    super(`frame ${frameId} is not on the board (it may have been deleted): select it again`);
    this.name = 'BoardScopeError';
  }
}

/**
 * The items of a whole-board read that are in scope. Boxes were resolved over the whole board
 * first, so a child's parent is always found; a parent out of scope is dropped from `parentId`.
 */
export function scopeBoardRead(read: BoardRead, scope: BoardScope): ScopedBoardRead {
  if (scope.kind === 'board') return read;
  const byId = new Map(read.items.map((item) => [item.id, item]));
  const childrenOf = childrenByParent(read.items);
  const warnings = [...read.warnings];
  const chosen = new Set<string>();

  if (scope.kind === 'frame') {
    const frame = byId.get(scope.frameId);
    if (frame === undefined || frame.kind !== 'frame') throw new BoardScopeError(scope.frameId);
    addFrameContent(frame, byId, childrenOf, chosen);
    return { items: keepOnly(read.items, chosen), title: frame.text, warnings };
  }

  for (const itemId of scope.itemIds) {
    const item = byId.get(itemId);
    if (item === undefined) {
      warnings.push({
        code: 'missing-item',
        itemId,
        message: `selected item ${itemId} is no longer on the board`,
      });
    } else if (item.kind === 'frame') {
      addFrameContent(item, byId, childrenOf, chosen);
    } else {
      chosen.add(item.id);
    }
  }
  return { items: keepOnly(read.items, chosen), warnings };
}

function childrenByParent(items: readonly BoardItem[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const item of items) {
    if (item.parentId === undefined) continue;
    const siblings = children.get(item.parentId);
    if (siblings === undefined) children.set(item.parentId, [item.id]);
    else siblings.push(item.id);
  }
  return children;
}

/**
 * A frame, its descendants (frames nest), and whatever sits on it without being its child:
 * stickies dropped over a frame often stay canvas items, yet people read them as inside it.
 * The frames around it are not on it, even when their centre falls inside it.
 */
function addFrameContent(
  frame: BoardItem,
  byId: ReadonlyMap<string, BoardItem>,
  childrenOf: ReadonlyMap<string, string[]>,
  chosen: Set<string>,
): void {
  const pending = [frame.id];
  const seen = new Set<string>();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    chosen.add(next);
    // One at a time: spread into push, a frame of 160,000 children would overflow the stack.
    for (const child of childrenOf.get(next) ?? []) pending.push(child);
  }
  const ancestors = new Set<string>();
  for (
    let up = frame.parentId;
    up !== undefined && !ancestors.has(up);
    up = byId.get(up)?.parentId
  ) {
    ancestors.add(up);
  }
  for (const item of byId.values()) {
    if (!ancestors.has(item.id) && centreInside(item, frame)) chosen.add(item.id);
  }
}

function centreInside(item: BoardItem, frame: BoardItem): boolean {
  const x = item.box.left + item.box.width / 2;
  const y = item.box.top + item.box.height / 2;
  const { left, top, width, height } = frame.box;
  return x >= left && x <= left + width && y >= top && y <= top + height;
}

/**
 * The chosen items in board order. A parent left out of the scope is dropped from `parentId`,
 * so the list never names an item it does not hold.
 */
function keepOnly(items: readonly BoardItem[], chosen: ReadonlySet<string>): BoardItem[] {
  return items
    .filter((item) => chosen.has(item.id))
    .map((item) => {
      if (item.parentId === undefined || chosen.has(item.parentId)) return item;
      const { parentId: _outside, ...rest } = item;
      return rest;
    });
}

/** A top-level frame with stickies on it: on a board of several journeys, one of them. */
export interface JourneyFrame {
  id: string;
  title: string;
  stickies: number;
}

/**
 * The top-level frames holding stickies, other than those in `besides` (frames a map already
 * reads as its stages): two or more mean the board holds several journeys, to convert one at a
 * time. Costs frames × stickies, so it is asked only when a conversion left stickies unplaced.
 */
export function journeyFrames(
  items: readonly BoardItem[],
  besides: ReadonlySet<string> = new Set(),
): JourneyFrame[] {
  const stickies = items.filter((item) => item.kind === 'sticky');
  const found: JourneyFrame[] = [];
  for (const frame of items) {
    if (frame.kind !== 'frame' || frame.parentId !== undefined || besides.has(frame.id)) continue;
    let count = 0;
    for (const sticky of stickies) if (centreInside(sticky, frame)) count++;
    if (count > 0) found.push({ id: frame.id, title: frame.text, stickies: count });
  }
  return found;
}
