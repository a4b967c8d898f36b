import {
  type Loopback,
  type LoopbackHandler,
  sendJson,
  startLoopback,
} from '@throughline/platform-fakes/loopback';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type CollectPagesOptions,
  collectPages,
  describeReadSoFar,
  type PageParse,
} from './collect-pages';
import { createHttpClient, type HttpClientOptions } from './http-client';
import { HttpError } from './http-error';
import type { HttpEvent } from './http-events';

const TOKEN = 'tok:en/with+odd=chars';
const ENCODED = encodeURIComponent(TOKEN);

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: LoopbackHandler): Promise<Loopback> {
  server = await startLoopback(handler);
  return server;
}

interface Page {
  items: unknown[];
  cursor?: string;
  total?: number;
}

/** Pages as `{ items, cursor }`: the next page is the same path with `?cursor=`. */
const parse = (body: unknown, { url }: { url: URL }): PageParse<unknown> => {
  if (
    typeof body !== 'object' ||
    body === null ||
    !('items' in body) ||
    !Array.isArray(body.items)
  ) {
    return { ok: false, problem: 'a page without items' };
  }
  const cursor = 'cursor' in body && typeof body.cursor === 'string' ? body.cursor : undefined;
  const next = new URL(url);
  if (cursor !== undefined) next.searchParams.set('cursor', cursor);
  const total = 'total' in body && typeof body.total === 'number' ? body.total : undefined;
  return { ok: true, items: body.items, next: cursor === undefined ? undefined : next, total };
};

async function collect(
  loop: Loopback,
  options: Partial<HttpClientOptions> = {},
  extra: Partial<CollectPagesOptions<unknown>> = {},
) {
  const events: HttpEvent[] = [];
  const client = createHttpClient({
    secrets: [TOKEN],
    sleep: async () => {},
    random: () => 0,
    onEvent: (event) => events.push(event),
    ...options,
  });
  const result = await collectPages({ client, first: loop.url('/items'), parse, ...extra }).then(
    (items) => ({ items, error: undefined }),
    (error: unknown) => ({ items: undefined, error }),
  );
  return { ...result, events };
}

function failure(error: unknown): HttpError {
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

function cursorOf(url: string): string | null {
  return new URL(url, 'http://127.0.0.1').searchParams.get('cursor');
}

describe('collectPages', () => {
  it('follows cursors to the last page, reporting each page', async () => {
    const pages: Page[] = [
      { items: [1, 2], cursor: 'b', total: 5 },
      { items: [3, 4], cursor: 'c', total: 5 },
      { items: [5], total: 5 },
    ];
    const loop = await serve((request, response) => {
      const index = ['', 'b', 'c'].indexOf(cursorOf(request.url) ?? '');
      sendJson(response, 200, pages[index]);
    });
    const { items, events } = await collect(loop);
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(loop.requests.map((request) => request.url)).toEqual([
      '/items',
      '/items?cursor=b',
      '/items?cursor=c',
    ]);
    expect(events).toEqual([
      { type: 'page', pages: 1, items: 2, total: 5 },
      { type: 'page', pages: 2, items: 4, total: 5 },
      { type: 'page', pages: 3, items: 5, total: 5 },
    ]);
  });

  it('stops a server that hands out a new cursor every page at the page cap, naming its flag', async () => {
    const loop = await serve((_request, response, number) =>
      sendJson(response, 200, { items: [], cursor: `c${number}` }),
    );
    const { error } = await collect(loop, {
      limits: { maxPages: 20 },
      limitFlags: { maxPages: '--max-pages' },
    });
    const thrown = failure(error);
    expect([thrown.code, thrown.limit, thrown.progress]).toEqual([
      'limit-reached',
      'maxPages',
      { pages: 20, items: 0 },
    ]);
    expect(thrown.message).toBe(
      'Stopped after 20 pages, the page cap; raise it with --max-pages. Read 0 items in 20 pages; nothing is returned.',
    );
    expect(loop.requests).toHaveLength(20);
  });

  it('names the cap even without a flag', async () => {
    const loop = await serve((_request, response, number) =>
      sendJson(response, 200, { items: [number], cursor: `c${number}` }),
    );
    const thrown = failure((await collect(loop, { limits: { maxPages: 2 } })).error);
    expect(thrown.message).toBe(
      'Stopped after 2 pages, the page cap. Read 2 items in 2 pages; nothing is returned.',
    );
  });

  it('stops a flood of items at the item cap, with memory bounded', async () => {
    const page = Array.from({ length: 5_000 }, (_, index) => ({ id: index, note: 'x'.repeat(40) }));
    const loop = await serve((_request, response, number) =>
      sendJson(response, 200, { items: page, cursor: `flood-${number}` }),
    );
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    const { error } = await collect(loop, {
      limits: { maxItems: 50_000, maxResponseBytes: 1024 * 1024 },
      limitFlags: { maxItems: '--max-items' },
      onEvent: () => {
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      },
    });
    const thrown = failure(error);
    expect([thrown.code, thrown.limit]).toEqual(['limit-reached', 'maxItems']);
    expect(thrown.message).toBe(
      'Stopped at page 11, which would pass 50,000 items, the item cap; raise it with --max-items. Read 50,000 items in 10 pages; nothing is returned.',
    );
    expect(loop.requests).toHaveLength(11);
    expect(peak - baseline).toBeLessThan(200 * 1024 * 1024);
  });

  it('stops when a page leads back to one already read, without quoting the cursor', async () => {
    const loop = await serve((_request, response) =>
      sendJson(response, 200, { items: [1], cursor: 'loop-cursor-7' }),
    );
    const thrown = failure((await collect(loop)).error);
    expect(thrown.code).toBe('invalid-response');
    expect(thrown.message).toBe(
      'Page 2 leads back to a page already read (the same cursor twice), so paging would never end. Read 2 items in 2 pages; nothing is returned.',
    );
    expect(thrown.message).not.toContain('loop-cursor-7');
    expect(loop.requests).toHaveLength(2);
  });

  it('spends one retry budget across all pages', async () => {
    // Every page is rate-limited once before it is served.
    const loop = await serve((request, response, number) => {
      if (number % 2 === 1) {
        sendJson(response, 429, { message: 'slow down' }, { 'retry-after': '0' });
        return;
      }
      const page = Number(cursorOf(request.url) ?? '1');
      sendJson(response, 200, { items: [page], cursor: String(page + 1) });
    });
    const { error, events } = await collect(loop, {
      limits: { retryBudget: 2 },
      limitFlags: { retryBudget: '--retries' },
    });
    const thrown = failure(error);
    expect([thrown.code, thrown.status, thrown.limit, thrown.progress]).toEqual([
      'rate-limited',
      429,
      'retryBudget',
      { pages: 2, items: 2 },
    ]);
    expect(thrown.message).toBe(
      `GET ${loop.origin}/items answered HTTP 429 (too many requests), and all 2 retries of the run are used up, the retry budget; raise it with --retries. Read 2 items in 2 pages; nothing is returned.`,
    );
    expect(loop.requests).toHaveLength(5);
    expect(events.map((event) => event.type)).toEqual(['retry', 'page', 'retry', 'page']);
  });

  it('keeps the token out when the server echoes it in a cursor and an error body', async () => {
    const loop = await serve((request, response) => {
      const cursor = cursorOf(request.url);
      if (cursor === null) sendJson(response, 200, { items: [1], cursor: TOKEN });
      else sendJson(response, 400, { message: `cursor ${cursor} (${ENCODED}) is not valid` });
    });
    const thrown = failure((await collect(loop)).error);
    expect(loop.requests[1]?.url).toBe(
      `/items?cursor=${new URLSearchParams({ c: TOKEN }).toString().slice(2)}`,
    );
    expect([thrown.code, thrown.status]).toEqual(['refused', 400]);
    expect(thrown.serverMessage).toBe('cursor [redacted] ([redacted]) is not valid');
    const everything = `${thrown.message} ${thrown.stack} ${JSON.stringify(thrown)}`;
    expect(everything).not.toContain(TOKEN);
    expect(everything.toLowerCase()).not.toContain(ENCODED.toLowerCase());
    expect(everything).not.toContain(new URLSearchParams({ c: TOKEN }).toString().slice(2));
  });

  it('redacts what a careless parser puts in its problem', async () => {
    const loop = await serve((_request, response) => sendJson(response, 200, { items: 'no' }));
    const { error } = await collect(
      loop,
      {},
      {
        parse: () => ({ ok: false, problem: `page with cursor ${TOKEN} is odd` }),
      },
    );
    const thrown = failure(error);
    expect([thrown.code, thrown.message]).toEqual([
      'invalid-response',
      'page with cursor [redacted] is odd. Nothing was read; nothing is returned.',
    ]);
  });

  it('reads relative next links against the page that gave them', async () => {
    const loop = await serve((request, response) =>
      sendJson(
        response,
        200,
        request.url === '/items' ? { items: [1], next: '/items/2' } : { items: [2] },
      ),
    );
    const { items } = await collect(
      loop,
      {},
      {
        parse: (body) => {
          const page = body as { items: unknown[]; next?: string };
          return { ok: true, items: page.items, next: page.next };
        },
      },
    );
    expect(items).toEqual([1, 2]);
    expect(loop.requests.map((request) => request.url)).toEqual(['/items', '/items/2']);
  });

  it('lets a parser bug through unchanged', async () => {
    const loop = await serve((_request, response) => sendJson(response, 200, { items: [] }));
    const bug = new RangeError('parser bug');
    const { error } = await collect(
      loop,
      {},
      {
        parse: () => {
          throw bug;
        },
      },
    );
    expect(error).toBe(bug);
  });

  it('uses the caller’s words for what was read', async () => {
    const loop = await serve((_request, response) => sendJson(response, 500, {}));
    const { error } = await collect(
      loop,
      { limits: { retryBudget: 0 } },
      { describeProgress: (progress) => `Board b: ${progress.pages} pages read.` },
    );
    expect(failure(error).message).toBe(
      `GET ${loop.origin}/items answered HTTP 500, and the run allows no retries, the retry budget. Board b: 0 pages read.`,
    );
  });
});

describe('describeReadSoFar', () => {
  it.each([
    [{ pages: 0, items: 0 }, 'Nothing was read; nothing is returned.'],
    [{ pages: 1, items: 1 }, 'Read 1 item in 1 page; nothing is returned.'],
    [{ pages: 24, items: 1200 }, 'Read 1,200 items in 24 pages; nothing is returned.'],
    [
      { pages: 24, items: 1200, total: 5000 },
      'Read 1,200 items of 5,000 in 24 pages; nothing is returned.',
    ],
  ])('%j', (progress, text) => {
    expect(describeReadSoFar(progress)).toBe(text);
  });
});
