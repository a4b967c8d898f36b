// A set of work's headline figures by the Linear portfolio's rules (issue 10), which differ from the Jira rollup's.
import type { Health, WorkLink } from '../model/work-link';
import { checkAsOf, isActive, isOverdue, workKey } from '../rollup/link-health';

/** The portfolio's JSON words for health; `none` when nothing in the set is active. */
export type SetHealth = 'offTrack' | 'atRisk' | 'onTrack' | 'unknown' | 'none';

export interface WorkSetFigures {
  health: SetHealth;
  /** Scope-weighted share done over non-canceled work, 0 to 1; null when there is none. */
  progress: number | null;
  overdue: number;
  active: number;
  /** Distinct pieces of work, canceled and done included. */
  count: number;
}

export const HEALTH_WORD: Record<Health, 'offTrack' | 'atRisk' | 'onTrack'> = {
  'off-track': 'offTrack',
  'at-risk': 'atRisk',
  'on-track': 'onTrack',
};

/** Worst first. */
const HEALTH_ORDER: readonly SetHealth[] = ['offTrack', 'atRisk', 'onTrack', 'unknown', 'none'];

/** One link per piece of work: several links to one project or issue count it once. */
export function distinctWork(links: readonly WorkLink[]): WorkLink[] {
  const seen = new Set<string>();
  return links.filter((link) => {
    const work = workKey(link);
    if (seen.has(work)) return false;
    seen.add(work);
    return true;
  });
}

/** How one active piece of work counts: overdue overrules what the team reported. */
function activeHealth(link: WorkLink, asOf: string): SetHealth {
  if (isOverdue(link, asOf)) return 'offTrack';
  return link.health === undefined ? 'unknown' : HEALTH_WORD[link.health];
}

/** Work without a progress figure (Jira) counts as finished when done, else as not started. */
const progressOf = (link: WorkLink): number => link.progress ?? (link.status === 'done' ? 1 : 0);

/** Undefined when the scopes sum past the largest number. */
function weightedMean(work: readonly WorkLink[], scale: number): number | undefined {
  let total = 0;
  let done = 0;
  for (const link of work) {
    const scope = (link.scope ?? 1) / scale;
    total += scope;
    done += scope * progressOf(link);
  }
  if (!Number.isFinite(total)) return undefined;
  if (total === 0) return work.reduce((sum, link) => sum + progressOf(link), 0) / work.length;
  return Math.min(1, done / total);
}

function setProgress(links: readonly WorkLink[]): number | null {
  const work = links.filter((link) => link.status !== 'canceled');
  if (work.length === 0) return null;
  // Huge scopes sum to Infinity; dividing each by the largest keeps the same ratio finite.
  const largest = () => work.reduce((max, link) => Math.max(max, link.scope ?? 1), 0);
  return weightedMean(work, 1) ?? weightedMean(work, largest()) ?? null;
}

export function workSetFigures(links: readonly WorkLink[], asOf: string): WorkSetFigures {
  checkAsOf(asOf);
  const work = distinctWork(links);
  let worst: SetHealth = 'none';
  let overdue = 0;
  let active = 0;
  for (const link of work) {
    if (!isActive(link)) continue;
    active += 1;
    if (isOverdue(link, asOf)) overdue += 1;
    const health = activeHealth(link, asOf);
    if (HEALTH_ORDER.indexOf(health) < HEALTH_ORDER.indexOf(worst)) worst = health;
  }
  return { health: worst, progress: setProgress(work), overdue, active, count: work.length };
}
