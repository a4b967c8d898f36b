// The one error the HTTP layer throws: a code to branch on, and a message already redacted.
import type { HttpLimits } from './http-limits';

export type HttpErrorCode =
  /** Refused before anything was sent: a bad URL, credentials in it, a control character. */
  | 'invalid-request'
  /** The headers timeout or the body deadline passed (see `limit`). */
  | 'timeout'
  /** The body was larger than `maxResponseBytes`. */
  | 'too-large'
  /** A paged read reached `maxPages` or `maxItems`. */
  | 'limit-reached'
  /** 429 after the retry budget ran out, or with a `Retry-After` past the longest wait. */
  | 'rate-limited'
  /** 5xx after the retry budget ran out, or with a `Retry-After` past the longest wait. */
  | 'server-error'
  /** fetch threw: connection refused or reset, DNS, TLS. */
  | 'network-error'
  /** A 3xx: never followed, since following would forward the bearer token. */
  | 'redirect'
  /** A 4xx other than 429: see `status` and `serverMessage`. */
  | 'refused'
  /** Not JSON, not the expected shape, or a paged read that would never end. */
  | 'invalid-response';

/** Progress of a paged read when it stopped. */
export interface ReadProgress {
  pages: number;
  items: number;
  /** The total the server reported, when it did. */
  total?: number;
}

export interface HttpErrorDetails {
  status?: number;
  /** The limit that stopped the run, for `timeout`, `too-large`, `limit-reached` and the budget. */
  limit?: keyof HttpLimits;
  /** The server's own reason for a refusal, redacted and shortened. */
  serverMessage?: string;
  /** How long the server asked to wait, when that was what stopped the run. */
  retryAfterMs?: number;
  /** What a paged read had read when it stopped. */
  progress?: ReadProgress;
}

export class HttpError extends Error {
  readonly code: HttpErrorCode;
  readonly status: number | undefined;
  readonly limit: keyof HttpLimits | undefined;
  readonly serverMessage: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly progress: ReadProgress | undefined;

  constructor(code: HttpErrorCode, message: string, details: HttpErrorDetails = {}) {
    super(message);
    this.name = 'HttpError';
    this.code = code;
    this.status = details.status;
    this.limit = details.limit;
    this.serverMessage = details.serverMessage;
    this.retryAfterMs = details.retryAfterMs;
    this.progress = details.progress;
  }

  /** The same failure with what a paged read had read, and a message that says so. */
  withProgress(progress: ReadProgress, message: string): HttpError {
    const details: HttpErrorDetails = { progress: { ...progress } };
    if (this.status !== undefined) details.status = this.status;
    if (this.limit !== undefined) details.limit = this.limit;
    if (this.serverMessage !== undefined) details.serverMessage = this.serverMessage;
    if (this.retryAfterMs !== undefined) details.retryAfterMs = this.retryAfterMs;
    return new HttpError(this.code, message, details);
  }
}

export function isHttpError(value: unknown): value is HttpError {
  return value instanceof HttpError;
}
