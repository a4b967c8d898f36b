import {
  createMiroRestFake,
  type MiroRestFakeOptions,
  type MiroRestItem,
} from '@throughline/platform-fakes';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FetchBoardItemsOptions, fetchBoardItems, MiroRestError } from './rest-client';

/** A generous bound for the large-input tests: linear code takes seconds, quadratic code hours. */
const LARGE_INPUT_MS = 60_000;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const BOARD = 'uXjVFAKE=';
const TOKEN = 'secret-token-4f2a';

function stickies(count: number): MiroRestItem[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `34587646000${String(index).padStart(8, '0')}`,
    type: 'sticky_note',
    data: { content: `<p>Sticky ${index}</p>`, shape: 'square' },
    style: { fillColor: 'light_yellow' },
    geometry: { width: 199, height: 228 },
    position: { x: index * 10, y: 0, origin: 'center', relativeTo: 'canvas_center' },
  }));
}

function serve(count: number, options: Partial<MiroRestFakeOptions> = {}) {
  const fake = createMiroRestFake({
    boards: { [BOARD]: stickies(count) },
    token: TOKEN,
    ...options,
  });
  server.use(...fake.handlers);
  return fake;
}

/** Runs a read with a sleep that records its waits instead of waiting. */
async function read(options: Partial<FetchBoardItemsOptions> = {}) {
  const waits: number[] = [];
  const pages: unknown[] = [];
  const result = await fetchBoardItems({
    boardId: BOARD,
    token: TOKEN,
    sleep: async (milliseconds) => {
      waits.push(milliseconds);
    },
    onPage: (progress) => pages.push(progress),
    random: () => 0,
    ...options,
  }).then(
    (items) => ({ items, error: undefined }),
    (error: unknown) => ({ items: undefined, error }),
  );
  return { ...result, waits, pages };
}

function failure(error: unknown): MiroRestError {
  expect(error).toBeInstanceOf(MiroRestError);
  return error as MiroRestError;
}

describe('fetchBoardItems', () => {
  it.each([
    [0, 1],
    [1, 1],
    [50, 1],
    [51, 2],
    [120, 3],
  ])('reads %i items in %i requests, following cursors', async (count, requests) => {
    const fake = serve(count);
    const { items, pages } = await read();
    expect(items?.map((item) => item.id)).toEqual(stickies(count).map((item) => item.id));
    expect(fake.requests).toHaveLength(requests);
    expect(pages).toHaveLength(requests);
    expect(pages.at(-1)).toEqual({ pages: requests, items: count, total: count });
  });

  it('asks for 50 at a time, with the board id encoded and the token as a bearer', async () => {
    const fake = serve(60);
    await read();
    const urls = fake.requests.map((request) => new URL(request.url));
    expect(urls.map((url) => url.pathname)).toEqual([
      '/v2/boards/uXjVFAKE%3D/items',
      '/v2/boards/uXjVFAKE%3D/items',
    ]);
    expect(urls.map((url) => url.searchParams.get('limit'))).toEqual(['50', '50']);
    expect(urls[0]?.searchParams.has('cursor')).toBe(false);
    expect(urls[1]?.searchParams.get('cursor')).toBeTruthy();
    expect(fake.requests.every((request) => request.authorized)).toBe(true);
  });

  it('waits as Retry-After says on 429 and then reads everything', async () => {
    const fake = serve(120, { rateLimitFirst: 2, rateLimitOn: [4], retryAfter: 1 });
    const { items, waits } = await read();
    expect(items).toHaveLength(120);
    expect(waits).toEqual([1000, 1000, 1000]);
    expect(fake.requests.map((request) => request.status)).toEqual([429, 429, 200, 429, 200, 200]);
  });

  it('backs off exponentially, with jitter, when 429 comes without Retry-After', async () => {
    serve(10, { rateLimitFirst: 3 });
    expect((await read({ random: () => 0 })).waits).toEqual([500, 1000, 2000]);
    serve(10, { rateLimitFirst: 3 });
    const waits = (await read({ random: () => 0.999 })).waits;
    expect(waits.map((wait) => Math.round(wait))).toEqual([1000, 1999, 3998]);
  });

  it('gives up after the retries and says what it read and what it lacks', async () => {
    const fake = serve(120, { rateLimitOn: [2, 3, 4, 5, 6, 7], retryAfter: 2 });
    const { items, error } = await read({
      limits: { retryBudget: 5 },
      limitFlags: { retryBudget: '--retries' },
    });
    expect(items).toBeUndefined();
    const thrown = failure(error);
    expect(thrown.code).toBe('rate-limited');
    expect(thrown.status).toBe(429);
    expect(thrown.limit).toBe('retryBudget');
    expect(thrown.isUserFixable).toBe(false);
    expect(thrown.progress).toEqual({ pages: 1, items: 50, total: 120 });
    expect(thrown.message).toBe(
      'GET https://api.miro.com/v2/boards/uXjVFAKE%3D/items answered HTTP 429 (too many requests), and all 5 retries of the run are used up, the retry budget; raise it with --retries. Read 50 items in 1 pages of board uXjVFAKE= of 120; 70 not read, so nothing is returned.',
    );
    expect(fake.requests).toHaveLength(7);
  });

  it('spends one retry budget (8 by default) across all pages, not one per page', async () => {
    // Three 429s before each page: pages 1 and 2 use 6 retries, page 3 runs out after 2 more.
    const fake = serve(180, { rateLimitFirst: 3, rateLimitOn: [5, 6, 7, 9, 10, 11] });
    const thrown = failure((await read()).error);
    expect([thrown.code, thrown.limit, thrown.progress]).toEqual([
      'rate-limited',
      'retryBudget',
      { pages: 2, items: 100, total: 180 },
    ]);
    expect(thrown.message).toContain('all 8 retries of the run are used up, the retry budget.');
    expect(fake.requests).toHaveLength(11);
  });

  it('does not wait out a Retry-After longer than the longest retry wait', async () => {
    const fake = serve(10, { rateLimitFirst: 1, retryAfter: 3600 });
    const { error, waits } = await read();
    const thrown = failure(error);
    expect([thrown.code, thrown.limit]).toEqual(['rate-limited', 'maxRetryWaitMs']);
    expect(thrown.message).toContain(
      'asks to wait 3,600 s, longer than 60 s, the longest retry wait. Nothing was read from board uXjVFAKE=.',
    );
    expect(waits).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  it('reports 401 clearly, without the token', async () => {
    serve(10, { token: 'another-token' });
    const thrown = failure((await read()).error);
    expect(thrown.code).toBe('unauthorized');
    expect(thrown.status).toBe(401);
    expect(thrown.message).toBe(
      'Miro did not accept the access token (HTTP 401; Miro says: The access token is invalid or has expired): it may be wrong or expired. Nothing was read from board uXjVFAKE=.',
    );
    expect(JSON.stringify(thrown)).not.toContain(TOKEN);
    expect(String(thrown.stack)).not.toContain(TOKEN);
  });

  it('keeps the token out even when Miro repeats it', async () => {
    const echo = async () =>
      Response.json(
        { status: 401, code: 'tokenInvalid', message: `token ${TOKEN} is unknown`, type: 'error' },
        { status: 401 },
      );
    const thrown = failure((await read({ fetch: echo })).error);
    expect(thrown.message).toContain('Miro says: token [redacted] is unknown');
    expect(thrown.message).not.toContain(TOKEN);
  });

  it('keeps the token out when Miro echoes it in a cursor and then in an error', async () => {
    const token = 'tok/en+with=odd';
    const encoded = encodeURIComponent(token);
    const echo: typeof fetch = async (input) => {
      const cursor = new URL(String(input)).searchParams.get('cursor');
      if (cursor === null) return Response.json({ data: [], cursor: token });
      return Response.json(
        { status: 400, message: `cursor ${cursor} (${encoded}) is not valid`, type: 'error' },
        { status: 400 },
      );
    };
    const thrown = failure((await read({ token, fetch: echo })).error);
    expect(thrown.code).toBe('bad-request');
    expect(thrown.message).toBe(
      'Miro refused the request (HTTP 400; Miro says: cursor [redacted] ([redacted]) is not valid). Read 0 items in 1 pages of board uXjVFAKE=; the rest was not read and nothing is returned.',
    );
    const everything = `${thrown.message} ${thrown.stack} ${JSON.stringify(thrown)}`;
    expect(everything).not.toContain(token);
    expect(everything.toLowerCase()).not.toContain(encoded.toLowerCase());
  });

  it.each([
    [
      'forbidden',
      { forbiddenBoards: [BOARD] },
      403,
      'The access token may not read board uXjVFAKE= (HTTP 403',
    ],
    ['board-not-found', { boards: {} }, 404, 'Board uXjVFAKE= was not found (HTTP 404'],
  ] as const)('reports %s', async (code, options, status, start) => {
    serve(10, options);
    const thrown = failure((await read()).error);
    expect([thrown.code, thrown.status, thrown.isUserFixable]).toEqual([code, status, true]);
    expect(thrown.message.startsWith(start)).toBe(true);
  });

  it('retries server errors, then succeeds', async () => {
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => {
      calls += 1;
      if (calls === 1) return new Response('oops', { status: 502 });
      if (calls === 2) return new Response('oops', { status: 503 });
      return fetch(input, init);
    };
    serve(5);
    const { items, waits } = await read({ fetch: flaky });
    expect(items).toHaveLength(5);
    expect(waits).toEqual([500, 1000]);
  });

  it('does not retry a network failure: no retry fixes a refused connection', async () => {
    let calls = 0;
    const down: typeof fetch = async () => {
      calls += 1;
      throw new TypeError('fetch failed', { cause: new Error(`connect ECONNREFUSED ${TOKEN}`) });
    };
    const { error, waits } = await read({ fetch: down });
    const thrown = failure(error);
    expect([thrown.code, thrown.isUserFixable, calls, waits]).toEqual([
      'network-error',
      false,
      1,
      [],
    ]);
    expect(thrown.message).toBe(
      'GET https://api.miro.com/v2/boards/uXjVFAKE%3D/items could not be reached (fetch failed: connect ECONNREFUSED [redacted]). Nothing was read from board uXjVFAKE=.',
    );
  });

  it.each([
    [
      'a page in the wrong shape',
      Response.json({ data: [{ id: '1', type: 'sticky_note' }] }),
      'Miro sent page 1 in an unexpected shape (data.0.data: Invalid input: expected object, received undefined; data.0.geometry: Invalid input: expected object, received undefined; data.0.position: Invalid input: expected object, received undefined). Nothing was read from board uXjVFAKE=.',
    ],
    [
      'a page that is not JSON',
      new Response('<html>', { status: 200 }),
      'GET https://api.miro.com/v2/boards/uXjVFAKE%3D/items answered HTTP 200 with something that is not JSON. Nothing was read from board uXjVFAKE=.',
    ],
  ])('rejects %s as invalid-response', async (_name, response, message) => {
    const thrown = failure((await read({ fetch: async () => response.clone() })).error);
    expect([thrown.code, thrown.message]).toEqual(['invalid-response', message]);
  });

  it('stops when Miro sends the same cursor twice', async () => {
    const looping = async () => Response.json({ data: [], cursor: 'same' });
    const thrown = failure((await read({ fetch: looping })).error);
    expect(thrown.code).toBe('invalid-response');
    expect(thrown.message).toContain('(the same cursor twice), so paging would never end');
    expect(thrown.message).not.toContain('"same"');
  });

  it('stops a board that never ends at the page cap, naming the flag that raises it', async () => {
    let calls = 0;
    const endless: typeof fetch = async () => {
      calls += 1;
      return Response.json({ data: [], cursor: `next-${calls}` });
    };
    const thrown = failure(
      (
        await read({
          fetch: endless,
          limits: { maxPages: 3 },
          limitFlags: { maxPages: '--max-pages' },
        })
      ).error,
    );
    expect([thrown.code, thrown.limit, thrown.isUserFixable, calls]).toEqual([
      'limit-reached',
      'maxPages',
      false,
      3,
    ]);
    expect(thrown.message).toBe(
      'Stopped after 3 pages, the page cap; raise it with --max-pages. Read 0 items in 3 pages of board uXjVFAKE=; the rest was not read and nothing is returned.',
    );
  });

  it('times out a Miro that never answers, telling how long it waited', async () => {
    const events: string[] = [];
    const silent: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
      });
    const thrown = failure(
      (
        await read({
          fetch: silent,
          limits: { headersTimeoutMs: 100 },
          limitFlags: { headersTimeoutMs: '--timeout' },
          onEvent: (event) => events.push(event.type),
        })
      ).error,
    );
    expect([thrown.code, thrown.limit, thrown.isUserFixable]).toEqual([
      'timeout',
      'headersTimeoutMs',
      false,
    ]);
    expect(thrown.message).toBe(
      'GET https://api.miro.com/v2/boards/uXjVFAKE%3D/items got no answer within 100 ms, the headers timeout; raise it with --timeout. Nothing was read from board uXjVFAKE=.',
    );
    expect(events).toEqual([]);
  });

  it('follows no redirect', async () => {
    let calls = 0;
    const moved: typeof fetch = async () => {
      calls += 1;
      return new Response(null, {
        status: 301,
        headers: { location: `https://elsewhere.test/items?token=${TOKEN}` },
      });
    };
    const thrown = failure((await read({ fetch: moved })).error);
    expect([thrown.code, thrown.status, calls]).toEqual(['redirect', 301, 1]);
    expect(thrown.message).toContain(
      'answered HTTP 301, a redirect to https://elsewhere.test/items?token=[redacted]',
    );
  });

  it('reports pages and retries as events', async () => {
    serve(60, { rateLimitFirst: 1, retryAfter: 0 });
    const events: unknown[] = [];
    await read({ onEvent: (event) => events.push(event) });
    expect(events).toEqual([
      {
        type: 'retry',
        status: 429,
        waitMs: 0,
        retriesLeft: 7,
        url: 'https://api.miro.com/v2/boards/uXjVFAKE%3D/items',
      },
      { type: 'page', pages: 1, items: 50, total: 60 },
      { type: 'page', pages: 2, items: 60, total: 60 },
    ]);
  });

  it('reads a 160,000-item page without overflowing the stack', {
    timeout: LARGE_INPUT_MS,
  }, async () => {
    const data = Array.from({ length: 160_000 }, (_, index) => ({
      id: String(index),
      type: 'card',
    }));
    const big: typeof fetch = async () => Response.json({ data, total: data.length });
    const { items, error } = await read({
      fetch: big,
      limits: { maxItems: 200_000, maxResponseBytes: 64 * 1024 * 1024 },
    });
    expect(error).toBeUndefined();
    expect(items).toHaveLength(160_000);
    expect(items?.at(-1)?.id).toBe('159999');
  });

  it.each([
    ['a token with a line break', { token: `${TOKEN}\r\n` }, 'The token contains a line break'],
    [
      'a base URL with credentials',
      { baseUrl: 'https://user:hunter2@api.miro.com' },
      'carries a user name or password',
    ],
    ['a base URL that is not a URL', { baseUrl: 'api.miro.com' }, 'is not a valid absolute URL'],
    ['a limit that is no number', { limits: { maxPages: -1 } }, 'The page cap must be a positive'],
  ])(
    'asks nothing with %s: invalid-request, for the user to fix',
    async (_name, options, message) => {
      let calls = 0;
      const counting: typeof fetch = async () => {
        calls += 1;
        return Response.json({ data: [] });
      };
      const thrown = failure((await read({ ...options, fetch: counting })).error);
      expect([thrown.code, thrown.isUserFixable, calls]).toEqual(['invalid-request', true, 0]);
      expect(thrown.message).toContain(message);
      expect(thrown.message).not.toContain('hunter2');
      expect(thrown.message).not.toContain(TOKEN);
    },
  );

  it('asks nothing without a token or a board id', async () => {
    let calls = 0;
    const counting: typeof fetch = async () => {
      calls += 1;
      return Response.json({ data: [] });
    };
    const noToken = failure((await read({ token: ' ', fetch: counting })).error);
    expect([noToken.code, noToken.isUserFixable]).toEqual(['unauthorized', true]);
    const noBoard = failure((await read({ boardId: '', fetch: counting })).error);
    expect([noBoard.code, noBoard.isUserFixable]).toEqual(['bad-request', true]);
    expect(calls).toBe(0);
  });

  it('reads from another base URL', async () => {
    const fake = createMiroRestFake({
      boards: { b: stickies(3) },
      token: TOKEN,
      baseUrl: 'http://localhost:4010',
    });
    server.use(...fake.handlers);
    const { items } = await read({ boardId: 'b', baseUrl: 'http://localhost:4010/' });
    expect(items).toHaveLength(3);
  });
});
