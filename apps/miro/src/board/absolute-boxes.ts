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
  rotation?: number | undefined;
  relativeTo: RelativeTo;
  /** Absent, undefined or (as the Web SDK says it) null: no parent. */
  parentId?: string | null | undefined;
}

export interface ResolvedBoxes {
  /** The box of each placement, by index; duplicates of an id share its first placement's box. */
  boxes: Box[];
  /** The parent of each placement, by index, when that parent is on the board. */
  parents: (string | undefined)[];
  warnings: BoardReadWarning[];
}

/** The index of each id's first placement: the one its box is computed from. */
interface IdIndex {
  get(id: string): number | undefined;
  has(id: string): boolean;
  /** Distinct ids. */
  readonly size: number;
}

/**
 * Miro lists a board in creation order, its ids ascending: then an id is found by binary search
 * over the placements themselves, with no map of every id (hashing thousands of fresh id strings
 * was a fifth of a board read). Any other order gets a map.
 */
function indexIds(placements: readonly Placement[]): IdIndex {
  const count = placements.length;
  let ascending = true;
  for (let index = 1; index < count && ascending; index++) {
    ascending = (placements[index - 1] as Placement).id < (placements[index] as Placement).id;
  }
  if (ascending) {
    const get = (id: string): number | undefined => {
      let low = 0;
      let high = count;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((placements[middle] as Placement).id < id) low = middle + 1;
        else high = middle;
      }
      return low < count && (placements[low] as Placement).id === id ? low : undefined;
    };
    return { get, has: (id) => get(id) !== undefined, size: count };
  }
  // Set from the last placement back, so the first of an id is the one left.
  const byId = new Map<string, number>();
  for (let index = count - 1; index >= 0; index--) {
    byId.set((placements[index] as Placement).id, index);
  }
  return byId;
}

/**
 * Every item's board-absolute box, in O(n log n): each box is computed once, parents before
 * children, without recursion (a long chain of nested frames cannot overflow the stack). An item whose
 * parent is missing, or caught in a parent loop, is placed as if canvas-relative and reported.
 * Results are by index, not by id: a board read resolves thousands of items, and every lookup
 * by id string cost more than the box it found.
 */
export function resolveBoxes(placements: readonly Placement[]): ResolvedBoxes {
  const count = placements.length;
  const firstById = indexIds(placements);
  const duplicated = firstById.size < count;
  // Each placement's own index, unless an id is placed twice.
  const first: number[] = [];
  if (duplicated) {
    for (let index = 0; index < count; index++) {
      first.push(firstById.get((placements[index] as Placement).id) as number);
    }
  }
  const firstOf = (index: number) => (duplicated ? (first[index] as number) : index);
  const warnings: BoardReadWarning[] = [];
  // By first index: the last placement of an id that names a parent on the board sets it.
  const parentByFirst: (string | undefined)[] = new Array(count).fill(undefined);
  for (let index = 0; index < count; index++) {
    const placement = placements[index] as Placement;
    const parentId = placement.parentId ?? undefined;
    if (parentId === undefined) continue;
    if (firstById.has(parentId)) {
      parentByFirst[firstOf(index)] = parentId;
    } else {
      warnings.push({
        code: 'missing-parent',
        itemId: placement.id,
        message: `item ${placement.id} names parent ${parentId}, which is not on the board: ${
          placement.relativeTo === 'canvas_center'
            ? 'its position is canvas-relative and kept'
            : 'its position is read as canvas-relative'
        }`,
      });
    }
  }

  const boxByFirst: (Box | undefined)[] = new Array(count).fill(undefined);
  const chain: number[] = [];
  const onChain = new Set<number>();
  for (let start = 0; start < count; start++) {
    if (boxByFirst[firstOf(start)] !== undefined) continue;
    const placement = placements[start] as Placement;
    // Most items are canvas-relative: their box needs no chain of parents.
    if (placement.relativeTo === 'canvas_center') {
      boxByFirst[start] = boxOf(placement, undefined);
      continue;
    }
    let next: number | undefined = start;
    while (next !== undefined && boxByFirst[next] === undefined && !onChain.has(next)) {
      chain.push(next);
      onChain.add(next);
      const link = placements[next] as Placement;
      const parentId =
        link.relativeTo === 'canvas_center' ? undefined : (link.parentId ?? undefined);
      next = parentId === undefined ? undefined : firstById.get(parentId);
    }
    for (let index = chain.length - 1; index >= 0; index--) {
      const at = chain[index] as number;
      const link = placements[at] as Placement;
      boxByFirst[at] = boxOf(link, parentBox(link, boxByFirst, firstById, warnings));
    }
    chain.length = 0;
    onChain.clear();
  }
  const boxes = boxByFirst as Box[]; // every first placement got its box in the loop above
  if (!duplicated) return { boxes, parents: parentByFirst, warnings };
  return {
    boxes: first.map((at) => boxes[at] as Box),
    parents: first.map((at) => parentByFirst[at]),
    warnings,
  };
}

/** The box a parent-relative position is measured in; undefined (and reported) when there is none. */
function parentBox(
  placement: Placement,
  boxByFirst: readonly (Box | undefined)[],
  firstById: IdIndex,
  warnings: BoardReadWarning[],
): Box | undefined {
  if (placement.relativeTo === 'canvas_center') return undefined;
  const parentId = placement.parentId ?? undefined;
  if (parentId === undefined) {
    warnings.push({
      code: 'no-parent',
      itemId: placement.id,
      message: `item ${placement.id} is positioned relative to its parent but has none: its position is read as canvas-relative`,
    });
    return undefined;
  }
  const parentAt = firstById.get(parentId);
  const box = parentAt === undefined ? undefined : boxByFirst[parentAt];
  if (box === undefined && parentAt !== undefined) {
    // The parent is on the board but not resolved yet: it is further up this same chain.
    warnings.push({
      code: 'parent-cycle',
      itemId: placement.id,
      message: `item ${placement.id} and parent ${parentId} contain each other: ${placement.id} is read as canvas-relative`,
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
  const { width, height } = placement;
  const turn = (((placement.rotation ?? 0) % 180) + 180) % 180;
  // The axis-aligned size of a rotated box (lane labels are often turned 90°); the centre stays.
  // Worked out here, not returned as a size object: a board read makes a box per item.
  if (turn === 0) return { left: centreX - width / 2, top: centreY - height / 2, width, height };
  if (turn === 90) {
    return { left: centreX - height / 2, top: centreY - width / 2, width: height, height: width };
  }
  const radians = (turn * Math.PI) / 180;
  const cos = Math.abs(Math.cos(radians));
  const sin = Math.abs(Math.sin(radians));
  const turnedWidth = width * cos + height * sin;
  const turnedHeight = width * sin + height * cos;
  return {
    left: centreX - turnedWidth / 2,
    top: centreY - turnedHeight / 2,
    width: turnedWidth,
    height: turnedHeight,
  };
}
