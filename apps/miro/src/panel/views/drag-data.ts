// What a drag carries: the picked card or unplaced sticky, in the drag's own data (no global state).
import { z } from 'zod';
import type { Selection } from '../panel-store';

/** A type of our own, so that text dragged in from elsewhere is never taken for a card. */
export const DRAG_TYPE = 'application/x-throughline-card';

const Dragged = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('item'), itemId: z.string().min(1) }),
  z.object({ kind: z.literal('unplaced'), index: z.number().int().nonnegative() }),
]);

export function writeDragged(event: DragEvent, selection: Selection): void {
  if (!event.dataTransfer) return;
  event.dataTransfer.setData(DRAG_TYPE, JSON.stringify(selection));
  event.dataTransfer.effectAllowed = 'move';
}

export function readDragged(event: DragEvent): Selection | null {
  const raw = event.dataTransfer?.getData(DRAG_TYPE);
  if (!raw) return null;
  try {
    const parsed = Dragged.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
