import { afterEach, describe, expect, it, vi } from 'vitest';
import { processIo } from './io';

const zone = process.env.TZ;
afterEach(() => {
  vi.useRealTimers();
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('processIo().today', () => {
  it.each([
    // 20:00 UTC on the 23rd is already the 24th in Auckland, still the 23rd in New York.
    ['Pacific/Auckland', '2026-11-23T20:00:00.000Z', '2026-11-24'],
    ['America/New_York', '2026-11-24T03:00:00.000Z', '2026-11-23'],
    ['UTC', '2026-11-23T23:59:59.000Z', '2026-11-23'],
  ])('is the local calendar date in %s', (tz, instant, expected) => {
    process.env.TZ = tz;
    vi.useFakeTimers({ now: new Date(instant), toFake: ['Date'] });
    expect(processIo().today).toBe(expected);
  });
});
