// The one module that owns every Linear GraphQL operation the app sends: one raw request per page
// through @linear/sdk (`client.client.rawRequest`), every field nested, answers parsed with zod.
import { LinearError, LinearClient as LinearSdk } from '@linear/sdk';
import {
  createHttpClient,
  createRedactor,
  type HttpClient,
  type HttpEventListener,
  type HttpLimits,
  isHttpError,
  type LimitFlags,
} from '@throughline/platform-http';
import type { z } from 'zod';
import { HttpGraphQLClient } from './http-graphql-client';
import {
  CreateExternalLinkAnswer,
  CreateProjectLabelAnswer,
  LabelGroupsAnswer,
  ProjectNode,
  ProjectsByIdsAnswer,
  ProjectsPageAnswer,
  toLabelGroup,
  toLinearProject,
} from './linear-answers';
import { codeOf, LinearClientError } from './linear-client-error';
import type { LabelGroup, LinearClient, LinearProject, PageProgress } from './linear-model';
import {
  LABEL_CHILDREN_PAGE_SIZE,
  LABEL_GROUPS_PAGE_SIZE,
  LINEAR_QUERIES,
  type LinearQueryName,
  NESTED_PAGE_SIZE,
  PROJECTS_PAGE_SIZE,
} from './linear-queries';

export const DEFAULT_LINEAR_API_URL = 'https://api.linear.app/graphql';

export interface LinearClientOptions {
  /** A personal API key (`LINEAR_API_KEY`), sent as `Authorization` as it is, without `Bearer`. */
  apiKey: string;
  /** The GraphQL endpoint (`LINEAR_API_URL`); https, or http to this machine only. */
  apiUrl?: string;
  /** The run's HTTP client (its secrets should hold the key); one is made when absent. */
  http?: HttpClient;
  /** For the HTTP client made when `http` is absent. */
  limits?: Partial<HttpLimits>;
  limitFlags?: LimitFlags;
  onEvent?: HttpEventListener;
  sleep?: (milliseconds: number) => Promise<void>;
  fetch?: typeof globalThis.fetch;
  /** Projects per page, 1 to 100 (default 100, the most that stays under Linear's complexity limit). */
  pageSize?: number;
}

/** The SDK's client with its transport replaced by the shared HTTP layer, and a request count. */
export interface LinearConnection {
  sdk: LinearSdk;
  http: HttpClient;
  redact: (text: string) => string;
  readonly requests: number;
}

/** `LINEAR_API_KEY` and `LINEAR_API_URL` from the environment; `unauthorized` without a key. */
export function linearOptionsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): Pick<LinearClientOptions, 'apiKey' | 'apiUrl'> {
  const apiKey = env.LINEAR_API_KEY?.trim() ?? '';
  if (apiKey === '') {
    throw new LinearClientError(
      'unauthorized',
      'Set LINEAR_API_KEY to a Linear personal API key (Settings → Security & access)',
    );
  }
  const apiUrl = env.LINEAR_API_URL?.trim();
  return apiUrl === undefined || apiUrl === '' ? { apiKey } : { apiKey, apiUrl };
}

export function connectLinear(options: LinearClientOptions): LinearConnection {
  const apiKey = options.apiKey.trim();
  if (apiKey === '') {
    throw new LinearClientError('unauthorized', 'Give a Linear API key (LINEAR_API_KEY)');
  }
  const url = options.apiUrl ?? DEFAULT_LINEAR_API_URL;
  const redact = createRedactor([apiKey]);
  let sdk: LinearSdk;
  let http: HttpClient;
  try {
    // The SDK checks the URL (https unless local) and builds its lazy models over `client`.
    sdk = new LinearSdk({ apiKey, apiUrl: url });
    http =
      options.http ??
      createHttpClient({
        secrets: [apiKey],
        ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
        ...(options.limits === undefined ? {} : { limits: options.limits }),
        ...(options.limitFlags === undefined ? {} : { limitFlags: options.limitFlags }),
        ...(options.onEvent === undefined ? {} : { onEvent: options.onEvent }),
        ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
      });
  } catch (error) {
    const message = error instanceof Error ? redact(error.message) : 'unusable options';
    throw new LinearClientError(
      'invalid-request',
      `LINEAR_API_URL or a limit is not usable: ${message}`,
    );
  }
  let requests = 0;
  sdk.client = new HttpGraphQLClient({
    url,
    http,
    headers: { authorization: apiKey },
    onSend: () => {
      requests += 1;
    },
  });
  return {
    sdk,
    http,
    redact,
    get requests() {
      return requests;
    },
  };
}

export function createLinearClient(options: LinearClientOptions): LinearClient {
  const pageSize = options.pageSize ?? PROJECTS_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > PROJECTS_PAGE_SIZE) {
    throw new LinearClientError('invalid-request', `pageSize must be 1 to ${PROJECTS_PAGE_SIZE}`);
  }
  const connection = connectLinear(options);
  const { sdk, http, redact } = connection;

  /** One document, its answer parsed; any failure a LinearClientError saying what was read. */
  async function send<T extends z.ZodType>(
    name: LinearQueryName,
    variables: Record<string, unknown>,
    shape: T,
    what: string,
    read?: PageProgress,
  ): Promise<z.infer<T>> {
    let data: unknown;
    try {
      data = (await sdk.client.rawRequest(LINEAR_QUERIES[name], variables)).data;
    } catch (error) {
      throw failure(error, what, read);
    }
    const parsed = shape.safeParse(data);
    if (!parsed.success) throw unexpected(`${what}: the answer`, parsed.error, read);
    return parsed.data;
  }

  function failure(error: unknown, what: string, read?: PageProgress): unknown {
    if (error instanceof LinearError) {
      const status = error.status ?? (error.cause as { status?: number } | undefined)?.status;
      return new LinearClientError(
        codeOf(error),
        redact(`${what} failed: ${error.message}${readSoFar(read)}`),
        read,
        status,
      );
    }
    if (isHttpError(error)) {
      return new LinearClientError('invalid-request', redact(`${what} failed: ${error.message}`));
    }
    return error;
  }

  function project(raw: unknown, read: PageProgress): LinearProject {
    const node = ProjectNode.safeParse(raw);
    if (!node.success) throw unexpected('A project of the page', node.error, read);
    if (node.data.labelIds.length > node.data.labels.nodes.length) {
      throw new LinearClientError(
        'limit-reached',
        `Project ${node.data.name} (${node.data.slugId}) carries ${node.data.labelIds.length} labels, more than the ${NESTED_PAGE_SIZE} a page reads with each project${readSoFar(read)}`,
        read,
      );
    }
    if (node.data.externalLinks.pageInfo.hasNextPage) {
      // A link past the page would look absent, and write-back would create it again every run.
      throw new LinearClientError(
        'limit-reached',
        `Project ${node.data.name} (${node.data.slugId}) carries more than the ${NESTED_PAGE_SIZE} external links a page reads with each project${readSoFar(read)}`,
        read,
      );
    }
    return toLinearProject(node.data);
  }

  async function listProjects(
    listOptions: { onPage?: (progress: PageProgress) => void } = {},
  ): Promise<LinearProject[]> {
    const projects: LinearProject[] = [];
    const cursors = new Set<string>();
    let after: string | null = null;
    for (let pages = 0; ; ) {
      const read = { pages, projects: projects.length };
      if (pages >= http.limits.maxPages) {
        throw new LinearClientError(
          'limit-reached',
          `Stopped after ${pages} pages (${projects.length} projects), the page cap${flag('maxPages')}`,
          read,
        );
      }
      const answer: z.infer<typeof ProjectsPageAnswer> = await send(
        'projectsPage',
        { first: pageSize, after },
        ProjectsPageAnswer,
        `Reading page ${pages + 1} of the projects`,
        read,
      );
      for (const raw of answer.projects.nodes) projects.push(project(raw, read));
      pages += 1;
      if (projects.length > http.limits.maxItems) {
        throw new LinearClientError(
          'limit-reached',
          `Stopped after ${pages} pages: more than ${http.limits.maxItems} projects, the item cap${flag('maxItems')}`,
          { pages, projects: projects.length },
        );
      }
      listOptions.onPage?.({ pages, projects: projects.length });
      http.report({ type: 'page', pages, items: projects.length });
      const { hasNextPage, endCursor } = answer.projects.pageInfo;
      if (!hasNextPage) return projects;
      if (endCursor === null || cursors.has(endCursor)) {
        throw new LinearClientError(
          'invalid-response',
          `Linear's project page ${pages} leads back to a page already read, so paging would never end${readSoFar({ pages, projects: projects.length })}`,
          { pages, projects: projects.length },
        );
      }
      cursors.add(endCursor);
      after = endCursor;
    }
  }

  async function projectsByIds(ids: readonly string[]): Promise<LinearProject[]> {
    const wanted = [...new Set(ids)];
    const projects: LinearProject[] = [];
    // One request for up to a page of ids (a webhook's batch); more ids take one per page.
    for (let start = 0; start < wanted.length; start += PROJECTS_PAGE_SIZE) {
      const chunk = wanted.slice(start, start + PROJECTS_PAGE_SIZE);
      const read = { pages: start / PROJECTS_PAGE_SIZE, projects: projects.length };
      const answer = await send(
        'projectsByIds',
        { ids: chunk, first: chunk.length },
        ProjectsByIdsAnswer,
        `Reading ${chunk.length} projects by id`,
        read,
      );
      for (const raw of answer.projects.nodes) projects.push(project(raw, read));
    }
    return projects;
  }

  async function listLabelGroups(): Promise<LabelGroup[]> {
    const groups: LabelGroup[] = [];
    const cursors = new Set<string>();
    let after: string | null = null;
    for (let pages = 0; pages < http.limits.maxPages; pages++) {
      const answer: z.infer<typeof LabelGroupsAnswer> = await send(
        'labelGroups',
        { first: LABEL_GROUPS_PAGE_SIZE, after },
        LabelGroupsAnswer,
        `Reading page ${pages + 1} of the project label groups`,
      );
      for (const node of answer.projectLabels.nodes) {
        if (node.children.pageInfo.hasNextPage) {
          throw new LinearClientError(
            'limit-reached',
            `Label group ${node.name} (${node.id}) has more than the ${LABEL_CHILDREN_PAGE_SIZE} labels a page reads with each group`,
          );
        }
        groups.push(toLabelGroup(node));
      }
      const { hasNextPage, endCursor } = answer.projectLabels.pageInfo;
      if (!hasNextPage) return groups;
      if (endCursor === null) {
        throw new LinearClientError(
          'invalid-response',
          `Linear's label group page ${pages + 1} says more follow but gives no cursor to them, so the groups would be read only in part`,
        );
      }
      if (cursors.has(endCursor)) {
        throw new LinearClientError(
          'invalid-response',
          `Linear's label group page ${pages + 1} leads back to a page already read, so paging would never end`,
        );
      }
      cursors.add(endCursor);
      after = endCursor;
    }
    throw new LinearClientError(
      'limit-reached',
      `Stopped after ${http.limits.maxPages} pages of label groups, the page cap${flag('maxPages')}`,
    );
  }

  async function createProjectLabel(input: Record<string, unknown>, what: string) {
    const answer = await send('createProjectLabel', { input }, CreateProjectLabelAnswer, what);
    if (!answer.projectLabelCreate.success) {
      throw new LinearClientError('invalid-response', `${what}: Linear did not report success`);
    }
    return answer.projectLabelCreate.projectLabel;
  }

  return {
    listProjects,
    projectsByIds,
    listLabelGroups,
    async createLabelGroup(name) {
      const label = await createProjectLabel(
        { name, isGroup: true },
        `Creating the label group "${name}"`,
      );
      return { id: label.id, name: label.name, children: [] };
    },
    async createLabel(groupId, name) {
      const label = await createProjectLabel(
        { name, parentId: groupId },
        `Creating the label "${name}" in group ${groupId}`,
      );
      return { id: label.id, name: label.name };
    },
    async createExternalLink(projectId, url, label) {
      const what = `Linking project ${projectId} to ${url}`;
      const answer = await send(
        'createExternalLink',
        { input: { projectId, url, label } },
        CreateExternalLinkAnswer,
        what,
      );
      if (!answer.entityExternalLinkCreate.success) {
        throw new LinearClientError('invalid-response', `${what}: Linear did not report success`);
      }
      return { id: answer.entityExternalLinkCreate.entityExternalLink.id };
    },
    get requests() {
      return connection.requests;
    },
  };

  function flag(limit: keyof HttpLimits): string {
    const name = http.limitFlags[limit];
    return name === undefined ? '' : `; raise it with ${name}`;
  }
}

/** What a paged read had when it stopped, so that nobody mistakes it for the whole. */
function readSoFar(read: PageProgress | undefined): string {
  if (read === undefined) return '';
  if (read.pages === 0) return '; nothing had been read yet';
  return `; ${read.pages} page${read.pages === 1 ? '' : 's'} (${read.projects} projects) had been read, the rest was not`;
}

function unexpected(where: string, error: z.ZodError, read?: PageProgress): LinearClientError {
  const [issue] = error.issues;
  const at =
    issue === undefined ? '' : ` (${issue.path.map(String).join('.') || 'data'}: ${issue.message})`;
  return new LinearClientError(
    'invalid-response',
    `${where} came back in an unexpected shape${at}${readSoFar(read)}`,
    read,
  );
}
