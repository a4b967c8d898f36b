import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter } from './retry-delay';

const NOW = Date.parse('2025-03-01T12:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    [null, undefined],
    ['', undefined],
    ['0', 0],
    ['2', 2000],
    ['1.5', 1500],
    ['-1', undefined],
    ['soon', undefined],
    ['Sat, 01 Mar 2025 12:00:30 GMT', 30_000],
    ['Sat, 01 Mar 2025 11:00:00 GMT', 0],
  ])('%j → %j', (value, milliseconds) => {
    expect(parseRetryAfter(value, NOW)).toBe(milliseconds);
  });
});

describe('backoffDelay', () => {
  it('doubles from 1 s with jitter in [0.5, 1), up to the ceiling', () => {
    expect([0, 1, 2].map((retry) => backoffDelay(retry, () => 0, 60_000))).toEqual([
      500, 1000, 2000,
    ]);
    expect(backoffDelay(0, () => 0.999, 60_000)).toBeCloseTo(999.5);
    expect(backoffDelay(10, () => 0.5, 60_000)).toBe(60_000);
  });
});
