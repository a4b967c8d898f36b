// Plans a map's phases as a header row above the stage headers, each spanning its stages' columns.
import type { Phase } from '../model/journey-map';
import type { PlannedHeader } from './board-plan';

/** Shorter than a stage header: a phase names a group, and its label is a word or two. */
export const PHASE_HEADER_HEIGHT = 80;

/** Stage columns by stage index: where each starts and how wide it is. */
export interface StageColumns {
  lefts: readonly number[];
  widths: readonly number[];
}

/**
 * One header per phase that names at least one drawn stage, from the left of its first stage
 * column to the right of its last. Unknown stage ids are ignored rather than failing the drawing,
 * the same way items in unknown stages are skipped.
 */
export function planPhaseHeaders(
  phases: readonly Phase[],
  stageAt: ReadonlyMap<string, number>,
  columns: StageColumns,
  top: number,
): PlannedHeader[] {
  const headers: PlannedHeader[] = [];
  for (const phase of phases) {
    // A loop, not Math.min(...ids): a phase of a very large map would overflow the call stack.
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const id of phase.stageIds) {
      const index = stageAt.get(id);
      if (index === undefined) continue;
      first = Math.min(first, index);
      last = Math.max(last, index);
    }
    const left = columns.lefts[first];
    const lastLeft = columns.lefts[last];
    const lastWidth = columns.widths[last];
    if (left === undefined || lastLeft === undefined || lastWidth === undefined) continue;
    const box = { left, top, width: lastLeft + lastWidth - left, height: PHASE_HEADER_HEIGHT };
    headers.push({ refId: phase.id, role: 'phase', text: phase.name, box });
  }
  return headers;
}
