// The one HTTP layer under every platform client: timeouts, caps, a run-wide retry budget,
// progress events and redaction. Browser-safe: web-standard globals only.
export type { CollectPagesOptions, PageContext, PageParse } from './collect-pages';
export { collectPages, describeReadSoFar } from './collect-pages';
export type {
  HttpClient,
  HttpClientOptions,
  HttpJsonResponse,
  HttpRequestOptions,
} from './http-client';
export { createHttpClient, WAITING_EVERY_MS } from './http-client';
export type { HttpErrorCode, HttpErrorDetails, ReadProgress } from './http-error';
export { HttpError, isHttpError } from './http-error';
export type {
  HttpEvent,
  HttpEventListener,
  PageEvent,
  RetryEvent,
  WaitingEvent,
} from './http-events';
export type { HttpLimits, LimitFlags } from './http-limits';
export {
  DEFAULT_HTTP_LIMITS,
  formatCount,
  formatDuration,
  formatLimitValue,
  limitHint,
  resolveLimits,
} from './http-limits';
export type { Redact } from './redact';
export { createRedactor, REDACTED, stripUrlCredentials } from './redact';
export { parseRetryAfter } from './retry-delay';
