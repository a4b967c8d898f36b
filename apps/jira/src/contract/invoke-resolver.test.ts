import { describe, expect, it } from 'vitest';
import { createInvoke } from './invoke-resolver';
import { DEFAULT_SETTINGS, RESOLVER_KEYS, resolverContract } from './resolver-contract';

describe('the typed invoke the UI uses', () => {
  it('sends a valid request and parses the envelope that comes back', async () => {
    const sent: [string, unknown][] = [];
    const call = createInvoke(async (key, payload) => {
      sent.push([key, payload]);
      return { ok: true, data: DEFAULT_SETTINGS };
    });
    expect(await call('getSettings', {})).toEqual({ ok: true, data: DEFAULT_SETTINGS });
    expect(sent).toEqual([['getSettings', {}]]);
  });

  it('never sends a request the contract refuses', async () => {
    let calls = 0;
    const call = createInvoke(async () => {
      calls += 1;
      return undefined;
    });
    // @ts-expect-error: the contract has no issue key; the browser must not send one.
    const answer = await call('linkIssue', { mapId: 'm', stageId: 's', issueKey: 'SHOP-1' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(calls).toBe(0);
  });

  it('turns a failed bridge call or an unexpected answer into an error envelope', async () => {
    const failing = createInvoke(async () => {
      throw new Error('network down');
    });
    expect(await failing('getSettings', {})).toMatchObject({
      ok: false,
      error: { code: 'upstream-error' },
    });
    const odd = createInvoke(async () => ({ ok: true, data: { storyPointsField: 3 } }));
    expect(await odd('getSettings', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('has a request and a response schema for every key, with a size limit on the map text', () => {
    expect(RESOLVER_KEYS).toHaveLength(12);
    for (const key of RESOLVER_KEYS) {
      expect(resolverContract[key].request).toBeDefined();
      expect(resolverContract[key].response).toBeDefined();
    }
    const tooLong = resolverContract.importMap.request.safeParse({
      text: 'x'.repeat(4 * 1024 * 1024 + 1),
    });
    expect(tooLong.success).toBe(false);
  });
});
