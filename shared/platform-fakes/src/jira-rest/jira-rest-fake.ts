// An in-memory Jira Cloud behind msw, serving exactly the REST paths the Throughline client uses:
// issues with status, resolution, due date, assignee and story points; entity properties; users
// with per-issue permissions; JQL search with `nextPageToken` pages; injected 429s; a request log.
// Every request is first checked against the OpenAPI document given: a violation answers 400.
import { HttpResponse, http, type RequestHandler } from 'msw';
import {
  type JqlAliases,
  JqlError,
  type JqlIssue,
  parseJql,
  THROUGHLINE_ALIASES,
} from './jql-subset';
import { createOpenApiRequestChecker, type OpenApiRequestChecker } from './openapi-request-check';

export const DEFAULT_JIRA_BASE_URL = 'https://throughline-test.atlassian.net';
export const DEFAULT_STORY_POINTS_FIELD = { id: 'customfield_10016', name: 'Story Points' };
/** `maxResults` when the request names none (swagger default). */
export const SEARCH_DEFAULT_MAX_RESULTS = 50;
/** The most issues a page holds when only ids or keys are asked for (swagger: "max 5000"). */
export const SEARCH_MAX_RESULTS_IDS = 5000;
/** The most issues a page holds when other fields are asked for (Jira's documented behaviour). */
export const SEARCH_MAX_RESULTS_FIELDS = 100;
/** Jira refuses an entity property value longer than this. */
export const PROPERTY_VALUE_LIMIT = 32_768;

export type StatusCategory = 'new' | 'indeterminate' | 'done';

export interface FakeIssueSeed {
  /** Numeric, as Jira's; allocated from 10000 when absent. */
  id?: string;
  /** `SHOP-1`: the project is the part before the dash. */
  key: string;
  summary?: string;
  statusCategory?: StatusCategory;
  /** Defaults by category: To Do, In Progress, Done. */
  status?: string;
  resolution?: string | null;
  duedate?: string | null;
  assignee?: { accountId: string; displayName: string } | null;
  issueType?: string;
  storyPoints?: number | null;
  properties?: Record<string, unknown>;
}

export interface FakeJiraUser {
  accountId: string;
  displayName?: string;
  /** Basic auth (the CLI): email and API token. */
  email?: string;
  apiToken?: string;
  /** Issue keys the user may see; all when absent. */
  canBrowse?: readonly string[];
  /** Issue keys the user may edit; all they can see when absent. */
  canEdit?: readonly string[];
  /** Project keys the user administers (ADMINISTER_PROJECTS); every project when absent. */
  canAdminister?: readonly string[];
}

export interface JiraRestFakeOptions {
  baseUrl?: string;
  /** The OpenAPI document every request is checked against; no checking when absent. */
  spec?: unknown;
  issues?: readonly FakeIssueSeed[];
  users?: readonly FakeJiraUser[];
  /** Projects `mypermissions?projectId=` knows by id; project keys also come from the issues' keys. */
  projects?: readonly { id: string; key: string }[];
  storyPointsField?: { id: string; name: string };
  /** More fields `GET /rest/api/3/field` lists (a second "Story Points", say). */
  extraFields?: readonly { id: string; name: string; custom?: boolean }[];
  aliases?: JqlAliases;
  /**
   * Search is eventually consistent in Jira: with this on, property writes reach the search
   * index only at `catchUpIndex()`, except for issues named in `reconcileIssues`.
   */
  laggingIndex?: boolean;
  /** The first n requests answer 429. */
  rateLimitFirst?: number;
  /** These requests (1-based) answer 429. */
  rateLimitOn?: readonly number[];
  /** Seconds in `Retry-After` with each 429; none when absent. */
  retryAfter?: number;
}

export interface JiraRestRequest {
  number: number;
  method: string;
  /** The path without the base URL's origin, with its query. */
  path: string;
  status: number;
  /** `app`, an account id, or undefined when the request was not authenticated. */
  actor: string | undefined;
  body: unknown;
  violations: string[];
}

export interface FakeIssue {
  id: string;
  key: string;
  projectKey: string;
  summary: string;
  statusCategory: StatusCategory;
  status: string;
  resolution: string | null;
  duedate: string | null;
  assignee: { accountId: string; displayName: string } | null;
  issueType: string;
  storyPoints: number | null;
  properties: Map<string, unknown>;
  /** What search sees of the properties (equal to `properties` unless the index lags). */
  indexed: Map<string, unknown>;
}

export interface JiraRestFake {
  handlers: RequestHandler[];
  baseUrl: string;
  requests: JiraRestRequest[];
  /** Every spec violation seen, as `METHOD path: problem` lines: tests assert it stays empty. */
  violations: string[];
  /** By id. Change properties through the REST API, or call `catchUpIndex()` after changing them here. */
  issues: Map<string, FakeIssue>;
  addIssue(seed: FakeIssueSeed): FakeIssue;
  /** By key or id. */
  issue(idOrKey: string): FakeIssue | undefined;
  /** The search index catches up with every property write. */
  catchUpIndex(): void;
  /** Requests that changed something: PUT and DELETE that Jira accepted. */
  writes(): JiraRestRequest[];
  clearLog(): void;
}

const STATUS_NAMES: Record<StatusCategory, string> = {
  new: 'To Do',
  indeterminate: 'In Progress',
  done: 'Done',
};
const CATEGORY_IDS: Record<StatusCategory, number> = { new: 2, indeterminate: 4, done: 3 };
const PERMISSIONS: Record<string, { id: string; name: string; description: string }> = {
  BROWSE_PROJECTS: {
    id: '10',
    name: 'Browse Projects',
    description: 'Ability to browse projects.',
  },
  EDIT_ISSUES: { id: '12', name: 'Edit Issues', description: 'Ability to edit issues.' },
  ADMINISTER_PROJECTS: {
    id: '23',
    name: 'Administer Projects',
    description: 'Ability to administer a project in Jira.',
  },
};
const SYSTEM_FIELDS = [
  ['summary', 'Summary'],
  ['status', 'Status'],
  ['resolution', 'Resolution'],
  ['duedate', 'Due date'],
  ['assignee', 'Assignee'],
  ['issuetype', 'Issue Type'],
  ['project', 'Project'],
] as const;

type Actor = { kind: 'app' } | { kind: 'user'; user: FakeJiraUser };
type SearchEntry = JqlIssue & { issue: FakeIssue; source: Map<string, unknown> };

const jiraError = (status: number, message: string, headers?: HeadersInit) =>
  HttpResponse.json(
    { errorMessages: [message], errors: {} },
    { status, ...(headers === undefined ? {} : { headers }) },
  );

export function createJiraRestFake(options: JiraRestFakeOptions = {}): JiraRestFake {
  const baseUrl = (options.baseUrl ?? DEFAULT_JIRA_BASE_URL).replace(/\/+$/, '');
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  const check: OpenApiRequestChecker | undefined =
    options.spec === undefined
      ? undefined
      : createOpenApiRequestChecker(options.spec, basePath === '' ? {} : { basePath });
  const storyPoints = options.storyPointsField ?? DEFAULT_STORY_POINTS_FIELD;
  const aliases = options.aliases ?? THROUGHLINE_ALIASES;
  const users = options.users ?? [];
  const limited = new Set(options.rateLimitOn ?? []);
  const issues = new Map<string, FakeIssue>();
  const byKey = new Map<string, FakeIssue>();
  const requests: JiraRestRequest[] = [];
  const violations: string[] = [];
  let nextId = 10000;
  /** Bumped by every change a search could see; keys the cache of search results. */
  let version = 0;
  const searchCache = new Map<string, SearchEntry[]>();

  function addIssue(seed: FakeIssueSeed): FakeIssue {
    const id = seed.id ?? String(nextId++);
    const category = seed.statusCategory ?? 'new';
    const properties = new Map(Object.entries(seed.properties ?? {}));
    const issue: FakeIssue = {
      id,
      key: seed.key,
      projectKey: seed.key.split('-')[0] ?? seed.key,
      summary: seed.summary ?? seed.key,
      statusCategory: category,
      status: seed.status ?? STATUS_NAMES[category],
      resolution: seed.resolution ?? null,
      duedate: seed.duedate ?? null,
      assignee: seed.assignee ?? null,
      issueType: seed.issueType ?? 'Story',
      storyPoints: seed.storyPoints ?? null,
      properties,
      indexed: new Map(properties),
    };
    issues.set(id, issue);
    byKey.set(issue.key.toUpperCase(), issue);
    version += 1;
    return issue;
  }
  for (const seed of options.issues ?? []) addIssue(seed);
  const find = (idOrKey: string) => issues.get(idOrKey) ?? byKey.get(idOrKey.toUpperCase());

  function actorOf(request: Request): Actor | undefined {
    const provider = request.headers.get('x-forge-provider');
    if (provider === 'app') return { kind: 'app' };
    const account = request.headers.get('x-forge-account-id');
    if (account !== null) {
      const user = users.find((entry) => entry.accountId === account);
      return user === undefined ? undefined : { kind: 'user', user };
    }
    const basic = /^Basic (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
    if (basic === undefined) return undefined;
    let decoded: string;
    try {
      decoded = new TextDecoder().decode(
        Uint8Array.from(atob(basic), (char) => char.charCodeAt(0)),
      );
    } catch {
      return undefined;
    }
    const colon = decoded.indexOf(':');
    const email = decoded.slice(0, colon);
    const token = decoded.slice(colon + 1);
    const user = users.find((entry) => entry.email === email && entry.apiToken === token);
    return user === undefined ? undefined : { kind: 'user', user };
  }

  const mayBrowse = (actor: Actor, issue: FakeIssue) =>
    actor.kind === 'app' ||
    actor.user.canBrowse === undefined ||
    actor.user.canBrowse.includes(issue.key);
  const mayEdit = (actor: Actor, issue: FakeIssue) =>
    mayBrowse(actor, issue) &&
    (actor.kind === 'app' ||
      actor.user.canEdit === undefined ||
      actor.user.canEdit.includes(issue.key));

  function fieldsOf(issue: FakeIssue, wanted: readonly string[]): Record<string, unknown> {
    const all: Record<string, unknown> = {
      summary: issue.summary,
      status: {
        name: issue.status,
        id: String(CATEGORY_IDS[issue.statusCategory] * 1000),
        statusCategory: {
          id: CATEGORY_IDS[issue.statusCategory],
          key: issue.statusCategory,
          name: STATUS_NAMES[issue.statusCategory],
        },
      },
      resolution: issue.resolution === null ? null : { name: issue.resolution },
      duedate: issue.duedate,
      assignee: issue.assignee,
      issuetype: { name: issue.issueType },
      project: { key: issue.projectKey },
      [storyPoints.id]: issue.storyPoints,
    };
    if (wanted.includes('*all') || wanted.includes('*navigable')) return all;
    return Object.fromEntries(
      wanted.filter((name) => name in all).map((name) => [name, all[name]]),
    );
  }

  function issueJson(
    issue: FakeIssue,
    fields: readonly string[],
    properties: readonly string[],
    source: Map<string, unknown> = issue.properties,
  ) {
    const shown = Object.fromEntries(
      properties.filter((key) => source.has(key)).map((key) => [key, source.get(key)]),
    );
    return {
      id: issue.id,
      key: issue.key,
      self: `${baseUrl}/rest/api/3/issue/${issue.id}`,
      fields: fieldsOf(issue, fields),
      ...(properties.length === 0 ? {} : { properties: shown }),
    };
  }

  const list = (value: unknown): string[] =>
    Array.isArray(value)
      ? value
          .flatMap((entry) => String(entry).split(','))
          .map((entry) => entry.trim())
          .filter(Boolean)
      : typeof value === 'string'
        ? value
            .split(',')
            .map((entry) => entry.trim())
            .filter(Boolean)
        : [];

  function search(actor: Actor, body: Record<string, unknown>) {
    const jql = typeof body.jql === 'string' ? body.jql : '';
    let query: ReturnType<typeof parseJql>;
    try {
      query = parseJql(jql, aliases);
    } catch (error) {
      if (error instanceof JqlError) return jiraError(400, error.message);
      throw error;
    }
    const fields = list(body.fields ?? ['id']);
    const properties = list(body.properties);
    if (properties.length > 5) return jiraError(400, 'At most 5 issue properties can be requested');
    const reconcile = new Set(list(body.reconcileIssues));
    if (reconcile.size > 50) return jiraError(400, 'At most 50 issues can be reconciled');
    const idsOnly = fields.every((name) => name === 'id' || name === 'key');
    const cap = idsOnly ? SEARCH_MAX_RESULTS_IDS : SEARCH_MAX_RESULTS_FIELDS;
    const asked =
      typeof body.maxResults === 'number' ? body.maxResults : SEARCH_DEFAULT_MAX_RESULTS;
    if (asked < 0) return jiraError(400, 'maxResults must not be negative');
    const size = Math.max(1, Math.min(cap, asked));
    const view = (issue: FakeIssue): SearchEntry => {
      const source = reconcile.has(issue.id) ? issue.properties : issue.indexed;
      return {
        id: issue.id,
        key: issue.key,
        projectKey: issue.projectKey,
        summary: issue.summary,
        duedate: issue.duedate,
        properties: Object.fromEntries(source),
        issue,
        source,
      };
    };
    // Later pages of the same search reuse its result, as long as nothing changed in between.
    const who = actor.kind === 'app' ? 'app' : actor.user.accountId;
    const cacheKey = `${version}\u0000${who}\u0000${[...reconcile].join(',')}\u0000${jql}`;
    let found = searchCache.get(cacheKey);
    if (found === undefined) {
      found = [...issues.values()]
        .filter((issue) => mayBrowse(actor, issue))
        .map(view)
        .filter((entry) => query.matches(entry));
      query.sort(found);
      if (searchCache.size >= 16) searchCache.clear();
      searchCache.set(cacheKey, found);
    }
    let offset = 0;
    if (typeof body.nextPageToken === 'string') {
      const decoded = decodeToken(body.nextPageToken, jql);
      if (decoded === undefined)
        return jiraError(400, 'The nextPageToken is not valid for this query');
      offset = decoded;
    }
    const page = found.slice(offset, offset + size);
    const end = offset + page.length;
    return HttpResponse.json({
      issues: page.map((entry) => issueJson(entry.issue, fields, properties, entry.source)),
      isLast: end >= found.length,
      ...(end >= found.length ? {} : { nextPageToken: encodeToken(end, jql) }),
    });
  }

  function propertyRoute(
    method: string,
    actor: Actor,
    issueIdOrKey: string,
    propertyKey: string,
    body: unknown,
  ) {
    const issue = find(issueIdOrKey);
    if (issue === undefined || !mayBrowse(actor, issue)) {
      return jiraError(404, 'Issue does not exist or you do not have permission to see it.');
    }
    if (method === 'GET') {
      if (!issue.properties.has(propertyKey)) {
        return jiraError(404, `The property with key '${propertyKey}' does not exist.`);
      }
      return HttpResponse.json({ key: propertyKey, value: issue.properties.get(propertyKey) });
    }
    if (!mayEdit(actor, issue)) {
      return jiraError(403, 'You do not have permission to edit this issue.');
    }
    if (method === 'DELETE') {
      if (!issue.properties.has(propertyKey)) {
        return jiraError(404, `The property with key '${propertyKey}' does not exist.`);
      }
      issue.properties.delete(propertyKey);
      version += 1;
      if (!options.laggingIndex) issue.indexed.delete(propertyKey);
      return new HttpResponse(null, { status: 204 });
    }
    const text = JSON.stringify(body);
    if (body === undefined || text === undefined)
      return jiraError(400, 'The property value is not valid JSON.');
    if (new TextEncoder().encode(text).byteLength > PROPERTY_VALUE_LIMIT) {
      return jiraError(400, `The property value is longer than ${PROPERTY_VALUE_LIMIT} bytes.`);
    }
    const created = !issue.properties.has(propertyKey);
    issue.properties.set(propertyKey, JSON.parse(text));
    version += 1;
    if (!options.laggingIndex) issue.indexed.set(propertyKey, JSON.parse(text));
    return new HttpResponse(null, { status: created ? 201 : 200 });
  }

  /** The project a `projectId` or `projectKey` names, by key; undefined when Jira would not know it. */
  function projectOf(url: URL): string | undefined | null {
    const id = url.searchParams.get('projectId');
    const key = url.searchParams.get('projectKey');
    if (id === null && key === null) return null;
    if (id !== null) return (options.projects ?? []).find((project) => project.id === id)?.key;
    const wanted = (key ?? '').toUpperCase();
    const known =
      (options.projects ?? []).some((project) => project.key.toUpperCase() === wanted) ||
      [...issues.values()].some((issue) => issue.projectKey.toUpperCase() === wanted);
    return known ? wanted : undefined;
  }

  const mayAdminister = (actor: Actor, projectKey: string) =>
    actor.kind === 'app' ||
    actor.user.canAdminister === undefined ||
    actor.user.canAdminister.some((key) => key.toUpperCase() === projectKey.toUpperCase());

  function myPermissions(actor: Actor, url: URL) {
    const wanted = list(url.searchParams.get('permissions'));
    if (wanted.length === 0) return jiraError(400, 'The permissions query parameter is required.');
    const unknown = wanted.find((key) => PERMISSIONS[key] === undefined);
    if (unknown !== undefined) return jiraError(400, `Unrecognized permission: ${unknown}`);
    const idOrKey = url.searchParams.get('issueId') ?? url.searchParams.get('issueKey');
    const issue = idOrKey === null ? undefined : find(idOrKey);
    if (idOrKey !== null && (issue === undefined || !mayBrowse(actor, issue))) {
      return jiraError(404, 'Issue does not exist or you do not have permission to see it.');
    }
    const project = projectOf(url);
    if (project === undefined) {
      return jiraError(404, 'No project could be found with the id or key given.');
    }
    const projectKey = issue?.projectKey ?? project;
    const has = (key: string) =>
      key === 'ADMINISTER_PROJECTS'
        ? projectKey !== null && mayAdminister(actor, projectKey)
        : issue === undefined
          ? true
          : key === 'EDIT_ISSUES'
            ? mayEdit(actor, issue)
            : mayBrowse(actor, issue);
    return HttpResponse.json({
      permissions: Object.fromEntries(
        wanted.map((key) => [
          key,
          { ...PERMISSIONS[key], key, type: 'PROJECT', havePermission: has(key) },
        ]),
      ),
    });
  }

  function fieldList() {
    const system = SYSTEM_FIELDS.map(([id, name]) => ({
      id,
      key: id,
      name,
      custom: false,
      navigable: true,
      searchable: true,
      clauseNames: [id],
    }));
    const custom = [storyPoints, ...(options.extraFields ?? [])].map((field) => ({
      id: field.id,
      key: field.id,
      name: field.name,
      custom: true,
      navigable: true,
      searchable: true,
      clauseNames: [`cf[${field.id.replace(/^customfield_/, '')}]`, field.name],
    }));
    return HttpResponse.json([...system, ...custom]);
  }

  async function answer(request: Request, number: number) {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const text = method === 'GET' || method === 'DELETE' ? '' : await request.text();
    let body: unknown;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        return {
          response: jiraError(400, 'The request body is not JSON.'),
          body: text,
          problems: ['body is not JSON'],
        };
      }
    }
    const problems = check?.({ method, url, body, hasBody: text !== '' }) ?? [];
    if (problems.length > 0) {
      return {
        response: jiraError(400, `Not in the Jira REST API: ${problems.join('; ')}`),
        body,
        problems,
      };
    }
    const actor = actorOf(request);
    if (actor === undefined) {
      return {
        response: jiraError(401, 'Client must be authenticated to access this resource.'),
        body,
        problems,
      };
    }
    if (number <= (options.rateLimitFirst ?? 0) || limited.has(number)) {
      const headers =
        options.retryAfter === undefined
          ? undefined
          : { 'Retry-After': String(options.retryAfter) };
      return { response: jiraError(429, 'Rate limit exceeded.', headers), body, problems };
    }
    const path = url.pathname.slice(basePath.length);
    const segments = path.split('/').map((segment) => decodeURIComponent(segment));
    let response: Response;
    if (method === 'POST' && path === '/rest/api/3/search/jql') {
      response = search(actor, isRecord(body) ? body : {});
    } else if (method === 'GET' && path === '/rest/api/3/mypermissions') {
      response = myPermissions(actor, url);
    } else if (method === 'GET' && path === '/rest/api/3/field') {
      response = fieldList();
    } else if (segments.length === 8 && segments[4] === 'issue' && segments[6] === 'properties') {
      response = propertyRoute(method, actor, segments[5] ?? '', segments[7] ?? '', body);
    } else if (method === 'GET' && segments.length === 6 && segments[4] === 'issue') {
      const issue = find(segments[5] ?? '');
      response =
        issue === undefined || !mayBrowse(actor, issue)
          ? jiraError(404, 'Issue does not exist or you do not have permission to see it.')
          : HttpResponse.json(
              issueJson(
                issue,
                list(url.searchParams.get('fields') ?? '*all'),
                list(url.searchParams.get('properties')),
              ),
            );
    } else {
      // In the spec but not emulated: say so, as loudly as a violation.
      const problem = `${method} ${path} is not served by the Jira fake`;
      return { response: jiraError(400, problem), body, problems: [problem] };
    }
    return { response, body, problems, actor };
  }

  const handlers = [
    http.all(`${baseUrl}/rest/*`, async ({ request }) => {
      const number = requests.length + 1;
      const url = new URL(request.url);
      const { response, body, problems, actor } = await answer(request, number);
      const path = `${url.pathname.slice(basePath.length)}${url.search}`;
      for (const problem of problems)
        violations.push(`${request.method} ${url.pathname}: ${problem}`);
      requests.push({
        number,
        method: request.method,
        path,
        status: response.status,
        actor:
          actor === undefined ? undefined : actor.kind === 'app' ? 'app' : actor.user.accountId,
        body,
        violations: problems,
      });
      return response;
    }),
  ];

  return {
    handlers,
    baseUrl,
    requests,
    violations,
    issues,
    addIssue,
    issue: find,
    catchUpIndex() {
      for (const issue of issues.values()) issue.indexed = new Map(issue.properties);
      version += 1;
    },
    writes: () =>
      requests.filter(
        (entry) =>
          (entry.method === 'PUT' || entry.method === 'DELETE') &&
          entry.status >= 200 &&
          entry.status < 300,
      ),
    clearLog() {
      requests.length = 0;
      violations.length = 0;
    },
  };
}

function encodeToken(offset: number, jql: string): string {
  return btoa(JSON.stringify({ o: offset, q: jql.length }));
}

function decodeToken(token: string, jql: string): number | undefined {
  try {
    const parsed = JSON.parse(atob(token)) as { o?: unknown; q?: unknown };
    return typeof parsed.o === 'number' &&
      Number.isInteger(parsed.o) &&
      parsed.o >= 0 &&
      parsed.q === jql.length
      ? parsed.o
      : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
