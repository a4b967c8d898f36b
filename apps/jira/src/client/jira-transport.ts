// How the Jira client reaches Jira: one small interface, sent over Forge or plain HTTP.
import {
  createHttpClient,
  type HttpClient,
  type HttpEventListener,
  type HttpJsonResponse,
  type HttpLimits,
  type HttpRequestOptions,
  isHttpError,
  type LimitFlags,
} from '@throughline/platform-http';
import { fromHttpError, JiraClientError } from './jira-client-error';

export type JiraMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * A REST path as a template and its parameters, kept apart until a transport joins them, so that
 * each transport escapes parameters its own way (Forge: `route`; HTTP: percent-encoding).
 */
export interface JiraPath {
  readonly template: TemplateStringsArray;
  readonly params: readonly string[];
}

/** `jiraPath\`/rest/api/3/issue/${key}\``: the path, parameters not yet joined. */
export function jiraPath(template: TemplateStringsArray, ...params: string[]): JiraPath {
  return { template, params };
}

export interface JiraRequest {
  method: JiraMethod;
  path: JiraPath;
  /** Query parameters; a list is sent comma-separated, as Jira reads `fields` and `permissions`. */
  query?: Readonly<Record<string, string>>;
  /** Sent as JSON. */
  body?: unknown;
}

/** A 2xx answer. `body` is the parsed JSON, or undefined when Jira sent no body (204, a write). */
export interface JiraResponse {
  status: number;
  body: unknown;
}

/**
 * Sends one request and returns its 2xx answer. Anything else is a `JiraClientError` (429 and
 * 5xx are retried first, within the transport's one retry budget).
 */
export interface JiraTransport {
  send(request: JiraRequest): Promise<JiraResponse>;
}

/** The retry, deadline and cap settings both transports pass to the shared HTTP layer. */
export interface TransportLimits {
  limits?: Partial<HttpLimits>;
  limitFlags?: LimitFlags;
  onEvent?: HttpEventListener;
  /** Waits before a retry; tests pass one that does not wait. */
  sleep?: (milliseconds: number) => Promise<void>;
}

interface HttpTransportParts extends TransportLimits {
  /** Tokens to keep out of every message. */
  secrets: readonly string[];
  /** The absolute URL a request goes to (a placeholder origin for Forge). */
  url: (request: JiraRequest) => string;
  headers?: Readonly<Record<string, string>>;
  /** What finally sends: global fetch, or Forge's `requestJira`. */
  fetch: typeof globalThis.fetch;
}

/**
 * A transport over the shared HTTP layer: deadlines, the run's retry budget for 429 and 5xx with
 * the `Retry-After` ceiling, body caps and redaction, the same for the CLI and the Forge app.
 */
export function transportOverHttp(parts: HttpTransportParts): JiraTransport & { http: HttpClient } {
  let http: HttpClient;
  try {
    http = createHttpClient({
      secrets: parts.secrets,
      fetch: parts.fetch,
      ...(parts.limits === undefined ? {} : { limits: parts.limits }),
      ...(parts.limitFlags === undefined ? {} : { limitFlags: parts.limitFlags }),
      ...(parts.onEvent === undefined ? {} : { onEvent: parts.onEvent }),
      ...(parts.sleep === undefined ? {} : { sleep: parts.sleep }),
    });
  } catch (error) {
    throw isHttpError(error) ? fromHttpError(error) : error;
  }
  return {
    http,
    async send(request) {
      const url = parts.url(request);
      const options = parts.headers === undefined ? {} : { headers: parts.headers };
      try {
        const answer = await sendOver(http, request, url, options);
        return { status: answer.status, body: answer.body };
      } catch (error) {
        throw isHttpError(error) ? fromHttpError(error) : error;
      }
    },
  };
}

function sendOver(
  http: HttpClient,
  request: JiraRequest,
  url: string,
  options: HttpRequestOptions,
): Promise<HttpJsonResponse> {
  switch (request.method) {
    case 'GET':
      return http.getJson(url, options);
    case 'DELETE':
      return http.deleteJson(url, options);
    case 'PUT':
      return http.putJson(url, request.body, options);
    case 'POST':
      return http.postJson(url, request.body, options);
  }
}

/** A path parameter that could step out of its segment (`..`, `/`, `?`, `#`) is never sent. */
export function checkPathParam(value: string): string {
  if (value === '' || /\.\.|[/\\?#]|%2e%2e|\.%2e|%2e\./i.test(value)) {
    throw new JiraClientError(
      'invalid-request',
      `"${value.slice(0, 80)}" is not a Jira id or key; nothing was sent`,
    );
  }
  return value;
}

/** The query string, `?a=1&b=2`, or nothing. */
export function queryString(query: Readonly<Record<string, string>> | undefined): string {
  if (query === undefined) return '';
  const text = new URLSearchParams(query).toString();
  return text === '' ? '' : `?${text}`;
}
