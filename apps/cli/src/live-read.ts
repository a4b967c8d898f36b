// A read from a platform's API as the terminal sees it: the limits the flags set, and progress on
// stderr while pages load, so a slow or stalled server never leaves the user looking at nothing.
import {
  formatCount,
  formatDuration,
  type HttpEvent,
  type HttpLimits,
} from '@throughline/platform-http';
import type { Io } from './io';
import type { LiveReadOptions } from './options';
import { term } from './render/terminal-text';

/** The flag that sets each limit, so a message about a cap can say how to raise it. */
export const LIMIT_FLAGS = {
  headersTimeoutMs: '--timeout',
  bodyTimeoutMs: '--body-timeout',
  retryBudget: '--retries',
  maxRetryWaitMs: '--max-wait',
  maxPages: '--max-pages',
  maxItems: '--max-items',
  maxResponseBytes: '--max-page-mb',
} as const satisfies Record<keyof HttpLimits, string>;

/** The limits the user set; the HTTP layer's defaults fill in the rest. */
export function limitsFrom(options: LiveReadOptions): Partial<HttpLimits> {
  const limits: Partial<HttpLimits> = {};
  if (options.timeout !== undefined) limits.headersTimeoutMs = options.timeout * 1000;
  if (options.bodyTimeout !== undefined) limits.bodyTimeoutMs = options.bodyTimeout * 1000;
  if (options.retries !== undefined) limits.retryBudget = options.retries;
  if (options.maxWait !== undefined) limits.maxRetryWaitMs = options.maxWait * 1000;
  if (options.maxPages !== undefined) limits.maxPages = options.maxPages;
  if (options.maxItems !== undefined) limits.maxItems = options.maxItems;
  if (options.maxPageMb !== undefined) {
    limits.maxResponseBytes = Math.round(options.maxPageMb * 1024 * 1024);
  }
  return limits;
}

/** Pages between progress lines when stderr is a log rather than a terminal. */
const LOG_EVERY_PAGES = 20;

export interface ProgressReporter {
  onEvent(event: HttpEvent): void;
  /** Ends a progress line redrawn in place, before anything else is printed. */
  done(): void;
}

/**
 * Progress on stderr: on a terminal one line redrawn after every page; in a log a line every
 * few pages. Retries and long waits are always said, with what the server asked for.
 */
export function progressReporter(io: Io, what: string): ProgressReporter {
  let open = false;
  const line = (text: string) => {
    if (open) io.err('\n');
    open = false;
    io.err(`${text}\n`);
  };
  return {
    onEvent(event) {
      if (event.type === 'page') {
        const of = event.total === undefined ? '' : ` of ${formatCount(event.total)}`;
        const text = term`reading ${what}: ${formatCount(event.items)}${of} items in ${formatCount(event.pages)} pages`;
        if (io.errIsTerminal) {
          io.err(`\r\x1b[2K${text}`);
          open = true;
        } else if (event.pages % LOG_EVERY_PAGES === 0) line(text);
      } else if (event.type === 'retry') {
        const left = `${event.retriesLeft} ${event.retriesLeft === 1 ? 'retry' : 'retries'} left`;
        const when = event.waitMs === 0 ? 'now' : `in ${formatDuration(event.waitMs)}`;
        line(term`${what}: HTTP ${event.status}; retrying ${when} (${left})`);
      } else {
        line(term`${what}: still waiting for an answer (${formatDuration(event.elapsedMs)})`);
      }
    },
    done() {
      if (open) io.err('\n');
      open = false;
    },
  };
}
