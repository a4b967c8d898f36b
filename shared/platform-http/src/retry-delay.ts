// How long to wait before a retry: what `Retry-After` asks, else exponential backoff with jitter.

/** First backoff step when the server gives no `Retry-After`; doubled on each retry. */
export const BACKOFF_BASE_MS = 1_000;

/**
 * `Retry-After` in milliseconds: a number of seconds or an HTTP date (a date already past is 0).
 * Undefined when absent or unreadable, so the caller backs off instead.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  const text = value?.trim();
  if (text === undefined || text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  // A bare negative or odd number is not a date, whatever Date.parse makes of it.
  if (/^[-+.\d\s]+$/.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** 1 s, 2 s, 4 s… for retry 0, 1, 2…, each scaled by a random factor in [0.5, 1), at most `ceiling`. */
export function backoffDelay(retry: number, random: () => number, ceiling: number): number {
  return Math.min(ceiling, BACKOFF_BASE_MS * 2 ** retry * (0.5 + random() / 2));
}
