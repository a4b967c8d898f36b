// The Jira client against the Jira fake, every request checked against the official swagger:
// each REST path the client owns is exercised, and nothing it sends is outside the API.
import {
  addLink,
  createHttpTransport,
  createJiraClient,
  EMPTY_LINKS,
  jiraPath,
  LINKS_PROPERTY_KEY,
} from '@throughline/jira';
import { createJiraRestFake, createOpenApiRequestChecker } from '@throughline/platform-fakes';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { jiraSpec } from './jira-openapi.test-support';

const SITE = 'https://contract.atlassian.net';
const TOKEN = 'contract-token';
const links = addLink(EMPTY_LINKS, { mapId: 'map-1', stageId: 'stage-1', painPointId: 'pp-1' });
const fake = createJiraRestFake({
  baseUrl: SITE,
  spec: jiraSpec,
  users: [{ accountId: 'u-1', email: 'ana@example.com', apiToken: TOKEN }],
  issues: Array.from({ length: 150 }, (_, index) => ({
    key: `SHOP-${index + 1}`,
    summary: `Issue ${index + 1}`,
    storyPoints: index % 5,
    ...(index % 2 === 0 ? { properties: { [LINKS_PROPERTY_KEY]: links } } : {}),
  })),
});
const server = setupServer(...fake.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => fake.clearLog());
afterAll(() => server.close());

const transport = createHttpTransport({
  siteUrl: SITE,
  email: 'ana@example.com',
  apiToken: TOKEN,
  sleep: async () => {},
});
const client = createJiraClient({ transport, storyPointsFieldId: 'customfield_10016' });

describe('every request the Jira client sends is in the swagger', () => {
  it('POST /rest/api/3/search/jql: pages, fields, properties, nextPageToken, reconcileIssues', async () => {
    const found = await client.searchLinkedIssues('map-1', {
      jql: 'project = SHOP ORDER BY key',
      reconcile: ['10001', 'SHOP-9'],
    });
    expect(found).toHaveLength(75);
    expect(fake.requests.map((request) => request.status)).toEqual([200]);
    const paged = await createJiraClient({ transport, pageSize: 50 }).searchLinkedIssues('map-1');
    expect(paged).toHaveLength(75);
    expect(fake.requests).toHaveLength(3);
    expect(fake.violations).toEqual([]);
  });

  it('GET, PUT and DELETE /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', async () => {
    expect((await client.getLinks('SHOP-2')).links).toEqual([]);
    const [link] = links.links;
    if (link === undefined) throw new Error('the fixture has one link');
    await client.linkIssue('SHOP-2', link);
    expect((await client.getLinks('SHOP-2')).links).toEqual(links.links);
    await client.unlinkIssue('SHOP-2', link);
    const onProperty = fake.requests.filter((request) => request.path.includes('/properties/'));
    expect(onProperty.map((request) => `${request.method} ${request.status}`)).toEqual([
      'GET 404',
      'GET 404',
      'PUT 201',
      'GET 200',
      'GET 200',
      'DELETE 204',
    ]);
    expect(fake.violations).toEqual([]);
  });

  it('GET /rest/api/3/mypermissions by issue key and by issue id; link and unlink', async () => {
    expect(await client.canEdit('SHOP-2')).toBe(true);
    expect(await client.canEdit('10001')).toBe(true);
    await client.linkIssue('SHOP-2', { mapId: 'map-1', stageId: 'stage-2' });
    await client.unlinkIssue('SHOP-2', { mapId: 'map-1', stageId: 'stage-2' });
    expect(fake.requests.map((request) => request.path.split('?')[0])).toContain(
      '/rest/api/3/mypermissions',
    );
    expect(fake.violations).toEqual([]);
  });

  it('GET /rest/api/3/field', async () => {
    expect(await client.findFieldId('Story Points')).toBe('customfield_10016');
    expect(fake.violations).toEqual([]);
  });
});

describe('the checker catches requests outside the API', () => {
  it.each([
    [
      'an unknown body field',
      {
        method: 'POST',
        path: jiraPath`/rest/api/3/search/jql`,
        body: { jql: 'project = SHOP', startAt: 0 },
      },
      /body must NOT have additional properties \("startAt"\)/,
    ],
    [
      'a body field of the wrong type',
      {
        method: 'POST',
        path: jiraPath`/rest/api/3/search/jql`,
        body: { jql: 'project = SHOP', maxResults: '100' },
      },
      /body\/maxResults must be integer/,
    ],
    [
      'an unknown query parameter',
      {
        method: 'GET',
        path: jiraPath`/rest/api/3/mypermissions`,
        query: { issueKey: 'SHOP-1', permission: 'EDIT_ISSUES' },
      },
      /query parameter "permission" is not declared/,
    ],
    [
      'a method the path does not have',
      { method: 'DELETE', path: jiraPath`/rest/api/3/field` },
      /DELETE is not an operation of \/rest\/api\/3\/field/,
    ],
    [
      'the old search the API is removing',
      { method: 'POST', path: jiraPath`/rest/api/3/search`, body: { jql: 'project = SHOP' } },
      /POST \/rest\/api\/3\/search: is deprecated in the spec/,
    ],
    [
      'a path the API does not have',
      { method: 'GET', path: jiraPath`/rest/api/3/issue/${'SHOP-1'}/links` },
      /GET \/rest\/api\/3\/issue\/SHOP-1\/links is not a path in the spec/,
    ],
  ] as const)('%s: 400 and a recorded violation', async (_name, request, problem) => {
    const error = await transport.send(request).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'invalid-request', status: 400 });
    expect(fake.violations).toEqual([expect.stringMatching(problem)]);
    expect(fake.writes()).toEqual([]);
  });

  it('checks bodies against request schemas with $refs and OpenAPI nullable', () => {
    const check = createOpenApiRequestChecker(jiraSpec);
    const url = `${SITE}/rest/api/3/issue/SHOP-1`;
    expect(check({ method: 'PUT', url, body: { fields: { summary: 'x' } } })).toEqual([]);
    expect(check({ method: 'PUT', url, body: { fields: {}, update: 3 } })).toEqual([
      expect.stringMatching(/body\/update must be object/),
    ]);
    expect(check({ method: 'PUT', url: `${url}?notifyUsers=maybe`, body: {} })).toEqual([
      expect.stringMatching(/notifyUsers=maybe is not true or false/),
    ]);
  });
});
