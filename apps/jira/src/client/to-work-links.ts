// Jira issues to the core's WorkLinks: one WorkLink per link of an issue to the given map.
import type { WorkLink } from '@throughline/journey-core';
import { DEFAULT_CANCELED_RESOLUTIONS, workStatus } from './issue-status';
import type { JiraIssue } from './jira-issue';

export interface ToWorkLinksOptions {
  /** The site, `https://acme.atlassian.net`: each link gets `<site>/browse/<KEY>`. */
  siteUrl?: string;
  /** Resolutions that make a done issue canceled (default: Won't Do, Won't Fix, Duplicate…). */
  canceledResolutions?: readonly string[];
}

export function toWorkLinks(
  issues: readonly JiraIssue[],
  mapId: string,
  options: ToWorkLinksOptions = {},
): WorkLink[] {
  const site = browseBase(options.siteUrl);
  const canceled = options.canceledResolutions ?? DEFAULT_CANCELED_RESOLUTIONS;
  const links: WorkLink[] = [];
  for (const issue of issues) {
    const status = workStatus(
      { categoryKey: issue.statusCategory, resolution: issue.resolution },
      canceled,
    );
    for (const link of issue.links.links) {
      if (link.mapId !== mapId) continue;
      links.push({
        provider: 'jira',
        id: issue.id,
        key: issue.key,
        title: issue.summary,
        ...(site === undefined ? {} : { url: `${site}/browse/${encodeURIComponent(issue.key)}` }),
        status,
        scope: issue.scope,
        ...(issue.dueDate === undefined ? {} : { dueDate: issue.dueDate }),
        mapId: link.mapId,
        stageId: link.stageId,
        ...(link.painPointId === undefined ? {} : { painPointId: link.painPointId }),
      });
    }
  }
  return links;
}

/** Only an http(s) site makes links: WorkLink refuses any other scheme, and so do the apps. */
function browseBase(siteUrl: string | undefined): string | undefined {
  if (siteUrl === undefined) return undefined;
  try {
    const url = new URL(siteUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return undefined;
  }
}
