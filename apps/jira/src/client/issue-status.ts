// A Jira issue's status, due date and size in the core's terms (WorkLink status, dueDate, scope).
import type { WorkStatus } from '@throughline/journey-core';

/** Resolutions that close an issue without doing it: such a done issue counts as canceled. */
export const DEFAULT_CANCELED_RESOLUTIONS: readonly string[] = [
  "Won't Do",
  "Won't Fix",
  'Duplicate',
  'Declined',
  'Cannot Reproduce',
];

/** The three status categories every Jira status belongs to (`statusCategory.key`). */
export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface IssueStatusFacts {
  /** `fields.status.statusCategory.key`; anything unknown counts as not started. */
  categoryKey: string | undefined;
  /** `fields.resolution.name`, when the issue is resolved. */
  resolution?: string | undefined;
}

/**
 * `new` → todo, `indeterminate` → in-progress, `done` → done, unless the resolution is one of
 * `canceledResolutions` (compared case-insensitively, apostrophes and spaces as typed) → canceled.
 */
export function workStatus(
  facts: IssueStatusFacts,
  canceledResolutions: readonly string[] = DEFAULT_CANCELED_RESOLUTIONS,
): WorkStatus {
  switch (facts.categoryKey) {
    case 'indeterminate':
      return 'in-progress';
    case 'done': {
      const resolution = normalResolution(facts.resolution);
      const canceled = canceledResolutions.some((name) => normalResolution(name) === resolution);
      return resolution !== '' && canceled ? 'canceled' : 'done';
    }
    default:
      return 'todo';
  }
}

/** Lower case, trimmed, typographic apostrophes as plain ones: "Won’t do" is "won't do". */
function normalResolution(name: string | undefined): string {
  return (name ?? '')
    .trim()
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();
}

/** `duedate` as Jira sends it (`YYYY-MM-DD` or null): the date, or undefined. */
export function dueDateOf(duedate: unknown): string | undefined {
  return typeof duedate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(duedate) ? duedate : undefined;
}

/**
 * How big the issue is: the story points field's value when settings name one (by field id)
 * and it holds a non-negative number, else 1 (every issue counts once).
 */
export function issueScope(
  fields: Readonly<Record<string, unknown>>,
  storyPointsFieldId: string | undefined,
): number {
  if (storyPointsFieldId === undefined) return 1;
  const points = fields[storyPointsFieldId];
  return typeof points === 'number' && Number.isFinite(points) && points >= 0 ? points : 1;
}
