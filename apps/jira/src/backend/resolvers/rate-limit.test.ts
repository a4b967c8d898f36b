import { describe, expect, it } from 'vitest';
import { backendHarness, invoker } from '../backend.test-support';
import { resolver } from '../index';
import { MODULE_KEYS } from './module-access';

// Jira keeps answering 429: the transport's bounded retries give up inside the resolver's 25 s.
const { jira } = backendHarness({
  accountId: 'user-1',
  users: [{ accountId: 'user-1' }],
  issues: [{ id: '10001', key: 'SHOP-1' }],
  rateLimitFirst: 1000,
  retryAfter: 0,
});
const fromIssue = invoker(resolver, {
  moduleKey: MODULE_KEYS.issuePanel,
  issue: { id: '10001', key: 'SHOP-1' },
});

describe('a rate-limited Jira', () => {
  it('answers a typed rate-limited error after a bounded number of retries', async () => {
    const answer = await fromIssue('getIssueLinks', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    expect(jira.requests.length).toBeGreaterThan(1);
    expect(jira.requests.length).toBeLessThanOrEqual(4);
  }, 20_000);
});
