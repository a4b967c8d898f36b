// What `linear portfolio --link-maps URL` writes: a link to its journey's map on each project of a
// journey, once. Idempotent by URL over the links the projects were read with.
import type { PortfolioJourney, WorkPortfolio } from '@throughline/journey-core';
import type { LinearProject } from '../client/linear-model';

export interface MapLink {
  projectId: string;
  projectName: string;
  url: string;
  label: string;
}

export interface MapLinkPlan {
  create: MapLink[];
  /** Projects that already carry their journey's link. */
  present: MapLink[];
}

/** The journey map's address: the base, then the map's key (stable across renames of its title). */
export function mapUrl(base: string, journey: PortfolioJourney): string {
  return `${base.replace(/\/+$/, '')}/${encodeURIComponent(journey.key)}`;
}

/** Every project of the journey: those on its stages and those on labels its map lacks. */
function journeyProjectIds(journey: PortfolioJourney): Set<string> {
  const ids = new Set(journey.unstaged.projects.map((project) => project.id));
  for (const stage of journey.stages) for (const project of stage.projects) ids.add(project.id);
  return ids;
}

/** What to create: a project in two journeys gets two links; one its project already carries is skipped. */
export function planMapLinks(
  portfolio: WorkPortfolio,
  projects: readonly LinearProject[],
  base: string,
): MapLinkPlan {
  const byId = new Map(projects.map((project) => [project.id, project]));
  const plan: MapLinkPlan = { create: [], present: [] };
  for (const journey of portfolio.journeys) {
    const url = mapUrl(base, journey);
    for (const id of journeyProjectIds(journey)) {
      const project = byId.get(id);
      if (project === undefined) continue;
      const link = {
        projectId: id,
        projectName: project.name,
        url,
        label: `Journey map: ${journey.name}`,
      };
      const present = project.externalLinks.some((existing) => existing.url === url);
      (present ? plan.present : plan.create).push(link);
    }
  }
  return plan;
}
