// Running totals over a set of work links (counts, weighted progress, health), fed one link at a time.
import type { Health, WorkLink } from '../model/work-link';
import {
  effectiveHealth,
  isActive,
  isOverdue,
  type RollupHealth,
  rollupHealth,
  worseHealth,
} from './link-health';

export interface StatusCounts {
  todo: number;
  inProgress: number;
  done: number;
  canceled: number;
  total: number;
}

/** Active work by the health it counts with (overdue work is off track whatever the team says). */
export interface ActiveHealthCounts {
  onTrack: number;
  atRisk: number;
  offTrack: number;
}

export interface WorkFigures {
  counts: StatusCounts;
  /** Scope-weighted share done, 0 to 1; null when no work has any weight. */
  progress: number | null;
  health: RollupHealth;
  /** Active work past its due date (only counted when a date is given). */
  overdue: number;
  activeHealth: ActiveHealthCounts;
}

export interface WorkTally {
  counts: StatusCounts;
  activeHealth: ActiveHealthCounts;
  overdue: number;
  /** The sum of the scopes, times `scale`. */
  weight: number;
  /** The sum of scope × progress, times `scale`. */
  weightedProgress: number;
  /** A power of two, 1 until the sums would grow past `SUM_LIMIT`; progress is their ratio. */
  scale: number;
  worstActive: Health | undefined;
}

/**
 * Sums are kept below this by scaling them down: a scope may be any finite number (1e308), and
 * two of them would add up to Infinity, and progress to Infinity / Infinity = NaN. Scaling by a
 * power of two is exact, so ordinary scopes give the very figures they gave unscaled.
 */
const SUM_LIMIT = 2 ** 960;
const SCALE_STEP = 2 ** -64;

export function emptyTally(): WorkTally {
  return {
    counts: { todo: 0, inProgress: 0, done: 0, canceled: 0, total: 0 },
    activeHealth: { onTrack: 0, atRisk: 0, offTrack: 0 },
    overdue: 0,
    weight: 0,
    weightedProgress: 0,
    scale: 1,
    worstActive: undefined,
  };
}

/** Jira issues carry no progress figure, so unfinished work without one counts as not started. */
function linkProgress(link: WorkLink): number {
  return link.status === 'done' ? 1 : (link.progress ?? 0);
}

function countStatus(counts: StatusCounts, link: WorkLink): void {
  counts.total += 1;
  if (link.status === 'todo') counts.todo += 1;
  else if (link.status === 'in-progress') counts.inProgress += 1;
  else if (link.status === 'done') counts.done += 1;
  else counts.canceled += 1;
}

function countActiveHealth(tally: WorkTally, link: WorkLink, asOf: string | undefined): void {
  const health = effectiveHealth(link, asOf);
  if (health === 'off-track') tally.activeHealth.offTrack += 1;
  else if (health === 'at-risk') tally.activeHealth.atRisk += 1;
  else tally.activeHealth.onTrack += 1;
  tally.worstActive =
    tally.worstActive === undefined ? health : worseHealth(tally.worstActive, health);
  if (isOverdue(link, asOf)) tally.overdue += 1;
}

export function addLink(tally: WorkTally, link: WorkLink, asOf: string | undefined): void {
  countStatus(tally.counts, link);
  // Canceled work will never be delivered: it neither advances nor holds back progress.
  if (link.status !== 'canceled') addWeight(tally, link.scope ?? 1, linkProgress(link));
  if (isActive(link)) countActiveHealth(tally, link, asOf);
}

/** Adds `scope` of work `progress` done, scaling the sums down first when they would grow too big. */
function addWeight(tally: WorkTally, scope: number, progress: number): void {
  while (tally.weight + scope * tally.scale > SUM_LIMIT) {
    tally.weight *= SCALE_STEP;
    tally.weightedProgress *= SCALE_STEP;
    tally.scale *= SCALE_STEP;
  }
  const weight = scope * tally.scale;
  tally.weight += weight;
  tally.weightedProgress += weight * progress;
}

function progressOf(tally: WorkTally): number | null {
  if (tally.weight === 0) return null;
  // The sum of scope × progress never exceeds the sum of scopes, rounding included; the clamp
  // only makes that plain.
  return Math.min(1, tally.weightedProgress / tally.weight);
}

export function tallyFigures(tally: WorkTally): WorkFigures {
  return {
    counts: { ...tally.counts },
    progress: progressOf(tally),
    health: rollupHealth(tally.worstActive, tally.counts.done > 0),
    overdue: tally.overdue,
    activeHealth: { ...tally.activeHealth },
  };
}
