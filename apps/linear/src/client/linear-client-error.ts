// The one error the Linear client throws: a code to branch on, a redacted message that says what
// was read before the failure and what was not.

import { type LinearError, LinearErrorType } from '@linear/sdk';
import type { HttpError } from '@throughline/platform-http';
import type { PageProgress } from './linear-model';

export type LinearClientErrorCode =
  /** No key, or Linear refused it: the user sets LINEAR_API_KEY again. */
  | 'unauthorized'
  /** The key may not read or change this. */
  | 'forbidden'
  /** Refused before sending (bad URL, bad argument) or by Linear (invalid input, unknown entity). */
  | 'invalid-request'
  /** RATELIMITED after the run's retry budget, or a Retry-After longer than the longest wait. */
  | 'rate-limited'
  /** Linear failed (5xx, internal error) after the retry budget. */
  | 'server'
  /** Connection refused or broken, DNS, TLS, or a timeout. */
  | 'network'
  /** A page cap of the read was reached. */
  | 'limit-reached'
  /** Linear answered something that is not the shape our query asks for. */
  | 'invalid-response';

const USER_FIXABLE: ReadonlySet<LinearClientErrorCode> = new Set<LinearClientErrorCode>([
  'unauthorized',
  'forbidden',
  'invalid-request',
]);

export class LinearClientError extends Error {
  /** Something the user changes (key, ids, flags): CLI exit 2, not 1. */
  readonly isUserFixable: boolean;

  constructor(
    readonly code: LinearClientErrorCode,
    message: string,
    /** What a paged read had read when it stopped. */
    readonly read?: PageProgress,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'LinearClientError';
    this.isUserFixable = USER_FIXABLE.has(code);
  }
}

export function isLinearClientError(value: unknown): value is LinearClientError {
  return value instanceof LinearClientError;
}

const BY_HTTP_CODE: Readonly<Record<HttpError['code'], LinearClientErrorCode>> = {
  'invalid-request': 'invalid-request',
  timeout: 'network',
  'too-large': 'invalid-response',
  'limit-reached': 'limit-reached',
  'rate-limited': 'rate-limited',
  'server-error': 'server',
  'network-error': 'network',
  redirect: 'invalid-response',
  refused: 'invalid-request',
  'invalid-response': 'invalid-response',
};

const BY_SDK_TYPE: Partial<Record<LinearErrorType, LinearClientErrorCode>> = {
  [LinearErrorType.Ratelimited]: 'rate-limited',
  [LinearErrorType.AuthenticationError]: 'unauthorized',
  [LinearErrorType.Forbidden]: 'forbidden',
  [LinearErrorType.FeatureNotAccessible]: 'forbidden',
  [LinearErrorType.InvalidInput]: 'invalid-request',
  [LinearErrorType.UserError]: 'invalid-request',
  [LinearErrorType.GraphqlError]: 'invalid-request',
  [LinearErrorType.InternalError]: 'server',
  [LinearErrorType.LockTimeout]: 'server',
  [LinearErrorType.NetworkError]: 'network',
};

/** The code of an SDK error, or of the HTTP layer's failure it carries as its cause. */
export function codeOf(error: LinearError): LinearClientErrorCode {
  const cause = error.cause as HttpError | undefined;
  if (cause?.name === 'HttpError') {
    if (cause.code === 'refused' && cause.status === 401) return 'unauthorized';
    if (cause.code === 'refused' && cause.status === 403) return 'forbidden';
    return BY_HTTP_CODE[cause.code];
  }
  return (error.type === undefined ? undefined : BY_SDK_TYPE[error.type]) ?? 'invalid-response';
}
