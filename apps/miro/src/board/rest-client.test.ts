import {
  createMiroRestFake,
  type MiroRestFakeOptions,
  type MiroRestItem,
} from '@throughline/platform-fakes';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FetchBoardItemsOptions, fetchBoardItems, MiroRestError } from './rest-client';

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
    const { items, error } = await read();
    expect(items).toBeUndefined();
    const thrown = failure(error);
    expect(thrown.code).toBe('rate-limited');
    expect(thrown.status).toBe(429);
    expect(thrown.progress).toEqual({ pages: 1, items: 50, total: 120 });
    expect(thrown.message).toBe(
      'Miro kept answering "too many requests" (HTTP 429) after 6 tries. Read 50 items in 1 pages of board uXjVFAKE= of 120; 70 not read, so nothing is returned.',
    );
    expect(fake.requests).toHaveLength(7);
  });

  it('does not wait out a Retry-After of more than two minutes', async () => {
    serve(10, { rateLimitFirst: 1, retryAfter: 3600 });
    const { error, waits } = await read();
    expect(failure(error).message).toContain(
      'it asks to wait 3600 s. Nothing was read from board uXjVFAKE=.',
    );
    expect(waits).toEqual([]);
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
    expect(thrown.message).toContain('Miro says: token [token] is unknown');
    expect(thrown.message).not.toContain(TOKEN);
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
    expect([thrown.code, thrown.status]).toEqual([code, status]);
    expect(thrown.message.startsWith(start)).toBe(true);
  });

  it('retries server errors and network failures, then succeeds', async () => {
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => {
      calls += 1;
      if (calls === 1) throw new TypeError('fetch failed');
      if (calls === 2) return new Response('oops', { status: 503 });
      return fetch(input, init);
    };
    serve(5);
    const { items, waits } = await read({ fetch: flaky });
    expect(items).toHaveLength(5);
    expect(waits).toEqual([500, 1000]);
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
      'Miro answered page 1 with something not JSON. Nothing was read from board uXjVFAKE=.',
    ],
  ])('rejects %s as invalid-response', async (_name, response, message) => {
    const thrown = failure((await read({ fetch: async () => response.clone() })).error);
    expect([thrown.code, thrown.message]).toEqual(['invalid-response', message]);
  });

  it('stops when Miro sends the same cursor twice', async () => {
    const looping = async () => Response.json({ data: [], cursor: 'same' });
    const thrown = failure((await read({ fetch: looping })).error);
    expect(thrown.message).toContain('Miro sent cursor "same" twice');
  });

  it('asks nothing without a token or a board id', async () => {
    let calls = 0;
    const counting: typeof fetch = async () => {
      calls += 1;
      return Response.json({ data: [] });
    };
    expect(failure((await read({ token: ' ', fetch: counting })).error).code).toBe('unauthorized');
    expect(failure((await read({ boardId: '', fetch: counting })).error).code).toBe('bad-request');
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
