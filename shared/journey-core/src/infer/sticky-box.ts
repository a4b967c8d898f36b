// The part of a sticky a person sees: Miro reports a square sticky taller than the visible note.
import type { BoardItem, Box } from './board-item';

/** Miro reports a square sticky's height as ~1.146 × its width; the extra is not part of the note. */
export const SQUARE_STICKY_HEIGHT_RATIO = 1.146;
/** How far a reported ratio may stray from 1.146 and still be read as a square sticky. */
const SQUARE_RATIO_TOLERANCE = 0.03;

/** Whether the sticky is a square note, by its declared shape or by Miro's tell-tale ratio. */
export function isSquareSticky(item: Pick<BoardItem, 'box' | 'shape'>): boolean {
  if (item.shape === 'square') return true;
  const { width, height } = item.box;
  if (width <= 0) return false;
  return Math.abs(height / width - SQUARE_STICKY_HEIGHT_RATIO) <= SQUARE_RATIO_TOLERANCE;
}

/** The sticky's visible box: for a square note, the square of its width around the same centre. */
export function visibleBox(item: Pick<BoardItem, 'box' | 'shape'>): Box {
  const { box } = item;
  if (!isSquareSticky(item) || box.height === box.width) return box;
  return {
    left: box.left,
    top: box.top + (box.height - box.width) / 2,
    width: box.width,
    height: box.width,
  };
}
