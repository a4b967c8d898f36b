// The caps and timeouts of one run, their defaults, and how a message names them.
import { HttpError } from './http-error';

export interface HttpLimits {
  /** From sending a request until its status and headers arrive. */
  headersTimeoutMs: number;
  /** A deadline for the whole body, counted from when the headers arrive (not an idle timer). */
  bodyTimeoutMs: number;
  /** The most bytes one response body may have; counted while streaming. */
  maxResponseBytes: number;
  /** Retries of 429 and 5xx for the whole run, shared by every request of one client. */
  retryBudget: number;
  /** A `Retry-After` longer than this stops the run instead of being waited out. */
  maxRetryWaitMs: number;
  /** Pages one paged read may fetch. */
  maxPages: number;
  /** Items one paged read may collect. */
  maxItems: number;
}

export const DEFAULT_HTTP_LIMITS: Readonly<HttpLimits> = Object.freeze({
  headersTimeoutMs: 30_000,
  bodyTimeoutMs: 60_000,
  maxResponseBytes: 16 * 1024 * 1024,
  retryBudget: 8,
  maxRetryWaitMs: 60_000,
  maxPages: 10_000,
  maxItems: 500_000,
});

/** The command-line flag that raises each limit, so a message can say how (`--max-pages`). */
export type LimitFlags = Partial<Record<keyof HttpLimits, string>>;

/** Timers fire at once for delays past 2^31 - 1 ms (about 24.8 days), so no timeout may exceed it. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

interface LimitRule {
  name: string;
  unit: 'ms' | 'bytes' | 'count';
  /** What the counted things are called, one and many (`page`, `pages`), for counts. */
  noun?: readonly [string, string];
  /** Zero allowed: no retries at all, or never wait for a `Retry-After`. */
  zeroAllowed?: boolean;
}

const RULES: Readonly<Record<keyof HttpLimits, LimitRule>> = {
  headersTimeoutMs: { name: 'the headers timeout', unit: 'ms' },
  bodyTimeoutMs: { name: 'the body deadline', unit: 'ms' },
  maxResponseBytes: { name: 'the response size cap', unit: 'bytes' },
  retryBudget: {
    name: 'the retry budget',
    unit: 'count',
    noun: ['retry', 'retries'],
    zeroAllowed: true,
  },
  maxRetryWaitMs: { name: 'the longest retry wait', unit: 'ms', zeroAllowed: true },
  maxPages: { name: 'the page cap', unit: 'count', noun: ['page', 'pages'] },
  maxItems: { name: 'the item cap', unit: 'count', noun: ['item', 'items'] },
};

const LIMIT_NAMES = Object.keys(RULES) as (keyof HttpLimits)[];

/** The defaults with the caller's overrides, each checked: a bad limit is refused, not clamped. */
export function resolveLimits(
  overrides: Partial<HttpLimits> = {},
  flags: LimitFlags = {},
): Readonly<HttpLimits> {
  const limits: HttpLimits = { ...DEFAULT_HTTP_LIMITS };
  for (const limit of LIMIT_NAMES) {
    const value = overrides[limit];
    if (value === undefined) continue;
    const rule = RULES[limit];
    const whole = rule.unit !== 'ms';
    const fits =
      Number.isFinite(value) &&
      (rule.zeroAllowed ? value >= 0 : value > 0) &&
      (!whole || Number.isInteger(value)) &&
      (rule.unit !== 'ms' || value <= LONGEST_TIMER_MS);
    if (!fits) {
      const flag = flags[limit];
      const from = flag === undefined ? '' : ` (from ${flag})`;
      const kind = whole ? 'whole number' : 'number of milliseconds';
      const most = rule.unit === 'ms' ? ` of at most ${formatCount(LONGEST_TIMER_MS)}` : '';
      const least = rule.zeroAllowed ? 'zero or more' : 'positive';
      throw new HttpError(
        'invalid-request',
        `${capitalise(rule.name)}${from} must be a ${least} ${kind}${most}; got ${String(value)}`,
        { limit },
      );
    }
    limits[limit] = value;
  }
  return Object.freeze(limits);
}

/** A limit's value in words: "10,000 pages", "30 s", "16 MiB", "8 retries". */
export function formatLimitValue(limit: keyof HttpLimits, value: number): string {
  const rule = RULES[limit];
  if (rule.unit === 'ms') return formatDuration(value);
  if (rule.unit === 'bytes') return formatBytes(value);
  const noun = rule.noun?.[value === 1 ? 0 : 1] ?? '';
  return `${formatCount(value)} ${noun}`.trimEnd();
}

/** "the page cap; raise it with --max-pages", or just "the page cap" when no flag was named. */
export function limitHint(limit: keyof HttpLimits, flags: LimitFlags = {}): string {
  const flag = flags[limit];
  const name = RULES[limit].name;
  return flag === undefined ? name : `${name}; raise it with ${flag}`;
}

/** "10,000": grouped the same way everywhere, whatever the host's locale. */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

export function formatDuration(milliseconds: number): string {
  if (milliseconds < 1000) return `${formatCount(Math.round(milliseconds))} ms`;
  return `${formatCount(Math.round(milliseconds / 100) / 10)} s`;
}

function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1 && Number.isInteger(value / 1024)) {
    value /= 1024;
    unit += 1;
  }
  // Only exact multiples are shortened, so "16 MiB" never hides the byte count of an odd cap.
  return `${formatCount(value)} ${units[unit] ?? 'bytes'}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
