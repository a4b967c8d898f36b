// Jira from inside the Forge app: `requestJira` as the user (resolvers) or as the app (triggers).
import {
  type APIResponse,
  asApp,
  asUser,
  type RequestInit as ForgeRequestInit,
  route,
  routeFromAbsolute,
} from '@forge/api';
import { JiraClientError } from './jira-client-error';
import {
  checkPathParam,
  type JiraTransport,
  queryString,
  type TransportLimits,
  transportOverHttp,
} from './jira-transport';

/**
 * Forge resolvers have 25 s: shorter deadlines and fewer retries than the CLI's defaults, so a
 * rate-limited resolver answers with a typed error instead of being killed.
 */
export const FORGE_LIMITS = {
  headersTimeoutMs: 10_000,
  bodyTimeoutMs: 10_000,
  retryBudget: 3,
  maxRetryWaitMs: 5_000,
  maxPages: 200,
} as const;

/**
 * Per-request deadlines, retries and 200 pages can still add up past 25 s: all the requests of
 * one transport (one invocation) stop at this, leaving the resolver time to answer the error.
 */
export const FORGE_INVOCATION_DEADLINE_MS = 20_000;

// The HTTP layer wants absolute URLs; Forge routes are paths. This origin never leaves the process.
const FORGE_ORIGIN = 'https://jira.forge.local';

export interface ForgeTransportOptions extends TransportLimits {
  /** `user` in resolvers (Jira enforces the user's permissions); `app` only where no user acts. */
  as: 'user' | 'app';
  /** Time all requests may take, counted from now (default 20 s); tests pass a short one. */
  invocationDeadlineMs?: number;
}

/** Make one per invocation: its deadline starts when it is made. */
export function createForgeTransport(options: ForgeTransportOptions): JiraTransport {
  const product = options.as === 'user' ? asUser() : asApp();
  const deadlineMs = options.invocationDeadlineMs ?? FORGE_INVOCATION_DEADLINE_MS;
  const endsAt = Date.now() + deadlineMs;
  const passed = new AbortController();
  const transport = transportOverHttp({
    ...options,
    limits: { ...FORGE_LIMITS, ...options.limits },
    secrets: [],
    url: (request) => {
      const { template, params } = request.path;
      // `route` refuses path manipulation in each parameter; the query is encoded as it joins.
      const path = route(template, ...params.map(checkPathParam));
      return `${FORGE_ORIGIN}${path.value}${queryString(request.query)}`;
    },
    fetch: async (input, init) => {
      // The request in flight is aborted too when the invocation's deadline passes.
      const signal =
        init?.signal == null ? passed.signal : AbortSignal.any([init.signal, passed.signal]);
      const response = await product.requestJira(
        routeFromAbsolute(String(input)),
        forgeInit({ ...init, signal }),
      );
      return asWebResponse(response);
    },
  });
  const overDeadline = () =>
    new JiraClientError(
      'limit-reached',
      `Jira took longer than the ${deadlineMs / 1000} s this request may wait (Forge stops it at 25 s); try again, or ask for less`,
    );
  return {
    async send(request) {
      const left = endsAt - Date.now();
      if (left <= 0) throw overDeadline();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const deadline = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => {
          const error = overDeadline();
          passed.abort(error);
          reject(error);
        }, left);
      });
      try {
        // Raced, not only aborted: a retry may be sleeping, with no request to abort.
        return await Promise.race([transport.send(request), deadline]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

function forgeInit(init: RequestInit | undefined): ForgeRequestInit {
  const headers: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, name) => {
    headers[name] = value;
  });
  const body = init?.body;
  return {
    headers,
    ...(init?.method === undefined ? {} : { method: init.method }),
    ...(typeof body === 'string' ? { body } : {}),
    ...(init?.redirect === undefined ? {} : { redirect: init.redirect }),
    ...(init?.signal === undefined || init.signal === null ? {} : { signal: init.signal }),
  };
}

/** Forge's runtime fetch gives web Responses; anything else is copied into one. */
async function asWebResponse(response: APIResponse): Promise<Response> {
  if (response instanceof Response) return response;
  const headers = new Headers();
  response.headers.forEach((value, name) => {
    headers.set(name, value);
  });
  const empty = response.status === 204 || response.status === 205 || response.status === 304;
  return new Response(empty ? null : await response.text(), { status: response.status, headers });
}
