// Forge's product and storage proxy for tests: `global.__forge_fetch__` forwarded to `fetch`, so msw serves Jira and KVS.
// @forge/api sends every product request as `__forge_fetch__({ type: 'fpp', provider, remote, accountId }, path, init)`;
// @forge/kvs, without `__forge_runtime__.kvs`, sends `{ type: 'kvs', provider: 'app', remote: 'kvs' }`.

/** What @forge/api and @forge/kvs pass as the first argument. */
export interface ForgeFetchMeta {
  type: string;
  /** `user` for `asUser()`, `app` for `asApp()` (and KVS), `none` for the bare `requestJira`. */
  provider?: string;
  remote?: string;
  accountId?: string;
}

export interface ForgeCall {
  type: string;
  provider: string;
  remote: string;
  /** The account the call acted as: the one `asUser(id)` named, else the invocation's user; none for the app. */
  accountId: string | undefined;
  method: string;
  /** The URL the shim fetched. */
  url: string;
  status: number;
}

export interface ForgeFetchOptions {
  jiraBaseUrl: string;
  kvsBaseUrl: string;
  /** The user whose invocation this is (Forge fills it in for `asUser()` without an id). */
  accountId: string;
}

export interface InstalledForgeFetch {
  calls: ForgeCall[];
  /** The user of the next invocations (a second user in the same test). */
  setAccountId(accountId: string): void;
  uninstall(): void;
}

type ForgeFetch = (meta: ForgeFetchMeta, path: string, init?: RequestInit) => Promise<Response>;

declare global {
  var __forge_fetch__: ForgeFetch | undefined;
}

export function installForgeFetch(options: ForgeFetchOptions): InstalledForgeFetch {
  const previous = globalThis.__forge_fetch__;
  const calls: ForgeCall[] = [];
  let accountId = options.accountId;
  const bases: Record<string, string> = {
    jira: options.jiraBaseUrl.replace(/\/+$/, ''),
    kvs: options.kvsBaseUrl.replace(/\/+$/, ''),
  };

  globalThis.__forge_fetch__ = async (meta, path, init) => {
    const remote = meta.remote ?? (meta.type === 'kvs' ? 'kvs' : 'jira');
    const base = bases[remote];
    if (base === undefined)
      throw new Error(`the Forge fetch shim serves jira and kvs, not ${remote}`);
    if (!path.startsWith('/')) throw new Error(`Forge product paths are absolute: ${path}`);
    const provider = meta.provider ?? 'none';
    const actingAs = provider === 'user' ? (meta.accountId ?? accountId) : undefined;
    const url = `${base}${path}`;
    const headers = new Headers(init?.headers);
    // Forge's proxy adds the credentials; tests read who the call acted as from these.
    headers.set('x-forge-provider', provider);
    if (actingAs !== undefined) headers.set('x-forge-account-id', actingAs);
    headers.delete('host');
    const response = await fetch(url, { ...init, headers });
    calls.push({
      type: meta.type,
      provider,
      remote,
      accountId: actingAs,
      method: (init?.method ?? 'GET').toUpperCase(),
      url,
      status: response.status,
    });
    return response;
  };

  return {
    calls,
    setAccountId(next) {
      accountId = next;
    },
    uninstall() {
      globalThis.__forge_fetch__ = previous;
    },
  };
}
