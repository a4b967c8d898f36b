import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor, itemPages, type MiroItemsPage, type MiroRestItem } from './item-pages';
import { createMiroRestFake, type MiroRestFakeOptions } from './miro-rest-fake';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const BOARD = 'uXjVFAKE=';
const TOKEN = 'fake-token-123';
const items = (count: number): MiroRestItem[] =>
  Array.from({ length: count }, (_, index) => ({
    id: String(3458764600000000000n + BigInt(index)),
    type: index % 3 === 0 ? 'frame' : 'sticky_note',
  }));

function serve(options: Partial<MiroRestFakeOptions> = {}) {
  const fake = createMiroRestFake({ boards: { [BOARD]: items(120) }, token: TOKEN, ...options });
  server.use(...fake.handlers);
  return fake;
}

async function get(path: string, token: string | null = TOKEN) {
  const response = await fetch(`https://api.miro.com${path}`, {
    headers: token === null ? {} : { Authorization: `Bearer ${token}` },
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as unknown,
  };
}

const itemsPath = `/v2/boards/${encodeURIComponent(BOARD)}/items`;

describe('itemPages', () => {
  it.each([
    [0, 50, [0]],
    [1, 50, [1]],
    [50, 50, [50]],
    [51, 50, [50, 1]],
    [120, 50, [50, 50, 20]],
    [25, 10, [10, 10, 5]],
  ])('%i items in pages of %i: sizes %j', (count, limit, sizes) => {
    const pages = itemPages(items(count), { boardId: BOARD, limit });
    expect(pages.map((page) => page.size)).toEqual(sizes);
    expect(pages.flatMap((page) => page.data.map((item) => item.id))).toEqual(
      items(count).map((item) => item.id),
    );
    expect(pages.every((page) => page.total === count && page.limit === limit)).toBe(true);
    // A cursor and a next link on every page but the last.
    expect(pages.map((page) => page.cursor !== undefined)).toEqual(
      sizes.map((_, i) => i < sizes.length - 1),
    );
    expect(pages.map((page) => page.links.next !== undefined)).toEqual(
      sizes.map((_, i) => i < sizes.length - 1),
    );
  });

  it("writes cursors as Miro does: base64 of the last item's id and a tilde", () => {
    const [first] = itemPages(items(60), { boardId: BOARD, limit: 50 });
    expect(atob(first!.cursor!)).toBe('3458764600000000049~');
    expect(first!.links.next).toBe(
      `https://api.miro.com/v2/boards/uXjVFAKE%3D/items?limit=50&cursor=${encodeURIComponent(first!.cursor!)}`,
    );
  });
});

describe('createMiroRestFake', () => {
  it('serves the board in cursor pages of at most 50 and logs every request', async () => {
    const fake = serve();
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const query = `?limit=50${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
      const { status, body } = await get(`${itemsPath}${query}`);
      expect(status).toBe(200);
      const page = body as MiroItemsPage;
      ids.push(...page.data.map((item) => item.id));
      cursor = page.cursor;
    } while (cursor !== undefined);
    expect(ids).toEqual(items(120).map((item) => item.id));
    expect(fake.requests.map((request) => request.status)).toEqual([200, 200, 200]);
    expect(fake.requests.every((request) => request.authorized)).toBe(true);
  });

  it('filters by type and defaults limit to 10', async () => {
    serve();
    const { body } = await get(`${itemsPath}?type=frame`);
    const page = body as MiroItemsPage;
    expect(page.limit).toBe(10);
    expect(page.total).toBe(40);
    expect(page.data.every((item) => item.type === 'frame')).toBe(true);
  });

  it.each([
    ['no token', null, 401, 'tokenNotProvided'],
    ['a wrong token', 'other-token', 401, 'tokenInvalid'],
  ])('answers 401 to %s', async (_name, token, status, code) => {
    const fake = serve();
    const response = await get(`${itemsPath}?limit=50`, token);
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ status, code, type: 'error' });
    expect(fake.requests[0]?.authorized).toBe(false);
  });

  it.each([
    ['limit above 50', '?limit=51', 400],
    ['limit below 10', '?limit=9', 400],
    ['limit not a number', '?limit=ten', 400],
    ['unknown type', '?type=sticky', 400],
    ['cursor of nothing', `?limit=50&cursor=${encodeURIComponent(encodeCursor('404'))}`, 400],
    ['cursor not base64', '?limit=50&cursor=%%%', 400],
  ])('answers 400 to %s', async (_name, query, status) => {
    serve();
    expect((await get(`${itemsPath}${query}`)).status).toBe(status);
  });

  it('answers 404 to an unknown board and 403 to a forbidden one', async () => {
    serve({ forbiddenBoards: [BOARD] });
    expect((await get('/v2/boards/nope/items?limit=50')).status).toBe(404);
    expect((await get(`${itemsPath}?limit=50`)).status).toBe(403);
  });

  it('injects 429s with Retry-After on the first requests and on chosen ones', async () => {
    const fake = serve({ rateLimitFirst: 2, rateLimitOn: [4], retryAfter: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await get(`${itemsPath}?limit=50`);
      statuses.push(response.status);
      if (response.status === 429) expect(response.headers.get('retry-after')).toBe('3');
    }
    expect(statuses).toEqual([429, 429, 200, 429, 200]);
    expect(fake.requests.map((request) => request.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('serves from a configured base URL', async () => {
    const fake = createMiroRestFake({
      boards: { b1: items(3) },
      token: TOKEN,
      baseUrl: 'http://localhost:4010/',
    });
    server.use(...fake.handlers);
    const response = await fetch('http://localhost:4010/v2/boards/b1/items?limit=50', {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    const page = (await response.json()) as MiroItemsPage;
    expect(page.size).toBe(3);
    expect(page.links.self).toBe('http://localhost:4010/v2/boards/b1/items?limit=50');
  });
});
