// @forge/api and @forge/kvs run for real over this shim in apps/jira's storage and resolver tests; here
// the shim is called with the very metadata they pass (read from their out/ sources).
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { installForgeFetch } from './forge-fetch-shim';
import { createKvsFake, KVS_VALUE_LIMIT_BYTES } from './kvs-fake';

const JIRA = 'https://jira.forge.test';
const kvsFake = createKvsFake();
const seen: { provider: string | null; account: string | null }[] = [];
const server = setupServer(
  ...kvsFake.handlers,
  http.get(`${JIRA}/rest/api/3/myself`, ({ request }) => {
    seen.push({
      provider: request.headers.get('x-forge-provider'),
      account: request.headers.get('x-forge-account-id'),
    });
    return HttpResponse.json({ accountId: request.headers.get('x-forge-account-id') });
  }),
);
const forge = installForgeFetch({
  jiraBaseUrl: JIRA,
  kvsBaseUrl: kvsFake.baseUrl,
  accountId: 'user-1',
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  kvsFake.store.clear();
  kvsFake.clearFailures();
  forge.calls.length = 0;
  seen.length = 0;
});
afterAll(() => {
  server.close();
  forge.uninstall();
});

describe('the Forge fetch shim', () => {
  it('records whether a product call went as the user or as the app', async () => {
    const forgeFetch = globalThis.__forge_fetch__;
    if (!forgeFetch) throw new Error('the shim is not installed');
    await forgeFetch({ type: 'fpp', provider: 'user', remote: 'jira' }, '/rest/api/3/myself');
    await forgeFetch({ type: 'fpp', provider: 'app', remote: 'jira' }, '/rest/api/3/myself');
    expect(forge.calls.map(({ provider, accountId }) => ({ provider, accountId }))).toEqual([
      { provider: 'user', accountId: 'user-1' },
      { provider: 'app', accountId: undefined },
    ]);
    expect(seen).toEqual([
      { provider: 'user', account: 'user-1' },
      { provider: 'app', account: null },
    ]);
  });
});

async function kvsCall(operation: string, body: unknown) {
  const forgeFetch = globalThis.__forge_fetch__;
  if (!forgeFetch) throw new Error('the shim is not installed');
  const response = await forgeFetch(
    { type: 'kvs', provider: 'app', remote: 'kvs' },
    `/api/v1/${operation}`,
    { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } },
  );
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

describe('the KVS fake', () => {
  it('sets, gets, queries by prefix and deletes, as KVS answers', async () => {
    await kvsCall('set', { key: 'map:a', value: { n: 1 } });
    await kvsCall('set', { key: 'map:b', value: { n: 2 } });
    await kvsCall('set', { key: 'other', value: 3 });
    expect((await kvsCall('get', { key: 'map:a' })).body).toMatchObject({
      key: 'map:a',
      value: { n: 1 },
    });
    expect(await kvsCall('get', { key: 'missing' })).toMatchObject({
      status: 404,
      body: { code: 'KEY_NOT_FOUND' },
    });
    const page = await kvsCall('query', {
      where: [{ property: 'key', condition: 'BEGINS_WITH', values: ['map:'] }],
      limit: 1,
    });
    expect(page.body).toEqual({ data: [{ key: 'map:a', value: { n: 1 } }], cursor: 'map:a' });
    const next = await kvsCall('query', {
      where: [{ property: 'key', condition: 'BEGINS_WITH', values: ['map:'] }],
      after: 'map:a',
    });
    expect(next.body).toEqual({ data: [{ key: 'map:b', value: { n: 2 } }] });
    expect((await kvsCall('delete', { key: 'map:a' })).status).toBe(204);
    expect(kvsFake.store.has('map:a')).toBe(false);
    expect(forge.calls.every((call) => call.type === 'kvs' && call.provider === 'app')).toBe(true);
  });

  it('refuses a value over 240 KiB and keys Forge would refuse', async () => {
    expect(
      await kvsCall('set', { key: 'big', value: 'x'.repeat(KVS_VALUE_LIMIT_BYTES) }),
    ).toMatchObject({
      status: 400,
      body: { code: 'MAX_SIZE' },
    });
    expect((await kvsCall('set', { key: 'bad/key', value: 1 })).body).toMatchObject({
      code: 'INVALID_KEY',
    });
    expect(kvsFake.store.size).toBe(0);
  });

  it('reports each item of a batch and commits a transaction whole or not at all', async () => {
    const batch = await kvsCall('batch/set', [
      { key: 'a', value: 1 },
      { key: 'b', value: 'x'.repeat(KVS_VALUE_LIMIT_BYTES) },
    ]);
    expect(batch.body.successfulKeys).toEqual([{ key: 'a' }]);
    expect(batch.body.failedKeys.map(({ key }: { key: string }) => key)).toEqual(['b']);
    const transaction = await kvsCall('transaction', {
      set: [
        { key: 'c', value: 1 },
        { key: 'd', value: 'x'.repeat(KVS_VALUE_LIMIT_BYTES) },
      ],
    });
    expect(transaction.status).toBe(400);
    expect(kvsFake.store.has('c')).toBe(false);
    const got = await kvsCall('batch/get', [{ key: 'a' }, { key: 'zz' }]);
    expect(got.body.successfulKeys.map(({ key }: { key: string }) => key)).toEqual(['a']);
    expect(got.body.failedKeys.map(({ key }: { key: string }) => key)).toEqual(['zz']);
  });

  it('fails the requests a test picks, writing nothing', async () => {
    kvsFake.failWhen((operation) => operation === 'set');
    expect((await kvsCall('set', { key: 'a', value: 1 })).status).toBe(500);
    expect(kvsFake.store.size).toBe(0);
  });
});
