// The one module that owns every Jira REST path the app and the CLI use, over a transport.
import { z } from 'zod';
import { JiraClientError } from './jira-client-error';
import { ISSUE_FIELDS, type JiraIssue, RestIssue, toJiraIssue } from './jira-issue';
import { type JiraTransport, jiraPath } from './jira-transport';
import { jqlString } from './jql-string';
import {
  addLink,
  EMPTY_LINKS,
  type IssueLink,
  LINKS_PROPERTY_KEY,
  type LinksProperty,
  LinksPropertyError,
  parseLinksProperty,
  removeLink,
} from './links-property';

/**
 * Issues per search page. Jira returns at most 100 issues a page when fields are requested (5,000
 * for ids alone); asking for more only gets 100, so 100 is asked.
 */
export const SEARCH_PAGE_SIZE = 100;

/** Jira reconciles at most 50 issue ids per search (`reconcileIssues`, swagger). */
export const MAX_RECONCILE_IDS = 50;

const DEFAULT_MAX_PAGES = 10_000;

export interface JiraClientOptions {
  transport: JiraTransport;
  /** A field id (`customfield_10016`) whose number is an issue's scope; else every issue is 1. */
  storyPointsFieldId?: string;
  /** Issues per search page, 1 to 100 (default 100). */
  pageSize?: number;
  /** Most search pages one read may take (default 10,000); a longer read fails as `limit-reached`. */
  maxPages?: number;
  /** The flag that raises `maxPages`, named when it stops a read (the CLI's `--max-pages`). */
  maxPagesFlag?: string;
  /** Most issues one read may return (no cap when absent); more fail as `limit-reached`. */
  maxItems?: number;
  /** The flag that raises `maxItems`, named when it stops a read (the CLI's `--max-items`). */
  maxItemsFlag?: string;
}

export interface SearchProgress {
  pages: number;
  issues: number;
}

export interface SearchLinkedOptions {
  /** More JQL, ANDed in brackets: `project = SHOP`. */
  jql?: string;
  /** Issue ids just written: Jira reads them fresh instead of from its eventually consistent index. */
  reconcile?: readonly string[];
  /** After each page. */
  onPage?: (progress: SearchProgress) => void;
}

export interface LinkChange {
  issueIdOrKey: string;
  before: LinksProperty;
  after: LinksProperty;
  /** False when the link was already there (link) or not there (unlink): nothing was written. */
  changed: boolean;
}

export interface JiraClient {
  /** Every issue linked to the map: one search request per page, the links returned with each. */
  searchLinkedIssues(mapId: string, options?: SearchLinkedOptions): Promise<JiraIssue[]>;
  /** The issue's links; empty when it has none. */
  getLinks(issueIdOrKey: string): Promise<LinksProperty>;
  /** Whether the user may edit the issue (EDIT_ISSUES); `not-found` when they may not see it. */
  canEdit(issueIdOrKey: string): Promise<boolean>;
  /**
   * Whether the user has ADMINISTER_PROJECTS on the project; false when they may not see it (Jira's
   * 404), so a caller refuses rather than guesses.
   */
  canAdministerProject(projectIdOrKey: string): Promise<boolean>;
  /** Permission check, read, add, write: `no-permission` before anything is written. */
  linkIssue(issueIdOrKey: string, link: IssueLink): Promise<LinkChange>;
  /** As `linkIssue`; the property is deleted when no link and no foreign field is left. */
  unlinkIssue(issueIdOrKey: string, link: IssueLink): Promise<LinkChange>;
  /** The id of the field with this name (case-insensitive), for `--story-points "Story Points"`. */
  findFieldId(name: string): Promise<string | undefined>;
}

const SearchPage = z.looseObject({
  issues: z.array(z.unknown()).default([]),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});

const PropertyAnswer = z.looseObject({ key: z.string().optional(), value: z.unknown() });

const PermissionsAnswer = z.looseObject({
  permissions: z.record(z.string(), z.looseObject({ havePermission: z.boolean().optional() })),
});

const FieldList = z.array(
  z.looseObject({ id: z.string(), name: z.string(), custom: z.boolean().optional() }),
);

/** The JQL that finds a map's linked issues through the app's entity property index. */
export function linkedIssuesJql(mapId: string, extra?: string): string {
  const base = `issue.property[${LINKS_PROPERTY_KEY}].mapIds = ${jqlString(mapId)}`;
  // An ORDER BY cannot sit inside the brackets: it is moved after them.
  const order = /\s*\border\s+by\s+[^"'()]*$/i.exec(extra ?? '');
  const filter = (order === null ? (extra ?? '') : (extra ?? '').slice(0, order.index)).trim();
  const sorted = order === null ? '' : ` ${order[0].trim()}`;
  return filter === '' ? `${base}${sorted}` : `${base} AND (${filter})${sorted}`;
}

export function createJiraClient(options: JiraClientOptions): JiraClient {
  const { transport, storyPointsFieldId } = options;
  const pageSize = options.pageSize ?? SEARCH_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > SEARCH_PAGE_SIZE) {
    throw new JiraClientError('invalid-request', `pageSize must be 1 to ${SEARCH_PAGE_SIZE}`);
  }
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const maxItems = options.maxItems ?? Number.POSITIVE_INFINITY;
  const fields = [
    ...ISSUE_FIELDS,
    ...(storyPointsFieldId === undefined ? [] : [storyPointsFieldId]),
  ];
  const issueOf = (body: unknown, where: string): JiraIssue => {
    const parsed = RestIssue.safeParse(body);
    if (!parsed.success) throw unexpected(where, parsed.error);
    return toJiraIssue(parsed.data, storyPointsFieldId);
  };
  const propertyPath = (issue: string) =>
    jiraPath`/rest/api/3/issue/${issue}/properties/${LINKS_PROPERTY_KEY}`;

  async function searchLinkedIssues(
    mapId: string,
    search: SearchLinkedOptions = {},
  ): Promise<JiraIssue[]> {
    const jql = linkedIssuesJql(mapId, search.jql);
    const reconcile = reconcileIds(search.reconcile ?? []);
    const issues: JiraIssue[] = [];
    const tokens = new Set<string>();
    let nextPageToken: string | undefined;
    for (let pages = 0; ; ) {
      if (pages >= maxPages) {
        const flag =
          options.maxPagesFlag === undefined ? '' : `; raise it with ${options.maxPagesFlag}`;
        throw new JiraClientError(
          'limit-reached',
          `Stopped after ${pages} search pages (${issues.length} issues), the page cap${flag}`,
        );
      }
      const answer = await transport.send({
        method: 'POST',
        path: jiraPath`/rest/api/3/search/jql`,
        body: {
          jql,
          maxResults: pageSize,
          fields,
          properties: [LINKS_PROPERTY_KEY],
          ...(nextPageToken === undefined ? {} : { nextPageToken }),
          ...(reconcile.length === 0 ? {} : { reconcileIssues: reconcile }),
        },
      });
      const page = SearchPage.safeParse(answer.body);
      if (!page.success) throw unexpected('The search', page.error);
      for (const raw of page.data.issues) issues.push(issueOf(raw, 'An issue of the search'));
      pages += 1;
      if (issues.length > maxItems) {
        const flag =
          options.maxItemsFlag === undefined ? '' : `; raise it with ${options.maxItemsFlag}`;
        throw new JiraClientError(
          'limit-reached',
          `Stopped after ${pages} search pages: more than ${maxItems} linked issues, the item cap${flag}`,
        );
      }
      search.onPage?.({ pages, issues: issues.length });
      const token = page.data.nextPageToken ?? undefined;
      if (token === undefined || token === '' || page.data.isLast === true) return issues;
      if (tokens.has(token)) {
        throw new JiraClientError(
          'invalid-response',
          `Jira's search page ${pages} leads back to a page already read, so paging would never end`,
        );
      }
      tokens.add(token);
      nextPageToken = token;
    }
  }

  async function getLinks(issueIdOrKey: string): Promise<LinksProperty> {
    try {
      const answer = await transport.send({ method: 'GET', path: propertyPath(issueIdOrKey) });
      const parsed = PropertyAnswer.safeParse(answer.body);
      if (!parsed.success) throw unexpected(`The links of ${issueIdOrKey}`, parsed.error);
      return parseLinksProperty(parsed.data.value);
    } catch (error) {
      // Jira answers 404 both for an issue without the property and for one the user cannot see;
      // `canEdit` tells them apart before a write.
      if (error instanceof JiraClientError && error.code === 'not-found') return EMPTY_LINKS;
      if (error instanceof LinksPropertyError) {
        throw new JiraClientError('invalid-links', `${issueIdOrKey}: ${error.message}`);
      }
      throw error;
    }
  }

  /** Writes the whole value, or deletes the property (`undefined`); Jira's own 403/404 is `no-permission`. */
  async function write(issueIdOrKey: string, value: LinksProperty | undefined): Promise<void> {
    try {
      await transport.send(
        value === undefined
          ? { method: 'DELETE', path: propertyPath(issueIdOrKey) }
          : { method: 'PUT', path: propertyPath(issueIdOrKey), body: value },
      );
    } catch (error) {
      if (
        error instanceof JiraClientError &&
        (error.code === 'no-permission' || error.code === 'not-found')
      ) {
        throw noPermission(issueIdOrKey, error.status);
      }
      throw error;
    }
  }

  async function canEdit(issueIdOrKey: string): Promise<boolean> {
    const byId = /^\d+$/.test(issueIdOrKey);
    let answer: Awaited<ReturnType<JiraTransport['send']>>;
    try {
      answer = await transport.send({
        method: 'GET',
        path: jiraPath`/rest/api/3/mypermissions`,
        query: {
          [byId ? 'issueId' : 'issueKey']: issueIdOrKey,
          permissions: 'EDIT_ISSUES',
        },
      });
    } catch (error) {
      if (error instanceof JiraClientError && error.code === 'not-found') {
        throw new JiraClientError(
          'not-found',
          `Issue ${issueIdOrKey} does not exist, or you may not see it`,
          error.status,
        );
      }
      throw error;
    }
    const parsed = PermissionsAnswer.safeParse(answer.body);
    if (!parsed.success) throw unexpected('The permission check', parsed.error);
    return parsed.data.permissions.EDIT_ISSUES?.havePermission === true;
  }

  async function canAdministerProject(projectIdOrKey: string): Promise<boolean> {
    const byId = /^\d+$/.test(projectIdOrKey);
    let answer: Awaited<ReturnType<JiraTransport['send']>>;
    try {
      answer = await transport.send({
        method: 'GET',
        path: jiraPath`/rest/api/3/mypermissions`,
        query: {
          [byId ? 'projectId' : 'projectKey']: projectIdOrKey,
          permissions: 'ADMINISTER_PROJECTS',
        },
      });
    } catch (error) {
      if (error instanceof JiraClientError && error.code === 'not-found') return false;
      throw error;
    }
    const parsed = PermissionsAnswer.safeParse(answer.body);
    if (!parsed.success) throw unexpected('The project permission check', parsed.error);
    return parsed.data.permissions.ADMINISTER_PROJECTS?.havePermission === true;
  }

  async function change(
    issueIdOrKey: string,
    edit: (value: LinksProperty) => LinksProperty,
  ): Promise<LinkChange> {
    if (!(await canEdit(issueIdOrKey))) throw noPermission(issueIdOrKey);
    const before = await getLinks(issueIdOrKey);
    let after: LinksProperty;
    try {
      after = edit(before);
    } catch (error) {
      if (error instanceof LinksPropertyError) {
        throw new JiraClientError('invalid-links', `${issueIdOrKey}: ${error.message}`);
      }
      throw error;
    }
    const changed = after.links.length !== before.links.length;
    if (changed) await write(issueIdOrKey, isEmpty(after) ? undefined : after);
    return { issueIdOrKey, before, after, changed };
  }

  async function findFieldId(name: string): Promise<string | undefined> {
    const answer = await transport.send({ method: 'GET', path: jiraPath`/rest/api/3/field` });
    const parsed = FieldList.safeParse(answer.body);
    if (!parsed.success) throw unexpected('The field list', parsed.error);
    const wanted = name.trim().toLowerCase();
    const byId = parsed.data.find((field) => field.id === name.trim());
    if (byId !== undefined) return byId.id;
    const matches = parsed.data.filter((field) => field.name.trim().toLowerCase() === wanted);
    if (matches.length > 1) {
      throw new JiraClientError(
        'invalid-request',
        `Several fields are named "${name}" (${matches.map((field) => field.id).join(', ')}); give the field id`,
      );
    }
    return matches[0]?.id;
  }

  return {
    searchLinkedIssues,
    getLinks,
    canEdit,
    canAdministerProject,
    linkIssue: (issueIdOrKey, link) => change(issueIdOrKey, (value) => addLink(value, link)),
    unlinkIssue: (issueIdOrKey, link) => change(issueIdOrKey, (value) => removeLink(value, link)),
    findFieldId,
  };
}

function isEmpty(value: LinksProperty): boolean {
  const { links, mapIds, stageIds, painPointIds, stageRefs, ...foreign } = value;
  return links.length === 0 && Object.keys(foreign).length === 0;
}

/** Jira's `reconcileIssues` takes numeric ids, at most 50: the last written are kept. */
function reconcileIds(ids: readonly string[]): number[] {
  const numeric = [...new Set(ids.filter((id) => /^\d{1,15}$/.test(id)))];
  return numeric.slice(-MAX_RECONCILE_IDS).map(Number);
}

function noPermission(issueIdOrKey: string, status?: number): JiraClientError {
  return new JiraClientError(
    'no-permission',
    `You may not edit issue ${issueIdOrKey}, so its journey links were not changed`,
    status,
  );
}

function unexpected(where: string, error: z.ZodError): JiraClientError {
  const [issue] = error.issues;
  const at =
    issue === undefined ? '' : ` (${issue.path.map(String).join('.') || 'body'}: ${issue.message})`;
  return new JiraClientError('invalid-response', `${where} came back in an unexpected shape${at}`);
}
