// The one error the Jira client throws: a code to branch on, and a message already redacted.
import type { HttpError } from '@throughline/platform-http';

export type JiraClientErrorCode =
  /** 401, or no credentials: the user signs in again or fixes the token. */
  | 'unauthorized'
  /** The user may not edit (or see) the issue: checked before writing, and Jira's own 403/404 on a write. */
  | 'no-permission'
  /** The issue (or field) does not exist, or the user may not see it. */
  | 'not-found'
  /** A request refused before sending (bad URL, bad id) or by Jira (400): the caller's to fix. */
  | 'invalid-request'
  /** A link value the property cannot hold: too many links, too many bytes, not our format. */
  | 'invalid-links'
  /** 429 after the retry budget, or a `Retry-After` longer than the longest wait. */
  | 'rate-limited'
  /** 5xx after the retry budget. */
  | 'server'
  /** Connection refused or broken, DNS, TLS, or a timeout. */
  | 'network'
  /** A page or item cap of the read was reached. */
  | 'limit-reached'
  /** Jira answered something that is not the shape the API documents. */
  | 'invalid-response';

const USER_FIXABLE: ReadonlySet<JiraClientErrorCode> = new Set<JiraClientErrorCode>([
  'unauthorized',
  'no-permission',
  'not-found',
  'invalid-request',
  'invalid-links',
]);

export class JiraClientError extends Error {
  /** Something the user changes (credentials, issue key, permission, flags): CLI exit 2, not 1. */
  readonly isUserFixable: boolean;

  constructor(
    readonly code: JiraClientErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'JiraClientError';
    this.isUserFixable = USER_FIXABLE.has(code);
  }
}

export function isJiraClientError(value: unknown): value is JiraClientError {
  return value instanceof JiraClientError;
}

/** The HTTP layer's failure in the client's terms (the message is already redacted there). */
export function fromHttpError(error: HttpError): JiraClientError {
  const { status } = error;
  switch (error.code) {
    case 'refused':
      if (status === 401) return new JiraClientError('unauthorized', error.message, status);
      if (status === 403) return new JiraClientError('no-permission', error.message, status);
      if (status === 404) return new JiraClientError('not-found', error.message, status);
      return new JiraClientError('invalid-request', error.message, status);
    case 'invalid-request':
      return new JiraClientError('invalid-request', error.message);
    case 'rate-limited':
      return new JiraClientError('rate-limited', error.message, status);
    case 'server-error':
      return new JiraClientError('server', error.message, status);
    case 'network-error':
    case 'timeout':
      return new JiraClientError('network', error.message, status);
    case 'limit-reached':
      return new JiraClientError('limit-reached', error.message);
    case 'redirect':
    case 'too-large':
    case 'invalid-response':
      return new JiraClientError('invalid-response', error.message, status);
  }
}
