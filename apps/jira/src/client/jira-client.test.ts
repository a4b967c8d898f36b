import { createJiraRestFake, type FakeIssueSeed } from '@throughline/platform-fakes';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpTransport } from './http-transport';
import { createJiraClient, linkedIssuesJql } from './jira-client';
import { JiraClientError } from './jira-client-error';
import { addLink, EMPTY_LINKS, LINKS_PROPERTY_KEY } from './links-property';
import { toWorkLinks } from './to-work-links';

const SITE = 'https://client-test.atlassian.net';
const TOKEN = 'secret-token-123';
const linked = (...links: [string, string, string?][]) => {
  let value = EMPTY_LINKS;
  for (const [mapId, stageId, painPointId] of links) {
    value = addLink(value, {
      mapId,
      stageId,
      ...(painPointId === undefined ? {} : { painPointId }),
    });
  }
  return { [LINKS_PROPERTY_KEY]: value };
};
const seeds: FakeIssueSeed[] = [
  {
    key: 'SHOP-1',
    summary: 'Shorter sign-up',
    statusCategory: 'indeterminate',
    storyPoints: 5,
    properties: linked(['map-1', 'sign-up', 'pp-1']),
  },
  {
    key: 'SHOP-2',
    summary: 'Remove captcha',
    statusCategory: 'done',
    resolution: "Won't Do",
    properties: linked(['map-1', 'sign-up'], ['map-2', 'x']),
  },
  { key: 'SHOP-3', summary: 'Unlinked', properties: {} },
  {
    key: 'OPS-1',
    summary: 'Pay later',
    statusCategory: 'done',
    resolution: 'Done',
    duedate: '2026-12-24',
    properties: linked(['map-1', 'pay']),
  },
  { key: 'SHOP-4', summary: 'Secret', properties: linked(['map-1', 'pay']) },
];
const fake = createJiraRestFake({
  baseUrl: SITE,
  issues: seeds,
  users: [
    {
      accountId: 'u-1',
      email: 'ana@example.com',
      apiToken: TOKEN,
      canBrowse: ['SHOP-1', 'SHOP-2', 'SHOP-3', 'OPS-1'],
      canEdit: ['SHOP-1', 'SHOP-3'],
    },
  ],
});
const server = setupServer(...fake.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => fake.clearLog());
afterAll(() => server.close());

const transport = (limits = {}) =>
  createHttpTransport({
    siteUrl: SITE,
    email: 'ana@example.com',
    apiToken: TOKEN,
    sleep: async () => {},
    limits,
  });

describe('the Jira client against the fake', () => {
  it('finds a map’s issues with one search per page of at most 100, links in the same request', async () => {
    const client = createJiraClient({
      transport: transport(),
      pageSize: 2,
      storyPointsFieldId: 'customfield_10016',
    });
    const pages: number[] = [];
    const issues = await client.searchLinkedIssues('map-1', {
      onPage: (progress) => pages.push(progress.issues),
    });
    // SHOP-4 is not visible to this user; SHOP-3 is not linked.
    expect(issues.map((issue) => issue.key)).toEqual(['SHOP-1', 'SHOP-2', 'OPS-1']);
    expect(pages).toEqual([2, 3]);
    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /rest/api/3/search/jql',
      'POST /rest/api/3/search/jql',
    ]);
    expect(fake.requests[0]?.body).toEqual({
      jql: 'issue.property[throughline-links].mapIds = "map-1"',
      maxResults: 2,
      fields: [
        'summary',
        'status',
        'resolution',
        'duedate',
        'assignee',
        'issuetype',
        'customfield_10016',
      ],
      properties: [LINKS_PROPERTY_KEY],
    });
    expect(fake.requests[1]?.body).toMatchObject({ nextPageToken: expect.any(String) });
    const links = toWorkLinks(issues, 'map-1', { siteUrl: SITE });
    expect(links.map((link) => [link.key, link.stageId, link.status, link.scope])).toEqual([
      ['SHOP-1', 'sign-up', 'in-progress', 5],
      ['SHOP-2', 'sign-up', 'canceled', 1],
      ['OPS-1', 'pay', 'done', 1],
    ]);
  });

  it('ANDs extra JQL in brackets and escapes the map id', async () => {
    expect(linkedIssuesJql('a"b', 'project = SHOP OR project = OPS')).toBe(
      'issue.property[throughline-links].mapIds = "a\\"b" AND (project = SHOP OR project = OPS)',
    );
    expect(linkedIssuesJql('m', 'project = SHOP order by key DESC')).toBe(
      'issue.property[throughline-links].mapIds = "m" AND (project = SHOP) order by key DESC',
    );
    expect(linkedIssuesJql('m', 'ORDER BY key')).toBe(
      'issue.property[throughline-links].mapIds = "m" ORDER BY key',
    );
    const client = createJiraClient({ transport: transport() });
    const issues = await client.searchLinkedIssues('map-1', { jql: 'project = OPS' });
    expect(issues.map((issue) => issue.key)).toEqual(['OPS-1']);
    await expect(client.searchLinkedIssues('map-1', { jql: 'nonsense = 1' })).rejects.toMatchObject(
      {
        code: 'invalid-request',
        isUserFixable: true,
      },
    );
  });

  it('links after checking permission, without duplicates; unlinking the last link deletes the property', async () => {
    const client = createJiraClient({ transport: transport() });
    const first = await client.linkIssue('SHOP-3', { mapId: 'map-1', stageId: 'pay' });
    expect(first.changed).toBe(true);
    const again = await client.linkIssue('SHOP-3', { mapId: 'map-1', stageId: 'pay' });
    expect(again.changed).toBe(false);
    expect(fake.writes()).toHaveLength(1);
    expect(fake.issue('SHOP-3')?.properties.get(LINKS_PROPERTY_KEY)).toEqual({
      links: [{ mapId: 'map-1', stageId: 'pay' }],
      mapIds: ['map-1'],
      stageIds: ['pay'],
      painPointIds: [],
      stageRefs: ['map-1/pay'],
    });
    const removed = await client.unlinkIssue('SHOP-3', { mapId: 'map-1', stageId: 'pay' });
    expect(removed.after.links).toEqual([]);
    expect(fake.writes().map((request) => request.method)).toEqual(['PUT', 'DELETE']);
    expect(fake.issue('SHOP-3')?.properties.has(LINKS_PROPERTY_KEY)).toBe(false);
  });

  it('refuses a user without edit permission before writing, and maps Jira’s own 403 the same way', async () => {
    const client = createJiraClient({ transport: transport() });
    await expect(client.linkIssue('OPS-1', { mapId: 'map-1', stageId: 'x' })).rejects.toMatchObject(
      {
        code: 'no-permission',
        isUserFixable: true,
      },
    );
    expect(fake.writes()).toEqual([]);
    // Jira may still refuse the write itself (a workflow property, a permission just revoked).
    server.use(
      http.put(
        `${SITE}/rest/api/3/issue/SHOP-1/properties/${LINKS_PROPERTY_KEY}`,
        () => HttpResponse.json({ errorMessages: ['No permission'] }, { status: 403 }),
        { once: true },
      ),
    );
    await expect(
      client.linkIssue('SHOP-1', { mapId: 'map-1', stageId: 'x' }),
    ).rejects.toMatchObject({ code: 'no-permission', status: 403 });
    await expect(
      client.linkIssue('SHOP-4', { mapId: 'map-1', stageId: 'x' }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('reads an issue’s links, and finds the story points field by name', async () => {
    const client = createJiraClient({ transport: transport() });
    expect(await client.getLinks('SHOP-1')).toMatchObject({
      stageIds: ['sign-up'],
      stageRefs: ['map-1/sign-up'],
    });
    expect(await client.findFieldId('story points')).toBe('customfield_10016');
    expect(await client.findFieldId('Nope')).toBeUndefined();
    expect((await client.getLinks('SHOP-3')).links).toEqual([]);
  });

  it('retries a 429 after Retry-After within the budget, then fails typed', async () => {
    const limitedFake = createJiraRestFake({
      baseUrl: 'https://limited.atlassian.net',
      rateLimitFirst: 2,
      retryAfter: 1,
      issues: seeds,
      users: [{ accountId: 'u', email: 'e@x', apiToken: TOKEN }],
    });
    server.use(...limitedFake.handlers);
    const waits: number[] = [];
    const make = (retryBudget: number) =>
      createJiraClient({
        transport: createHttpTransport({
          siteUrl: limitedFake.baseUrl,
          email: 'e@x',
          apiToken: TOKEN,
          limits: { retryBudget },
          sleep: async (ms) => {
            waits.push(ms);
          },
        }),
      });
    const issues = await make(3).searchLinkedIssues('map-1');
    expect(issues).toHaveLength(4);
    expect(waits).toEqual([1000, 1000]);
    expect(limitedFake.requests.map((request) => request.status)).toEqual([429, 429, 200]);
    const noBudget = createJiraRestFake({
      baseUrl: 'https://limited2.atlassian.net',
      rateLimitFirst: 5,
      users: [{ accountId: 'u', email: 'e@x', apiToken: TOKEN }],
    });
    server.use(...noBudget.handlers);
    const failing = createJiraClient({
      transport: createHttpTransport({
        siteUrl: noBudget.baseUrl,
        email: 'e@x',
        apiToken: TOKEN,
        limits: { retryBudget: 1 },
        sleep: async () => {},
      }),
    });
    const error = await failing.searchLinkedIssues('m').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JiraClientError);
    expect(error).toMatchObject({ code: 'rate-limited', isUserFixable: false });
  });

  it('refuses a bad site URL, a bad issue key and a wrong token without leaking the token', async () => {
    expect(() => createHttpTransport({ siteUrl: 'not a url', email: 'a', apiToken: 't' })).toThrow(
      /JIRA_URL/,
    );
    expect(() =>
      createHttpTransport({ siteUrl: 'https://u:p@x.atlassian.net', email: 'a', apiToken: 't' }),
    ).toThrow(/user name/);
    const client = createJiraClient({ transport: transport() });
    await expect(client.getLinks('../../myself')).rejects.toMatchObject({
      code: 'invalid-request',
    });
    expect(fake.requests).toEqual([]);
    const wrong = createJiraClient({
      transport: createHttpTransport({
        siteUrl: SITE,
        email: 'ana@example.com',
        apiToken: 'wrong-token-xyz',
      }),
    });
    const error = (await wrong.getLinks('SHOP-1').catch((caught: unknown) => caught)) as Error;
    expect(error).toMatchObject({ code: 'unauthorized' });
    expect(error.message).not.toContain('wrong-token-xyz');
  });
});
