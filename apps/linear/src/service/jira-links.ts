// The Jira half of the service's portfolio: a map's linked issues as work links, read the way the
// CLI reads them (Basic auth over the shared HTTP layer, one search per map). Like perCallClient for
// Linear, each read gets a fresh transport and client, so each has its own retry budget and page cap.
import { createHttpTransport, createJiraClient, toWorkLinks } from '@throughline/jira';
import type { WorkLink } from '@throughline/journey-core';
import type { HttpEventListener } from '@throughline/platform-http';
import type { JiraSettings } from './config';

/** One map's linked Jira issues, as work links on its stages; rejects when Jira could not be read. */
export type ReadJiraLinks = (mapId: string) => Promise<WorkLink[]>;

export interface JiraLinksOptions {
  onEvent?: HttpEventListener;
  /** A problem with one issue's links (it is left out); keys and reasons, never values. */
  onIssueProblem?: (key: string, problem: string) => void;
  fetch?: typeof globalThis.fetch;
  /** Waits before a retry; tests pass one that does not wait. */
  sleep?: (milliseconds: number) => Promise<void>;
}

export function jiraLinksReader(
  settings: JiraSettings,
  options: JiraLinksOptions = {},
): ReadJiraLinks {
  return async (mapId) => {
    const transport = createHttpTransport({
      siteUrl: settings.siteUrl,
      email: settings.email,
      apiToken: settings.apiToken,
      ...(options.onEvent === undefined ? {} : { onEvent: options.onEvent }),
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
    });
    const client = createJiraClient({ transport });
    const issues = await client.searchLinkedIssues(mapId);
    for (const issue of issues) {
      if (issue.linksProblem !== undefined) options.onIssueProblem?.(issue.key, issue.linksProblem);
    }
    return toWorkLinks(issues, mapId, { siteUrl: transport.siteUrl });
  };
}
