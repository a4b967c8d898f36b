// @forge/api for real, through the `__forge_fetch__` shim, to the Jira fake at the HTTP level.
import { createJiraRestFake, installForgeFetch } from '@throughline/platform-fakes';
import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createForgeTransport, FORGE_INVOCATION_DEADLINE_MS } from './forge-transport';
import { createJiraClient } from './jira-client';
import { addLink, EMPTY_LINKS, LINKS_PROPERTY_KEY } from './links-property';

const JIRA = 'https://forge-jira.test';
const fake = createJiraRestFake({
  baseUrl: JIRA,
  users: [{ accountId: 'user-1', canEdit: ['SHOP-1'] }],
  issues: [
    {
      key: 'SHOP-1',
      properties: { [LINKS_PROPERTY_KEY]: addLink(EMPTY_LINKS, { mapId: 'm', stageId: 's' }) },
    },
    { key: 'SHOP-2' },
  ],
  rateLimitOn: [2],
  retryAfter: 1,
});
const server = setupServer(...fake.handlers);
const forge = installForgeFetch({
  jiraBaseUrl: JIRA,
  kvsBaseUrl: 'https://kvs.forge.test',
  accountId: 'user-1',
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  forge.calls.length = 0;
  server.resetHandlers();
});
afterAll(() => {
  server.close();
  forge.uninstall();
});

describe('the Forge transport', () => {
  it('acts as the user, retries a 429 with the shared policy, and maps a refused write', async () => {
    const waits: number[] = [];
    const client = createJiraClient({
      transport: createForgeTransport({
        as: 'user',
        sleep: async (ms) => {
          waits.push(ms);
        },
      }),
    });
    const issues = await client.searchLinkedIssues('m');
    expect(issues.map((issue) => issue.key)).toEqual(['SHOP-1']);
    expect(await client.linkIssue('SHOP-1', { mapId: 'm', stageId: 't' })).toMatchObject({
      changed: true,
    });
    expect(waits).toEqual([1000]);
    await expect(client.linkIssue('SHOP-2', { mapId: 'm', stageId: 't' })).rejects.toMatchObject({
      code: 'no-permission',
    });
    expect(new Set(forge.calls.map((call) => `${call.provider}:${call.accountId}`))).toEqual(
      new Set(['user:user-1']),
    );
    expect(fake.issue('SHOP-1')?.properties.get(LINKS_PROPERTY_KEY)).toMatchObject({
      stageIds: ['s', 't'],
    });
  });

  it('acts as the app in triggers, and refuses path manipulation through `route`', async () => {
    const client = createJiraClient({ transport: createForgeTransport({ as: 'app' }) });
    expect((await client.getLinks('SHOP-2')).links).toEqual([]);
    expect(forge.calls.at(-1)).toMatchObject({ provider: 'app', accountId: undefined });
    const before = forge.calls.length;
    await expect(client.getLinks('SHOP-1/../../myself')).rejects.toMatchObject({
      code: 'invalid-request',
    });
    expect(forge.calls.length).toBe(before);
  });

  it('stops every request at the invocation deadline with a typed error, before Forge kills it', async () => {
    // Each answer takes 100 ms; a handler that returns nothing hands the request on to the fake.
    server.use(http.all(`${JIRA}/*`, () => delay(100)));
    const client = createJiraClient({
      transport: createForgeTransport({ as: 'user', invocationDeadlineMs: 350 }),
    });
    const started = Date.now();
    let read = 0;
    const error = await (async () => {
      for (; read < 20; read++) await client.getLinks('SHOP-1');
    })().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'limit-reached', message: /longer than the 0.35 s/ });
    expect(read).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(1_000);
    // Past the deadline nothing more is sent.
    const sent = forge.calls.length;
    await expect(client.getLinks('SHOP-1')).rejects.toMatchObject({ code: 'limit-reached' });
    expect(forge.calls.length).toBe(sent);
    expect(FORGE_INVOCATION_DEADLINE_MS).toBeLessThan(25_000);
  });

  it('stops a request Jira never answers, and a retry still waiting out Retry-After', async () => {
    server.use(http.get(`${JIRA}/rest/api/3/field`, () => delay('infinite')));
    const hung = createJiraClient({
      transport: createForgeTransport({ as: 'user', invocationDeadlineMs: 100 }),
    });
    await expect(hung.findFieldId('Story Points')).rejects.toMatchObject({
      code: 'limit-reached',
    });
    server.use(
      http.get(
        `${JIRA}/rest/api/3/field`,
        () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '1' } }),
        { once: true },
      ),
    );
    const waiting = createJiraClient({
      transport: createForgeTransport({
        as: 'user',
        invocationDeadlineMs: 100,
        sleep: () => new Promise(() => {}),
      }),
    });
    await expect(waiting.findFieldId('Story Points')).rejects.toMatchObject({
      code: 'limit-reached',
    });
  });
});
