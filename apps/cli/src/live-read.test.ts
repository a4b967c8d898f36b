import { describe, expect, it } from 'vitest';
import { LIMIT_FLAGS, limitsFrom, progressReporter } from './live-read';
import { memoryIo } from './memory-io.test-support';

describe('limitsFrom', () => {
  it('turns the flags into the HTTP layer limits, leaving the rest to its defaults', () => {
    expect(limitsFrom({ timeout: 2.5, maxPageMb: 1, retries: 0 })).toEqual({
      headersTimeoutMs: 2500,
      maxResponseBytes: 1_048_576,
      retryBudget: 0,
    });
    expect(limitsFrom({})).toEqual({});
  });

  it('names a flag for every limit', () => {
    expect(Object.keys(LIMIT_FLAGS).sort()).toEqual(
      [
        'bodyTimeoutMs',
        'headersTimeoutMs',
        'maxItems',
        'maxPages',
        'maxResponseBytes',
        'maxRetryWaitMs',
        'retryBudget',
      ].sort(),
    );
  });
});

describe('progressReporter', () => {
  it('redraws one line on a terminal and ends it before anything else is said', () => {
    const io = memoryIo();
    io.errIsTerminal = true;
    const progress = progressReporter(io, 'board b\u001b1');
    progress.onEvent({ type: 'page', pages: 1, items: 50, total: 120 });
    progress.onEvent({ type: 'page', pages: 2, items: 100, total: 120 });
    progress.onEvent({ type: 'retry', status: 429, waitMs: 0, retriesLeft: 1, url: 'u' });
    progress.onEvent({ type: 'page', pages: 3, items: 120, total: 120 });
    progress.done();
    expect(io.stderr).toBe(
      '\r\u001b[2Kreading board b\\x1b1: 50 of 120 items in 1 pages' +
        '\r\u001b[2Kreading board b\\x1b1: 100 of 120 items in 2 pages\n' +
        'board b\\x1b1: HTTP 429; retrying now (1 retry left)\n' +
        '\r\u001b[2Kreading board b\\x1b1: 120 of 120 items in 3 pages\n',
    );
  });

  it('prints a line every 20 pages in a log, and every retry and long wait', () => {
    const io = memoryIo();
    const progress = progressReporter(io, 'board b1');
    for (let page = 1; page <= 41; page++) {
      progress.onEvent({ type: 'page', pages: page, items: page * 50 });
    }
    progress.onEvent({ type: 'retry', status: 503, waitMs: 2500, retriesLeft: 4, url: 'u' });
    progress.onEvent({ type: 'waiting', elapsedMs: 10_000, url: 'u' });
    progress.done();
    expect(io.stderr).toBe(
      'reading board b1: 1,000 items in 20 pages\n' +
        'reading board b1: 2,000 items in 40 pages\n' +
        'board b1: HTTP 503; retrying in 2.5 s (4 retries left)\n' +
        'board b1: still waiting for an answer (10 s)\n',
    );
  });
});
