// The Jira site the terminal talks to: JIRA_URL, JIRA_EMAIL and JIRA_API_TOKEN (Basic auth).
import {
  createHttpTransport,
  createJiraClient,
  type HttpTransport,
  type JiraClient,
  JiraClientError,
} from '@throughline/jira';
import type { HttpEventListener, HttpLimits } from '@throughline/platform-http';
import { CliError, ExitCode } from '../cli-error';
import type { Io } from '../io';
import { LIMIT_FLAGS } from '../live-read';

export interface JiraConnection {
  client: JiraClient;
  transport: HttpTransport;
}

export interface ConnectOptions {
  limits?: Partial<HttpLimits>;
  onEvent?: HttpEventListener;
  storyPointsFieldId?: string;
}

/** A client for the site in the environment; a missing or bad setting is one line and exit 2. */
export function connectJira(io: Io, options: ConnectOptions = {}): JiraConnection {
  const { JIRA_URL: url, JIRA_EMAIL: email, JIRA_API_TOKEN: token } = io.env;
  const missing = [
    url ? undefined : 'JIRA_URL',
    email ? undefined : 'JIRA_EMAIL',
    token ? undefined : 'JIRA_API_TOKEN',
  ].filter((name) => name !== undefined);
  if (missing.length > 0 || !url || !email || !token) {
    throw new CliError(
      `set ${missing.join(', ')}: the Jira site (https://your-team.atlassian.net), your Atlassian email and an API token`,
    );
  }
  try {
    const transport = createHttpTransport({
      siteUrl: url,
      email,
      apiToken: token,
      limitFlags: LIMIT_FLAGS,
      ...(options.limits === undefined ? {} : { limits: options.limits }),
      ...(options.onEvent === undefined ? {} : { onEvent: options.onEvent }),
    });
    return { client: clientOver(transport, options), transport };
  } catch (error) {
    throw jiraFailure(error);
  }
}

/**
 * A client over a connection's transport, e.g. one that reads the story points field found with
 * the first: the transport holds the run's one retry budget, so a command never makes a second.
 */
export function clientOver(transport: HttpTransport, options: ConnectOptions = {}): JiraClient {
  try {
    return createJiraClient({
      transport,
      maxPagesFlag: LIMIT_FLAGS.maxPages,
      ...(options.limits?.maxPages === undefined ? {} : { maxPages: options.limits.maxPages }),
      maxItemsFlag: LIMIT_FLAGS.maxItems,
      ...(options.limits?.maxItems === undefined ? {} : { maxItems: options.limits.maxItems }),
      ...(options.storyPointsFieldId === undefined
        ? {}
        : { storyPointsFieldId: options.storyPointsFieldId }),
    });
  } catch (error) {
    throw jiraFailure(error);
  }
}

/** A client error as the CLI reports it: exit 2 when the user can fix it, 1 otherwise. */
export function jiraFailure(error: unknown, prefix = ''): unknown {
  if (!(error instanceof JiraClientError)) return error;
  const exitCode = error.isUserFixable ? ExitCode.badInput : ExitCode.unexpected;
  return new CliError(`${prefix}${error.message}`, exitCode);
}
