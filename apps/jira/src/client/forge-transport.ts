// Jira from inside the Forge app: `requestJira` as the user (resolvers) or as the app (triggers).
import {
  type APIResponse,
  asApp,
  asUser,
  type RequestInit as ForgeRequestInit,
  route,
  routeFromAbsolute,
} from '@forge/api';
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

// The HTTP layer wants absolute URLs; Forge routes are paths. This origin never leaves the process.
const FORGE_ORIGIN = 'https://jira.forge.local';

export interface ForgeTransportOptions extends TransportLimits {
  /** `user` in resolvers (Jira enforces the user's permissions); `app` only where no user acts. */
  as: 'user' | 'app';
}

export function createForgeTransport(options: ForgeTransportOptions): JiraTransport {
  const product = options.as === 'user' ? asUser() : asApp();
  return transportOverHttp({
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
      const response = await product.requestJira(routeFromAbsolute(String(input)), forgeInit(init));
      return asWebResponse(response);
    },
  });
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
