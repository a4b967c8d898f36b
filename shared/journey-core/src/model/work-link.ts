// A unit of delivery work (a Jira issue, a Linear project…) linked to a stage of a journey.
import { z } from 'zod';
import { Fraction, Id, IsoDate } from './primitives';

export const WorkStatus = z.enum(['todo', 'in-progress', 'done', 'canceled']);
export type WorkStatus = z.infer<typeof WorkStatus>;

export const Health = z.enum(['on-track', 'at-risk', 'off-track']);
export type Health = z.infer<typeof Health>;

export const WorkLink = z.object({
  provider: z.enum(['jira', 'linear']),
  /** The work's id in its provider (Jira issue id, Linear project id). */
  id: z.string().min(1),
  /** What people call it: `SHOP-42`, a Linear slug. */
  key: z.string().optional(),
  title: z.string(),
  /** Only http(s): the apps render it as a link, and a `javascript:` URL would run. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  status: WorkStatus,
  /** As reported by the team; overdue active work counts as off track whatever this says. */
  health: Health.optional(),
  /** Share of the work done, when the provider measures it (Linear project progress). */
  progress: Fraction.optional(),
  /** How big the work is (points, issue count); weighs progress. Defaults to 1. */
  scope: z.number().nonnegative().optional(),
  startDate: IsoDate.optional(),
  dueDate: IsoDate.optional(),
  mapId: Id,
  stageId: Id,
  painPointId: Id.optional(),
});
export type WorkLink = z.infer<typeof WorkLink>;
