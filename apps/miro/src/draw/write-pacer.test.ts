import { describe, expect, it } from 'vitest';
import {
  abortError,
  type Clock,
  DEFAULT_PACE,
  isRateLimitError,
  MIRO_SDK_CALLS_PER_MINUTE,
  systemClock,
  WritePacer,
} from './write-pacer';

/** Sleeps advance time at once; calls here are made one after another. */
function steppingClock(): Clock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    async sleep(ms, signal) {
      if (signal?.aborted) throw abortError();
      slept.push(ms);
      now += ms;
    },
  };
}

describe('isRateLimitError', () => {
  it.each([
    [new Error('Rate limit exceeded: wait for new credits'), true],
    [new Error('API rate-limit reached'), true],
    [new Error('Too Many Requests'), true],
    [Object.assign(new Error('nope'), { status: 429 }), true],
    [Object.assign(new Error('nope'), { code: 'RATE_LIMITED' }), true],
    [new Error('Item not found'), false],
    [Object.assign(new Error('bad'), { status: 400 }), false],
    ['rate limit', false],
    [null, false],
  ])('%s → %s', (error, expected) => {
    expect(isRateLimitError(error)).toBe(expected);
  });
});

describe('WritePacer', () => {
  it('stays within Miro’s documented budget by default', () => {
    expect(DEFAULT_PACE.windowMs).toBe(60_000);
    expect(DEFAULT_PACE.callsPerWindow).toBeLessThanOrEqual(MIRO_SDK_CALLS_PER_MINUTE);
  });

  it('never lets more than the cap start within one window', async () => {
    const clock = steppingClock();
    const pacer = new WritePacer({ ...DEFAULT_PACE, clock, callsPerWindow: 3, windowMs: 1000 });
    const starts: number[] = [];
    for (let call = 0; call < 10; call++) await pacer.call(async () => starts.push(clock.now()));
    expect(starts).toEqual([0, 0, 0, 1000, 1000, 1000, 2000, 2000, 2000, 3000]);
  });

  it('retries a rate-limited call with doubling backoff, up to the cap, then gives up', async () => {
    const clock = steppingClock();
    const pacer = new WritePacer({
      ...DEFAULT_PACE,
      clock,
      retries: 4,
      backoffMs: 100,
      maxBackoffMs: 300,
    });
    let attempts = 0;
    const limited = async () => {
      attempts += 1;
      throw new Error('Rate limit exceeded');
    };
    await expect(pacer.call(limited)).rejects.toThrow('Rate limit exceeded');
    expect(attempts).toBe(5);
    expect(clock.slept).toEqual([100, 200, 300, 300]);
  });

  it('does not retry other errors, and succeeds once Miro accepts', async () => {
    const clock = steppingClock();
    const pacer = new WritePacer({ ...DEFAULT_PACE, clock });
    await expect(pacer.call(async () => Promise.reject(new Error('Not found')))).rejects.toThrow(
      'Not found',
    );
    expect(clock.slept).toEqual([]);
    let attempts = 0;
    const result = await pacer.call(async () => {
      attempts += 1;
      if (attempts < 3) throw Object.assign(new Error('slow down'), { status: 429 });
      return 'ok';
    });
    expect(result).toBe('ok');
    expect(attempts).toBe(3);
  });

  it('makes no call once aborted', async () => {
    const pacer = new WritePacer({ ...DEFAULT_PACE, clock: steppingClock() });
    const controller = new AbortController();
    controller.abort();
    let called = false;
    await expect(
      pacer.call(async () => {
        called = true;
      }, controller.signal),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(called).toBe(false);
  });
});

describe('systemClock.sleep', () => {
  it('waits, and rejects at once when aborted', async () => {
    const started = Date.now();
    await systemClock.sleep(20);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
    const controller = new AbortController();
    const sleeping = systemClock.sleep(60_000, controller.signal);
    controller.abort();
    await expect(sleeping).rejects.toMatchObject({ name: 'AbortError' });
    await expect(systemClock.sleep(10, controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
