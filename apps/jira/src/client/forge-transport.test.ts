// @forge/api for real, through the `__forge_fetch__` shim, to the Jira fake at the HTTP level.
import { createJiraRestFake, installForgeFetch } from '@throughline/platform-fakes';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createForgeTransport } from './forge-transport';
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
    await expect(client.setLinks('SHOP-2', EMPTY_LINKS)).rejects.toMatchObject({
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
    await expect(client.getIssue('SHOP-1/../../myself')).rejects.toMatchObject({
      code: 'invalid-request',
    });
    expect(forge.calls.length).toBe(before);
  });
});
