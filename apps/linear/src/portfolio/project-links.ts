// Linear projects → WorkLinks on the stages their journey labels name, and the projects in no journey.
import {
  labelStageId,
  type MatchedJourney,
  type UnlinkedWork,
  WorkLink,
} from '@throughline/journey-core';
import type { LinearProject, ProjectHealth, ProjectStatusType } from '../client/linear-model';

const STATUS: Record<ProjectStatusType, WorkLink['status']> = {
  backlog: 'todo',
  planned: 'todo',
  started: 'in-progress',
  paused: 'in-progress',
  completed: 'done',
  canceled: 'canceled',
};

const HEALTH: Record<ProjectHealth, NonNullable<WorkLink['health']>> = {
  onTrack: 'on-track',
  atRisk: 'at-risk',
  offTrack: 'off-track',
};

export interface ProjectLinks {
  links: WorkLink[];
  unlinked: UnlinkedWork[];
}

/** Where each journey stage label points: the map and its stage (a label the map lacks keeps a stage of its own id). */
function stagesByLabel(journeys: readonly MatchedJourney[]) {
  const byLabel = new Map<string, { mapId: string; stageId: string }>();
  for (const journey of journeys) {
    for (const label of journey.stageLabels) {
      byLabel.set(label.labelId, {
        mapId: journey.map.id,
        stageId: label.stageId ?? labelStageId(label.labelId),
      });
    }
  }
  return byLabel;
}

/** The project's fields as a WorkLink carries them; the stage is filled in per label. */
function projectWork(project: LinearProject, at: { mapId: string; stageId: string }): WorkLink {
  // Parsed so that a URL or a figure out of range fails here, naming the project, not in the core.
  return WorkLink.parse({
    provider: 'linear',
    id: project.id,
    key: project.slugId,
    title: project.name,
    url: project.url,
    status: STATUS[project.statusType],
    ...(project.health === null ? {} : { health: HEALTH[project.health] }),
    progress: project.progress,
    scope: project.scope,
    ...(project.startDate === null ? {} : { startDate: project.startDate }),
    ...(project.targetDate === null ? {} : { dueDate: project.targetDate }),
    ...at,
  });
}

/** One link per journey stage label a project carries; archived projects are left out altogether. */
export function projectWorkLinks(
  projects: readonly LinearProject[],
  journeys: readonly MatchedJourney[],
): ProjectLinks {
  const byLabel = stagesByLabel(journeys);
  const links: WorkLink[] = [];
  const unlinked: UnlinkedWork[] = [];
  for (const project of projects) {
    if (project.archivedAt !== null) continue;
    const stages = project.labels.flatMap((label) => byLabel.get(label.id) ?? []);
    if (stages.length === 0)
      unlinked.push({ id: project.id, title: project.name, url: project.url });
    for (const at of stages) links.push(projectWork(project, at));
  }
  return { links, unlinked };
}
