// Miro REST against its OpenAPI spec: our fixtures, the fake's pages and every request we send.
import { readFileSync } from 'node:fs';
import { fetchBoardItems, MiroRestError } from '@throughline/miro';
import {
  createMiroRestFake,
  itemPages,
  type MiroItemsPage,
  type MiroRestItem,
} from '@throughline/platform-fakes';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtures } from '../fixtures/miro/build-fixtures';
import { largeBoard } from '../fixtures/miro/large-board';
import {
  componentValidator,
  itemValidator,
  problems,
  requestProblems,
} from './miro-openapi.test-support';

const fixtures = buildFixtures();
const committedPages = (name: string): MiroItemsPage[] =>
  JSON.parse(readFileSync(new URL(`../fixtures/miro/${name}.rest.json`, import.meta.url), 'utf8'));
const sample: MiroItemsPage = JSON.parse(
  readFileSync(
    new URL('../fixtures/miro/provided/sample-board.rest.json', import.meta.url),
    'utf8',
  ),
);
const large = largeBoard({ seed: 7 });

const pageSchema = componentValidator('GenericItemCursorPaged');

function pageProblems(pages: readonly MiroItemsPage[]): string[] {
  return pages.flatMap((page, index) => [
    ...problems(pageSchema, page).map((problem) => `page ${index}: ${problem}`),
    ...page.data.flatMap((item) =>
      problems(itemValidator(item.type), item).map(
        (problem) => `${item.type} ${item.id}: ${problem}`,
      ),
    ),
  ]);
}

describe('fixtures match the OpenAPI item schemas', () => {
  it.each(fixtures.map((fixture) => [fixture.name]))('%s', (name) => {
    const pages = committedPages(name);
    expect(pages.length).toBeGreaterThan(0);
    expect(pageProblems(pages)).toEqual([]);
  });

  it('the provided sample page', () => {
    expect(pageProblems([sample])).toEqual([]);
  });

  it('the large board: 10,000 stickies in pages of 50', () => {
    expect(large.pages).toHaveLength(Math.ceil(large.items.length / 50));
    expect(pageProblems(large.pages)).toEqual([]);
  });

  it.each([
    [
      'a sticky colour Miro does not have',
      { type: 'sticky_note', style: { fillColor: '#123456' } },
    ],
    [
      'a sticky shape Miro does not have',
      { type: 'sticky_note', data: { content: 'x', shape: 'circle' } },
    ],
    ['a number where Miro writes a string id', { type: 'frame', id: 42 }],
    [
      'an origin other than the centre',
      { type: 'text', position: { x: 0, y: 0, origin: 'top_left' } },
    ],
    ['a non-numeric width', { type: 'shape', geometry: { width: 'wide' } }],
  ])('and would catch %s', (_name, item) => {
    const base = { id: '3458764600000000001', data: { content: 'x' } };
    expect(problems(itemValidator(item.type), { ...base, ...item })).not.toEqual([]);
  });

  it('and would catch a malformed page envelope', () => {
    expect(problems(pageSchema, { ...sample, total: '14' })).not.toEqual([]);
    expect(problems(pageSchema, { ...sample, data: [{ type: 'sticky_note' }] })).not.toEqual([]);
  });
});

const server = setupServer();
const sent: { method: string; url: URL }[] = [];
server.events.on('request:start', ({ request }) => {
  sent.push({ method: request.method, url: new URL(request.url) });
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  sent.length = 0;
});
afterAll(() => server.close());

const TOKEN = 'contract-test-token-0f9e';
const noWait = async () => {};

function serve(
  boardId: string,
  items: readonly MiroRestItem[],
  options: { rateLimitFirst?: number; rateLimitOn?: number[]; retryAfter?: number } = {},
) {
  const fake = createMiroRestFake({ boards: { [boardId]: items }, token: TOKEN, ...options });
  server.use(...fake.handlers);
  return fake;
}

describe('fetchBoardItems requests match the spec', () => {
  it('every request names a spec path and method, with declared parameters in range', async () => {
    const fixture = fixtures.find((entry) => entry.name === 'uneven-columns')!;
    const items = fixture.pages.flatMap((page) => page.data);
    serve(fixture.expected.boardId, items, { rateLimitFirst: 1, retryAfter: 1 });
    await fetchBoardItems({ boardId: fixture.expected.boardId, token: TOKEN, sleep: noWait });
    expect(sent.length).toBeGreaterThanOrEqual(3);
    for (const request of sent) {
      expect(requestProblems(request.method, request.url), request.url.href).toEqual([]);
      expect(Number(request.url.searchParams.get('limit'))).toBeLessThanOrEqual(50);
    }
  });

  it('and the check fails on requests the spec does not allow', () => {
    const url = (path: string) => new URL(`https://api.miro.com${path}`);
    expect(requestProblems('GET', url('/v2/boards/b/items?limit=51'))).not.toEqual([]);
    expect(requestProblems('GET', url('/v2/boards/b/items?limit=5'))).not.toEqual([]);
    expect(requestProblems('GET', url('/v2/boards/b/items?page=2'))).not.toEqual([]);
    expect(requestProblems('GET', url('/v2/boards/b/items?type=sticky'))).not.toEqual([]);
    expect(requestProblems('DELETE', url('/v2/boards/b/items'))).not.toEqual([]);
    expect(requestProblems('GET', url('/v2/boards/b/stickies'))).not.toEqual([]);
    expect(
      requestProblems('GET', url('/v2/boards/b/items?limit=50&cursor=abc&type=frame')),
    ).toEqual([]);
  });
});

describe('fetchBoardItems against the Miro REST fake', () => {
  it.each(fixtures.map((fixture) => [fixture.name, fixture]))(
    'reads %s whole, one request per 50 items',
    async (_name, fixture) => {
      const items = fixture.pages.flatMap((page) => page.data);
      const fake = serve(fixture.expected.boardId, items);
      const read = await fetchBoardItems({ boardId: fixture.expected.boardId, token: TOKEN });
      expect(read.map((item) => item.id)).toEqual(items.map((item) => item.id));
      expect(fake.requests).toHaveLength(Math.max(1, Math.ceil(items.length / 50)));
    },
  );

  it('reads the 10,000-sticky board in 201 requests', async () => {
    const fake = serve(large.boardId, large.items);
    const read = await fetchBoardItems({ boardId: large.boardId, token: TOKEN });
    expect(read).toHaveLength(large.items.length);
    expect(fake.requests).toHaveLength(Math.ceil(large.items.length / 50));
    expect(Math.ceil(large.items.length / 50)).toBe(201);
  });

  it('survives injected 429s, waiting as Retry-After says', async () => {
    const items = itemPages(large.items.slice(0, 180), { boardId: 'b', limit: 50 }).flatMap(
      (page) => page.data,
    );
    const fake = serve('b', items, { rateLimitFirst: 2, rateLimitOn: [5], retryAfter: 1 });
    const waits: number[] = [];
    const read = await fetchBoardItems({
      boardId: 'b',
      token: TOKEN,
      sleep: async (milliseconds) => {
        waits.push(milliseconds);
      },
    });
    expect(read).toHaveLength(180);
    expect(waits).toEqual([1000, 1000, 1000]);
    expect(fake.requests.map((request) => request.status)).toEqual([
      429, 429, 200, 200, 429, 200, 200,
    ]);
  });

  it('reports 401 clearly, never with the token', async () => {
    const fake = createMiroRestFake({ boards: { b: [] }, token: 'the-right-token' });
    server.use(...fake.handlers);
    const failure = await fetchBoardItems({ boardId: 'b', token: TOKEN }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(MiroRestError);
    const error = failure as MiroRestError;
    expect(error.code).toBe('unauthorized');
    expect(error.message).toMatch(/^Miro did not accept the access token \(HTTP 401/);
    expect(`${error.message} ${error.stack} ${JSON.stringify(error)}`).not.toContain(TOKEN);
  });
});
