// The Linear portfolio: label groups and maps matched into journeys, projects (and Jira issues) rolled into them.
import {
  type JourneyMap,
  matchJourneys,
  type WorkLink,
  type WorkPortfolio,
  workPortfolio,
} from '@throughline/journey-core';
import type { LabelGroup, LinearProject } from '../client/linear-model';
import { labelJourneys } from './journey-groups';
import { projectWorkLinks } from './project-links';

export interface LinearPortfolioInput {
  projects: readonly LinearProject[];
  groups: readonly LabelGroup[];
  /** Map files (`--map`); they add phases, stage order, empty stages, pain points and KPIs. */
  maps?: readonly JourneyMap[];
  /** The maps' linked Jira issues, read through the Jira client. */
  jiraLinks?: readonly WorkLink[];
  /** `YYYY-MM-DD`. */
  asOf: string;
}

export function linearPortfolio(input: LinearPortfolioInput): WorkPortfolio {
  const journeys = matchJourneys(labelJourneys(input.groups), input.maps ?? []);
  const { links, unlinked } = projectWorkLinks(input.projects, journeys);
  return workPortfolio({
    journeys,
    links: [...links, ...(input.jiraLinks ?? [])],
    unlinked,
    asOf: input.asOf,
  });
}
