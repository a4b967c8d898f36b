import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJiraRestFake, SEARCH_MAX_RESULTS_FIELDS } from './jira-rest-fake';

const BASE = 'https://fake-unit.atlassian.net';
const AUTH = {
  authorization: `Basic ${btoa('a@example.com:token-1')}`,
  'content-type': 'application/json',
};
const value = (mapId: string) => ({
  links: [{ mapId, stageId: 's' }],
  mapIds: [mapId],
  stageIds: ['s'],
  painPointIds: [],
});
const fake = createJiraRestFake({
  baseUrl: BASE,
  laggingIndex: true,
  issues: Array.from({ length: 250 }, (_, index) => ({
    key: `P-${index + 1}`,
    properties: { 'throughline-links': value('m') },
  })),
  users: [{ accountId: 'a', email: 'a@example.com', apiToken: 'token-1' }],
  rateLimitOn: [1],
  retryAfter: 3,
});
const server = setupServer(...fake.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const search = async (body: Record<string, unknown>) => {
  const response = await fetch(`${BASE}/rest/api/3/search/jql`, {
    method: 'POST',
    headers: AUTH,
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
};

describe('the Jira fake', () => {
  it('answers an injected 429 with Retry-After, then pages by nextPageToken, 100 at most with fields', async () => {
    const limited = await search({ jql: 'journeyMap = m' });
    expect(limited).toMatchObject({
      status: 429,
      body: { errorMessages: ['Rate limit exceeded.'] },
    });
    expect(limited.headers.get('retry-after')).toBe('3');
    const first = await search({ jql: 'journeyMap = m', maxResults: 500, fields: ['summary'] });
    expect(first.body.issues).toHaveLength(SEARCH_MAX_RESULTS_FIELDS);
    expect(first.body.isLast).toBe(false);
    const ids = await search({ jql: 'journeyMap = m', maxResults: 500, fields: ['id'] });
    expect(ids.body).toMatchObject({ isLast: true });
    expect(ids.body.issues).toHaveLength(250);
    const second = await search({
      jql: 'journeyMap = m',
      maxResults: 200,
      fields: ['summary'],
      nextPageToken: first.body.nextPageToken,
    });
    expect(second.body.issues[0].key).toBe('P-101');
    const forged = await search({
      jql: 'journeyMap = other',
      nextPageToken: first.body.nextPageToken,
    });
    expect(forged.status).toBe(400);
  });

  it('lags property writes in search until the index catches up, except for reconciled issues', async () => {
    const put = await fetch(`${BASE}/rest/api/3/issue/P-1/properties/throughline-links`, {
      method: 'PUT',
      headers: AUTH,
      body: JSON.stringify(value('fresh')),
    });
    expect(put.status).toBe(200);
    const stale = await search({ jql: 'journeyMap = fresh' });
    expect(stale.body.issues).toEqual([]);
    const id = fake.issue('P-1')?.id;
    const reconciled = await search({
      jql: 'journeyMap = fresh',
      reconcileIssues: [Number(id)],
      properties: ['throughline-links'],
    });
    expect(reconciled.body.issues.map((issue: { key: string }) => issue.key)).toEqual(['P-1']);
    expect(reconciled.body.issues[0].properties['throughline-links'].mapIds).toEqual(['fresh']);
    fake.catchUpIndex();
    expect((await search({ jql: 'journeyMap = fresh' })).body.issues).toHaveLength(1);
  });

  it('refuses a value past 32 KB and an unauthenticated request', async () => {
    const big = { ...value('m'), padding: 'x'.repeat(33_000) };
    const put = await fetch(`${BASE}/rest/api/3/issue/P-2/properties/throughline-links`, {
      method: 'PUT',
      headers: AUTH,
      body: JSON.stringify(big),
    });
    expect(put.status).toBe(400);
    const anonymous = await fetch(`${BASE}/rest/api/3/field`);
    expect(anonymous.status).toBe(401);
  });
});
