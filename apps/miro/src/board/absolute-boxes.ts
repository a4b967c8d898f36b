// Board-absolute boxes from Miro's centre positions, resolved once through nested parent frames.
import type { BoardItem } from '@throughline/journey-core';
import type { BoardReadWarning } from './board-read';

type Box = BoardItem['box'];

/** REST knows the first two; the Web SDK adds `parent_center`. */
export type RelativeTo = 'canvas_center' | 'parent_top_left' | 'parent_center';

/** An item's placement as Miro reports it. */
export interface Placement {
  id: string;
  /** The centre, relative to `relativeTo`. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Degrees, clockwise. */
  rotation?: number;
  relativeTo: RelativeTo;
  parentId?: string;
}

export interface ResolvedBoxes {
  boxes: Map<string, Box>;
  /** The parent of each item whose parent is on the board. */
  parents: Map<string, string>;
  warnings: BoardReadWarning[];
}

/**
 * Every item's board-absolute box, in O(n): each box is computed once, parents before children,
 * without recursion (a long chain of nested frames cannot overflow the stack). An item whose
 * parent is missing, or caught in a parent loop, is placed as if canvas-relative and reported.
 */
export function resolveBoxes(placements: readonly Placement[]): ResolvedBoxes {
  const byId = new Map<string, Placement>();
  for (const placement of placements)
    if (!byId.has(placement.id)) byId.set(placement.id, placement);
  const boxes = new Map<string, Box>();
  const parents = new Map<string, string>();
  const warnings: BoardReadWarning[] = [];

  for (const placement of placements) {
    if (placement.parentId === undefined) continue;
    if (byId.has(placement.parentId)) {
      parents.set(placement.id, placement.parentId);
    } else {
      warnings.push({
        code: 'missing-parent',
        itemId: placement.id,
        message: `item ${placement.id} names parent ${placement.parentId}, which is not on the board: ${
          placement.relativeTo === 'canvas_center'
            ? 'its position is canvas-relative and kept'
            : 'its position is read as canvas-relative'
        }`,
      });
    }
  }

  const chain: Placement[] = [];
  const onChain = new Set<string>();
  for (const start of placements) {
    // Most items are canvas-relative: their box needs no chain of parents.
    if (start.relativeTo === 'canvas_center') {
      if (!boxes.has(start.id)) boxes.set(start.id, boxOf(start, undefined));
      continue;
    }
    let next: Placement | undefined = start;
    while (next !== undefined && !boxes.has(next.id) && !onChain.has(next.id)) {
      chain.push(next);
      onChain.add(next.id);
      next = next.relativeTo === 'canvas_center' ? undefined : parentOf(next, byId);
    }
    for (let index = chain.length - 1; index >= 0; index--) {
      const placement = chain[index] as Placement;
      boxes.set(placement.id, boxOf(placement, parentBox(placement, boxes, byId, warnings)));
    }
    chain.length = 0;
    onChain.clear();
  }
  return { boxes, parents, warnings };
}

function parentOf(placement: Placement, byId: Map<string, Placement>): Placement | undefined {
  return placement.parentId === undefined ? undefined : byId.get(placement.parentId);
}

/** The box a parent-relative position is measured in; undefined (and reported) when there is none. */
function parentBox(
  placement: Placement,
  boxes: Map<string, Box>,
  byId: Map<string, Placement>,
  warnings: BoardReadWarning[],
): Box | undefined {
  if (placement.relativeTo === 'canvas_center') return undefined;
  if (placement.parentId === undefined) {
    warnings.push({
      code: 'no-parent',
      itemId: placement.id,
      message: `item ${placement.id} is positioned relative to its parent but has none: its position is read as canvas-relative`,
    });
    return undefined;
  }
  const box = boxes.get(placement.parentId);
  if (box === undefined && byId.has(placement.parentId)) {
    // The parent is on the board but not resolved yet: it is further up this same chain.
    warnings.push({
      code: 'parent-cycle',
      itemId: placement.id,
      message: `item ${placement.id} and parent ${placement.parentId} contain each other: ${placement.id} is read as canvas-relative`,
    });
  }
  return box;
}

function boxOf(placement: Placement, parent: Box | undefined): Box {
  let centreX = placement.x;
  let centreY = placement.y;
  if (parent !== undefined && placement.relativeTo === 'parent_top_left') {
    centreX += parent.left;
    centreY += parent.top;
  } else if (parent !== undefined && placement.relativeTo === 'parent_center') {
    centreX += parent.left + parent.width / 2;
    centreY += parent.top + parent.height / 2;
  }
  const { width, height } = rotatedSize(placement.width, placement.height, placement.rotation ?? 0);
  return { left: centreX - width / 2, top: centreY - height / 2, width, height };
}

/** The axis-aligned size of a rotated box (lane labels are often turned 90°); the centre stays. */
function rotatedSize(width: number, height: number, degrees: number) {
  const turn = ((degrees % 180) + 180) % 180;
  if (turn === 0) return { width, height };
  if (turn === 90) return { width: height, height: width };
  const radians = (turn * Math.PI) / 180;
  const cos = Math.abs(Math.cos(radians));
  const sin = Math.abs(Math.sin(radians));
  return { width: width * cos + height * sin, height: width * sin + height * cos };
}
