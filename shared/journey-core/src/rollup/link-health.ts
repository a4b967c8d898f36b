// How healthy one link and a set of links are, with overdue active work counted as off track.
import type { Health, WorkLink } from '../model/work-link';

/** A set of links' health: the worst active work, else whether anything was finished. */
export type RollupHealth = 'off-track' | 'at-risk' | 'on-track' | 'done' | 'none';

const HEALTH_RANK: Record<Health, number> = { 'on-track': 0, 'at-risk': 1, 'off-track': 2 };

/** Work still to be finished: it can slip, so it decides health. */
export function isActive(link: WorkLink): boolean {
  return link.status === 'todo' || link.status === 'in-progress';
}

/** Active work past its due date; dates are `YYYY-MM-DD`, so they compare as strings. */
export function isOverdue(link: WorkLink, asOf: string | undefined): boolean {
  return asOf !== undefined && isActive(link) && link.dueDate !== undefined && link.dueDate < asOf;
}

/** The team's own word, overruled when the due date has passed. */
export function effectiveHealth(link: WorkLink, asOf: string | undefined): Health {
  return isOverdue(link, asOf) ? 'off-track' : (link.health ?? 'on-track');
}

export function worseHealth(a: Health, b: Health): Health {
  return HEALTH_RANK[b] > HEALTH_RANK[a] ? b : a;
}

/** Health of a set from its worst active health (undefined when nothing is active). */
export function rollupHealth(worstActive: Health | undefined, anyDone: boolean): RollupHealth {
  if (worstActive !== undefined) return worstActive;
  return anyDone ? 'done' : 'none';
}
