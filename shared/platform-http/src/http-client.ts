// One run's HTTP client: JSON GET and POST with timeouts, caps, a shared retry budget, redaction.
import { beforeDeadline, startDeadline } from './deadline';
import { HttpError } from './http-error';
import type { HttpEvent, HttpEventListener } from './http-events';
import {
  formatDuration,
  formatLimitValue,
  type HttpLimits,
  type LimitFlags,
  limitHint,
  resolveLimits,
} from './http-limits';
import { discardBody, readBodyText } from './read-body';
import { createRedactor, quoteServerText, type Redact } from './redact';
import { checkHeaders, checkUrl, describeUrl } from './request-check';
import { backoffDelay, parseRetryAfter } from './retry-delay';
import { serverReason } from './server-message';

/** How often a request that has not answered yet reports that it is still waiting. */
export const WAITING_EVERY_MS = 5_000;

/** Error bodies are only quoted, so far less of one is read. */
const ERROR_BODY_BYTES = 64 * 1024;

export interface HttpClientOptions {
  /** Defaults to the global fetch, looked up at each request (so msw can stand in for it). */
  fetch?: typeof globalThis.fetch;
  limits?: Partial<HttpLimits>;
  /** The flag that raises each limit, named in the message when that limit stops the run. */
  limitFlags?: LimitFlags;
  /** Tokens and passwords: never in any message, raw or URL-encoded. */
  secrets: readonly string[];
  /** Progress; an exception thrown here is ignored, since progress must not break a read. */
  onEvent?: HttpEventListener;
  /** Waits before a retry; tests pass one that does not wait. */
  sleep?: (milliseconds: number) => Promise<void>;
  /** Jitter source, [0, 1). */
  random?: () => number;
  /** The clock, for `Retry-After` dates and waiting events. */
  now?: () => number;
  /** How often `waiting` is reported while a request is unanswered (default 5 s). */
  waitingEveryMs?: number;
}

export interface HttpRequestOptions {
  headers?: Readonly<Record<string, string>>;
  /**
   * Whether a 5xx is retried (default true). Pass false for a write a failing server may already
   * have applied; 429 is always retried, since a rate-limited request was not handled.
   */
  retryServerErrors?: boolean;
  /**
   * Whether a non-2xx answer (besides 429) is the platform saying "too many requests" its own way,
   * given the status and up to 64 KiB of the body: Linear answers HTTP 400 with a `RATELIMITED`
   * error code. Such an answer is retried like a 429, from the same budget.
   */
  isRateLimited?: (status: number, body: string) => boolean;
}

/** A 2xx answer; `body` is the parsed JSON (undefined when empty), for the caller to parse with zod. */
export interface HttpJsonResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface HttpClient {
  readonly limits: Readonly<HttpLimits>;
  readonly limitFlags: Readonly<LimitFlags>;
  /** The redaction every message of this client goes through; platform clients use it too. */
  readonly redact: Redact;
  /** Retries left in the run's budget. */
  readonly retriesLeft: number;
  getJson(url: URL | string, options?: HttpRequestOptions): Promise<HttpJsonResponse>;
  postJson(
    url: URL | string,
    body: unknown,
    options?: HttpRequestOptions,
  ): Promise<HttpJsonResponse>;
  /** A PUT replaces the resource: sent again after a 5xx it lands the same, so it is retried. */
  putJson(
    url: URL | string,
    body: unknown,
    options?: HttpRequestOptions,
  ): Promise<HttpJsonResponse>;
  deleteJson(url: URL | string, options?: HttpRequestOptions): Promise<HttpJsonResponse>;
  /** Sends an event to `onEvent` (the pagination helper reports pages through it). */
  report(event: HttpEvent): void;
}

type Attempt = HttpJsonResponse | { retry: true; status: number; retryAfter: string | null };

/**
 * A client for one run: every request it sends shares the limits and the retry budget. Throws
 * `HttpError('invalid-request')` at once when a limit is not a usable number.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const flags: LimitFlags = { ...options.limitFlags };
  const limits = resolveLimits(options.limits, flags);
  const secrets = [...options.secrets];
  const redact = createRedactor(secrets);
  const fetchImpl: typeof globalThis.fetch =
    options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const sleep =
    options.sleep ??
    ((milliseconds: number) => new Promise<void>((done) => setTimeout(done, milliseconds)));
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const waitingEveryMs = options.waitingEveryMs ?? WAITING_EVERY_MS;
  let retriesLeft = limits.retryBudget;

  const report = (event: HttpEvent): void => {
    try {
      options.onEvent?.(event);
    } catch {
      // A progress printer that fails must not fail the read it reports on.
    }
  };

  async function attempt(
    method: string,
    url: URL,
    headers: Headers,
    payload: string | undefined,
    isRateLimited: HttpRequestOptions['isRateLimited'],
  ): Promise<Attempt> {
    const where = `${method} ${describeUrl(url, redact)}`;
    const controller = new AbortController();
    const started = now();
    const waiting = setInterval(() => {
      report({ type: 'waiting', elapsedMs: now() - started, url: describeUrl(url, redact) });
    }, waitingEveryMs);
    const headersDeadline = startDeadline(limits.headersTimeoutMs, controller, () => {
      const within = formatLimitValue('headersTimeoutMs', limits.headersTimeoutMs);
      return new HttpError(
        'timeout',
        `${where} got no answer within ${within}, ${limitHint('headersTimeoutMs', flags)}`,
        { limit: 'headersTimeoutMs' },
      );
    });
    let bodyDeadline: ReturnType<typeof startDeadline> | undefined;
    try {
      const init: RequestInit = {
        method,
        headers,
        redirect: 'manual',
        signal: controller.signal,
        ...(payload === undefined ? {} : { body: payload }),
      };
      let response: Response;
      try {
        response = await beforeDeadline(fetchImpl(url, init), headersDeadline);
      } catch (error) {
        throw headersDeadline.reason() ?? unreachable(where, error);
      }
      headersDeadline.clear();
      bodyDeadline = startDeadline(limits.bodyTimeoutMs, controller, () => {
        const within = formatLimitValue('bodyTimeoutMs', limits.bodyTimeoutMs);
        return new HttpError(
          'timeout',
          `${where} did not send its whole body within ${within} of its headers, ${limitHint('bodyTimeoutMs', flags)}`,
          { limit: 'bodyTimeoutMs' },
        );
      });
      const status = response.status;

      if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) {
        discardBody(response);
        throw redirected(where, response);
      }
      if (status === 429 || status >= 500) {
        discardBody(response);
        return { retry: true, status, retryAfter: response.headers.get('retry-after') };
      }
      if (status >= 200 && status < 300) {
        const read = await readBodyText(response, {
          maxBytes: limits.maxResponseBytes,
          deadline: bodyDeadline,
          overflow: 'fail',
        });
        if (!read.ok) throw unreadable(where, read.reason);
        // Writes often answer 200 or 201 with nothing in the body: no JSON, not a broken one.
        if (status === 204 || read.text === '') {
          return { status, headers: response.headers, body: undefined };
        }
        try {
          return { status, headers: response.headers, body: JSON.parse(read.text) };
        } catch {
          throw new HttpError(
            'invalid-response',
            `${where} answered HTTP ${status} with something that is not JSON`,
            { status },
          );
        }
      }
      const read = await readBodyText(response, {
        maxBytes: Math.min(ERROR_BODY_BYTES, limits.maxResponseBytes),
        deadline: bodyDeadline,
        overflow: 'truncate',
      }).catch(() => undefined);
      if (isRateLimited?.(status, read?.ok ? read.text : '')) {
        return { retry: true, status, retryAfter: response.headers.get('retry-after') };
      }
      const said = read?.ok ? serverReason(read.text) : undefined;
      const serverMessage = said === undefined ? undefined : quoteServerText(said, redact);
      throw new HttpError(
        'refused',
        `${where} was refused with HTTP ${status}${serverMessage === undefined ? '' : `: ${serverMessage}`}`,
        { status, ...(serverMessage === undefined ? {} : { serverMessage }) },
      );
    } finally {
      clearInterval(waiting);
      headersDeadline.clear();
      bodyDeadline?.clear();
      // Whatever is still in flight (a discarded body, a stalled read) stops here.
      controller.abort();
    }
  }

  function unreachable(where: string, error: unknown): HttpError {
    const reason = quoteServerText(errorText(error), redact);
    return new HttpError('network-error', `${where} could not be reached (${reason})`);
  }

  function unreadable(where: string, reason: 'too-large' | 'broken'): HttpError {
    if (reason === 'broken') {
      return new HttpError(
        'network-error',
        `${where}: the connection broke while the body was read`,
      );
    }
    const most = formatLimitValue('maxResponseBytes', limits.maxResponseBytes);
    return new HttpError(
      'too-large',
      `${where} sent a body larger than ${most}, ${limitHint('maxResponseBytes', flags)}`,
      { limit: 'maxResponseBytes' },
    );
  }

  function redirected(where: string, response: Response): HttpError {
    const location = response.headers.get('location');
    const to =
      location === null || location.trim() === ''
        ? 'elsewhere'
        : `to ${quoteServerText(location, redact)}`;
    const status = response.status === 0 ? 'a redirect' : `HTTP ${response.status}`;
    return new HttpError(
      'redirect',
      `${where} answered ${status}, a redirect ${to}; redirects are not followed (that would send the credentials on), so give the final URL`,
      response.status === 0 ? {} : { status: response.status },
    );
  }

  /** The wait before retrying `status`, or the error that ends the run instead. */
  function retryWait(where: string, status: number, retryAfter: string | null, retry: number) {
    const limited = status === 429 || status < 500;
    const code = limited ? 'rate-limited' : 'server-error';
    const answered = `${where} answered HTTP ${status}${limited ? ' (too many requests)' : ''}`;
    const asked = parseRetryAfter(retryAfter, now());
    if (asked !== undefined && asked > limits.maxRetryWaitMs) {
      const longest = formatLimitValue('maxRetryWaitMs', limits.maxRetryWaitMs);
      return new HttpError(
        code,
        `${answered} and asks to wait ${formatDuration(asked)}, longer than ${longest}, ${limitHint('maxRetryWaitMs', flags)}`,
        { status, limit: 'maxRetryWaitMs', retryAfterMs: asked },
      );
    }
    if (retriesLeft <= 0) {
      const spent =
        limits.retryBudget === 0
          ? 'the run allows no retries'
          : `all ${formatLimitValue('retryBudget', limits.retryBudget)} of the run are used up`;
      return new HttpError(code, `${answered}, and ${spent}, ${limitHint('retryBudget', flags)}`, {
        status,
        limit: 'retryBudget',
      });
    }
    return asked ?? backoffDelay(retry, random, limits.maxRetryWaitMs);
  }

  async function send(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    input: URL | string,
    body: { json: unknown } | undefined,
    requestOptions: HttpRequestOptions,
  ): Promise<HttpJsonResponse> {
    const url = checkUrl(input, redact);
    const given = requestOptions.headers ?? {};
    checkHeaders(given, secrets);
    const headers = new Headers({ accept: 'application/json' });
    if (body !== undefined) headers.set('content-type', 'application/json');
    for (const [name, value] of Object.entries(given)) headers.set(name, value);
    const payload = body === undefined ? undefined : serialise(body.json);
    const where = `${method} ${describeUrl(url, redact)}`;
    const retryServerErrors = requestOptions.retryServerErrors ?? true;

    for (let retry = 0; ; retry++) {
      const answer = await attempt(method, url, headers, payload, requestOptions.isRateLimited);
      if (!('retry' in answer)) return answer;
      if (answer.status >= 500 && !retryServerErrors) {
        throw new HttpError('server-error', `${where} answered HTTP ${answer.status}`, {
          status: answer.status,
        });
      }
      const wait = retryWait(where, answer.status, answer.retryAfter, retry);
      if (wait instanceof HttpError) throw wait;
      retriesLeft -= 1;
      report({
        type: 'retry',
        status: answer.status,
        waitMs: wait,
        retriesLeft,
        url: describeUrl(url, redact),
      });
      await sleep(wait);
    }
  }

  return {
    limits,
    limitFlags: flags,
    redact,
    get retriesLeft() {
      return retriesLeft;
    },
    getJson: (url, requestOptions = {}) => send('GET', url, undefined, requestOptions),
    postJson: (url, json, requestOptions = {}) => send('POST', url, { json }, requestOptions),
    putJson: (url, json, requestOptions = {}) => send('PUT', url, { json }, requestOptions),
    deleteJson: (url, requestOptions = {}) => send('DELETE', url, undefined, requestOptions),
    report,
  };
}

function serialise(json: unknown): string {
  try {
    const text = JSON.stringify(json);
    if (typeof text === 'string') return text;
  } catch {
    // Reported below: a cycle or a BigInt is the caller's mistake, before anything is sent.
  }
  throw new HttpError(
    'invalid-request',
    'The request body cannot be written as JSON; nothing was sent',
  );
}

/** fetch's own message and its cause's (Node puts `ECONNREFUSED …` in the cause). */
function errorText(error: unknown): string {
  if (!(error instanceof Error)) return 'no answer';
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause === undefined || cause === error.message
    ? error.message
    : `${error.message}: ${cause}`;
}
