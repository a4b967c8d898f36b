// How healthy one link and a set of links are, with overdue active work counted as off track.
import { IsoDate } from '../model/primitives';
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

/** Overdue checks compare dates as strings, which is right only for `YYYY-MM-DD`. */
export function checkAsOf(asOf: string | undefined): void {
  if (asOf !== undefined && !IsoDate.safeParse(asOf).success) {
    throw new RangeError(`asOf must be a YYYY-MM-DD date, got "${asOf}"`);
  }
}

/** One piece of work whatever its links: the same id in two tools is two pieces. */
export const workKey = (link: Pick<WorkLink, 'provider' | 'id'>): string =>
  `${link.provider}\u0000${link.id}`;
