// The portfolio as of a day, from what the store holds (no Linear or Jira request): the page and the API read this.
import { type JourneyMap, parseMap, WorkLink, type WorkPortfolio } from '@throughline/journey-core';
import type { LinearPortfolioInput } from '../portfolio/linear-portfolio';
import type { PortfolioState } from '../store/portfolio-state';
import type { Logger } from './log';

export type ComputePortfolio = (input: LinearPortfolioInput) => WorkPortfolio;

/** The stored maps, parsed again on the way out: a row edited by hand must not reach the core unchecked. */
export async function storedMaps(state: PortfolioState, log: Logger): Promise<JourneyMap[]> {
  const maps: JourneyMap[] = [];
  for (const document of await state.maps()) {
    const parsed = parseMap(document);
    if (parsed.ok) maps.push(parsed.value);
    else log('warn', 'map.invalid', { diagnostics: parsed.diagnostics.length });
  }
  return maps;
}

/** The stored Jira work links, checked again on the way out like the maps. */
async function storedJiraLinks(state: PortfolioState, log: Logger): Promise<WorkLink[]> {
  const links: WorkLink[] = [];
  let invalid = 0;
  for (const document of await state.jiraLinks()) {
    const parsed = WorkLink.safeParse(document);
    if (parsed.success && parsed.data.provider === 'jira') links.push(parsed.data);
    else invalid++;
  }
  if (invalid > 0) log('warn', 'jira.links.invalid', { links: invalid });
  return links;
}

export async function currentPortfolio(
  state: PortfolioState,
  compute: ComputePortfolio,
  asOf: string,
  log: Logger,
): Promise<WorkPortfolio> {
  const [projects, groups, maps, jiraLinks] = await Promise.all([
    state.projects(),
    state.labelGroups(),
    storedMaps(state, log),
    storedJiraLinks(state, log),
  ]);
  return compute({ projects, groups, maps, jiraLinks, asOf });
}
