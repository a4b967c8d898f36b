// Paces Web SDK writes to what Miro accepts: a cap on calls per window, and retries with backoff
// when Miro rejects a call for its rate limit anyway (other apps' calls, other tabs).

/** Time, injectable so that tests neither wait nor depend on the wall clock. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`; rejects with an `AbortError` as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortError());
        return;
      }
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

export interface PaceOptions {
  /** Items written at once; each batch of this many is one progress step. */
  concurrency: number;
  /** Calls allowed in any `windowMs`. */
  callsPerWindow: number;
  windowMs: number;
  /** Retries of one call rejected for the rate limit, before the write fails. */
  retries: number;
  /** First backoff after a rate-limit rejection; doubles on each retry, up to `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
  clock: Clock;
}

/**
 * Miro's Web SDK rate limits: 100,000 credits a minute and most calls on board items cost 50
 * credits (level 1), i.e. 2,000 calls a minute (1,000,000 credits, 20,000 calls, an hour).
 * Stay at 90 % of the minute's budget; a drawing is far below the hour's.
 */
export const MIRO_SDK_CALLS_PER_MINUTE = 2000;

export const DEFAULT_PACE: PaceOptions = {
  concurrency: 8,
  callsPerWindow: Math.floor(MIRO_SDK_CALLS_PER_MINUTE * 0.9),
  windowMs: 60_000,
  retries: 5,
  // Miro issues new credits when the window in which the limit was hit ends: up to a minute.
  backoffMs: 2_000,
  maxBackoffMs: 60_000,
  clock: systemClock,
};

export function abortError(): Error {
  const error = new Error('The drawing was cancelled');
  error.name = 'AbortError';
  return error;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/**
 * Whether Miro refused a call for its rate limit. The Web SDK documents that the app "receives an
 * error" but not its shape, so match what such errors carry: a 429 status, a rate-limit code, or
 * a message about the rate limit, too many requests or credits.
 */
export function isRateLimitError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const status = Reflect.get(error, 'status');
  const code = Reflect.get(error, 'code');
  const message = Reflect.get(error, 'message');
  return (
    status === 429 ||
    (typeof code === 'string' && /rate.?limit/i.test(code)) ||
    (typeof message === 'string' && /rate.?limit|too many requests|credits/i.test(message))
  );
}

export class WritePacer {
  /** Start times of the calls made and reserved, in order. */
  private readonly starts: number[] = [];

  constructor(private readonly options: PaceOptions) {}

  /** Run one SDK call within the cap, retrying it while Miro rejects it for its rate limit. */
  async call<T>(write: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const { retries, backoffMs, maxBackoffMs, clock } = this.options;
    for (let attempt = 0; ; attempt++) {
      await this.slot(signal);
      try {
        return await write();
      } catch (error) {
        if (!isRateLimitError(error) || attempt >= retries) throw error;
        await clock.sleep(Math.min(maxBackoffMs, backoffMs * 2 ** attempt), signal);
      }
    }
  }

  /** Wait until one more call fits in the window, and take its place. */
  private async slot(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw abortError();
    const { callsPerWindow, windowMs, clock } = this.options;
    const now = clock.now();
    while (this.starts.length > 0 && (this.starts[0] ?? now) <= now - windowMs) this.starts.shift();
    const blocking = this.starts[this.starts.length - callsPerWindow];
    const at = blocking === undefined ? now : Math.max(now, blocking + windowMs);
    this.starts.push(at);
    if (at > now) await clock.sleep(at - now, signal);
  }
}
