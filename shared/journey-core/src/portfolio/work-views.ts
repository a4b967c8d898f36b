// One project, issue or pain point as the work portfolio shows it: plain data, health in the JSON words.
import type { PainPoint } from '../model/journey-map';
import type { WorkLink, WorkStatus } from '../model/work-link';
import { isOverdue } from '../rollup/link-health';
import { HEALTH_WORD } from './work-set-figures';

export interface WorkView {
  id: string;
  key?: string;
  title: string;
  url?: string;
  status: WorkStatus;
  /** As the team reported it; absent when it never did. */
  health?: 'onTrack' | 'atRisk' | 'offTrack';
  progress?: number;
  dueDate?: string;
  overdue: boolean;
}

export interface PainPointView {
  id: string;
  title: string;
  severity?: number;
  reach?: number;
  /** Some live work names it, or a live Linear project sits on its stage. */
  addressed: boolean;
}

/** Work in no journey: a project with no journey's labels. */
export interface UnlinkedWork {
  id: string;
  title: string;
  url?: string;
}

export function workView(link: WorkLink, asOf: string): WorkView {
  const view: WorkView = {
    id: link.id,
    title: link.title,
    status: link.status,
    overdue: isOverdue(link, asOf),
  };
  if (link.key !== undefined) view.key = link.key;
  if (link.url !== undefined) view.url = link.url;
  if (link.health !== undefined) view.health = HEALTH_WORD[link.health];
  if (link.progress !== undefined) view.progress = link.progress;
  if (link.dueDate !== undefined) view.dueDate = link.dueDate;
  return view;
}

export function painPointView(pain: PainPoint, addressed: boolean): PainPointView {
  const view: PainPointView = { id: pain.id, title: pain.title, addressed };
  if (pain.severity !== undefined) view.severity = pain.severity;
  if (pain.reach !== undefined) view.reach = pain.reach;
  return view;
}
