import { describe, expect, it } from 'vitest';
import { HttpError } from './http-error';
import { DEFAULT_HTTP_LIMITS, formatLimitValue, limitHint, resolveLimits } from './http-limits';

describe('limits', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_HTTP_LIMITS).toEqual({
      headersTimeoutMs: 30_000,
      bodyTimeoutMs: 60_000,
      maxResponseBytes: 16_777_216,
      retryBudget: 8,
      maxRetryWaitMs: 60_000,
      maxPages: 10_000,
      maxItems: 500_000,
    });
  });

  it.each([
    ['maxPages', 10_000, '10,000 pages'],
    ['maxItems', 1, '1 item'],
    ['retryBudget', 8, '8 retries'],
    ['headersTimeoutMs', 200, '200 ms'],
    ['bodyTimeoutMs', 60_000, '60 s'],
    ['maxRetryWaitMs', 1_500, '1.5 s'],
    ['maxResponseBytes', 16 * 1024 * 1024, '16 MiB'],
    ['maxResponseBytes', 1000, '1,000 bytes'],
  ] as const)('writes %s %d as "%s"', (limit, value, text) => {
    expect(formatLimitValue(limit, value)).toBe(text);
  });

  it('names the flag that raises a limit, or just the limit', () => {
    expect(limitHint('maxPages', { maxPages: '--max-pages' })).toBe(
      'the page cap; raise it with --max-pages',
    );
    expect(limitHint('maxPages')).toBe('the page cap');
  });

  it('takes overrides and keeps the rest', () => {
    expect(resolveLimits({ maxPages: 5, retryBudget: 0 })).toEqual({
      ...DEFAULT_HTTP_LIMITS,
      maxPages: 5,
      retryBudget: 0,
    });
  });

  it.each([
    [{ maxPages: 1.5 }, 'The page cap must be a positive whole number; got 1.5'],
    [{ retryBudget: -1 }, 'The retry budget must be a zero or more whole number; got -1'],
    [{ headersTimeoutMs: 0 }, 'The headers timeout must be a positive number of milliseconds'],
    [{ bodyTimeoutMs: 2 ** 32 }, 'of at most 2,147,483,647; got 4294967296'],
    [{ maxItems: Number.NaN }, 'The item cap must be a positive whole number; got NaN'],
  ])('refuses %j', (limits, message) => {
    expect(() => resolveLimits(limits)).toThrow(HttpError);
    expect(() => resolveLimits(limits)).toThrow(message);
  });
});
