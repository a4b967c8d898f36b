// Jira Cloud over plain HTTPS with Basic auth (email + API token): the CLI's transport.
import { JiraClientError } from './jira-client-error';
import {
  checkPathParam,
  type JiraRequest,
  type JiraTransport,
  queryString,
  type TransportLimits,
  transportOverHttp,
} from './jira-transport';

export interface HttpTransportOptions extends TransportLimits {
  /** The site, `https://acme.atlassian.net` (`JIRA_URL`). */
  siteUrl: string;
  /** The Atlassian account's email (`JIRA_EMAIL`). */
  email: string;
  /** An API token (`JIRA_API_TOKEN`); never in a message, raw, encoded or inside the Basic header. */
  apiToken: string;
  fetch?: typeof globalThis.fetch;
}

export interface HttpTransport extends JiraTransport {
  /** The site without a trailing slash, for `…/browse/KEY` links. */
  readonly siteUrl: string;
}

/** Checks the site URL and credentials before anything is sent; throws `invalid-request`. */
export function createHttpTransport(options: HttpTransportOptions): HttpTransport {
  const site = parseSiteUrl(options.siteUrl);
  if (options.email.trim() === '' || options.apiToken.trim() === '') {
    throw new JiraClientError(
      'unauthorized',
      'Give the Atlassian account email and an API token (JIRA_EMAIL, JIRA_API_TOKEN)',
    );
  }
  const basic = base64(`${options.email}:${options.apiToken}`);
  const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const transport = transportOverHttp({
    ...options,
    // The Basic value carries the token too: redact it as well as the token itself.
    secrets: [options.apiToken, basic],
    headers: { authorization: `Basic ${basic}` },
    url: (request) => `${site}${encodedPath(request)}${queryString(request.query)}`,
    fetch: send,
  });
  return { siteUrl: site, send: (request) => transport.send(request) };
}

/** Local fakes and tunnels listen here (the e2e tests' loopback server on 127.0.0.1). */
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

function parseSiteUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new JiraClientError(
      'invalid-request',
      'JIRA_URL is not a URL; give the site, like https://your-team.atlassian.net',
    );
  }
  // Basic auth sends the token with every request: never over plain http, except to this machine.
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new JiraClientError(
      'invalid-request',
      `JIRA_URL must be https, not ${url.protocol} (plain http only to localhost)`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new JiraClientError(
      'invalid-request',
      'JIRA_URL carries a user name or password; put them in JIRA_EMAIL and JIRA_API_TOKEN',
    );
  }
  if (url.search !== '' || url.hash !== '') {
    throw new JiraClientError(
      'invalid-request',
      'JIRA_URL must be the site alone, like https://your-team.atlassian.net',
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function encodedPath(request: JiraRequest): string {
  const { template, params } = request.path;
  let path = template[0] ?? '';
  params.forEach((param, index) => {
    path += encodeURIComponent(checkPathParam(param)) + (template[index + 1] ?? '');
  });
  return path;
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
