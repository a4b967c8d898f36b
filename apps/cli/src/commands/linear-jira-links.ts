// The Jira half of the Linear portfolio: each map's linked Jira issues, when a Jira site is configured.
import { toWorkLinks } from '@throughline/jira';
import type { JourneyMap, WorkLink } from '@throughline/journey-core';
import type { HttpLimits } from '@throughline/platform-http';
import type { Io } from '../io';
import { progressReporter } from '../live-read';
import { term } from '../render/terminal-text';
import { connectJira, jiraFailure } from './jira-connection';

/** Jira joins when JIRA_URL is set and a map names what to look for; missing credentials are then an error. */
export const wantsJira = (io: Io, maps: readonly JourneyMap[]): boolean =>
  maps.length > 0 && (io.env.JIRA_URL ?? '').trim() !== '';

/** Every map's linked issues as work links on its stages, one search per map. */
export async function readJiraLinks(
  io: Io,
  maps: readonly JourneyMap[],
  limits: Partial<HttpLimits>,
): Promise<WorkLink[]> {
  const progress = progressReporter(io, 'Jira issues of the maps');
  try {
    const { client, transport } = connectJira(io, { limits, onEvent: progress.onEvent });
    const links: WorkLink[] = [];
    for (const map of maps) {
      const issues = await client.searchLinkedIssues(map.id, {
        onPage: ({ pages, issues: count }) =>
          progress.onEvent({ type: 'page', pages, items: count }),
      });
      progress.done();
      for (const issue of issues) {
        if (issue.linksProblem !== undefined)
          io.err(term`warning: ${issue.key}: ${issue.linksProblem}\n`);
      }
      links.push(...toWorkLinks(issues, map.id, { siteUrl: transport.siteUrl }));
    }
    return links;
  } catch (error) {
    throw jiraFailure(error);
  } finally {
    progress.done();
  }
}
