// Miro's cursor paging of board items (`GenericItemCursorPaged`), for the fake and fixtures.

/** A board item as Miro's REST API returns it. */
export interface MiroRestItem {
  id: string;
  type: string;
  [field: string]: unknown;
}

export interface MiroItemsPage {
  data: MiroRestItem[];
  total: number;
  size: number;
  limit: number;
  /** On every page but the last. */
  cursor?: string;
  links: { self: string; next?: string };
  type: 'cursor-list';
}

export const DEFAULT_MIRO_BASE_URL = 'https://api.miro.com';
/** `limit` is 10 to 50 per the OpenAPI spec; 10 when absent. */
export const MIN_PAGE_LIMIT = 10;
export const MAX_PAGE_LIMIT = 50;
export const DEFAULT_PAGE_LIMIT = 10;

export interface PageRequest {
  boardId: string;
  baseUrl?: string;
  limit?: number;
  /** The cursor of the previous page; absent for the first. */
  cursor?: string;
  /** Only items of this type (the `type` query parameter). */
  type?: string;
}

interface Listing {
  listed: readonly MiroRestItem[];
  /** Item id → index in `listed`, so that following a cursor costs no scan of the board. */
  positions: Map<string, number>;
}

// Board item lists are read-only, so each listing is built once per list and item type; without
// this, paging through a board would scan it once per page (quadratic for a 100,000-item board).
const listings = new WeakMap<readonly MiroRestItem[], Map<string, Listing>>();

function listingOf(items: readonly MiroRestItem[], type: string | undefined): Listing {
  let byType = listings.get(items);
  if (byType === undefined) {
    byType = new Map();
    listings.set(items, byType);
  }
  const key = type ?? '';
  let listing = byType.get(key);
  if (listing === undefined) {
    const listed = type === undefined ? items : items.filter((item) => item.type === type);
    listing = { listed, positions: new Map(listed.map((item, index) => [item.id, index])) };
    byType.set(key, listing);
  }
  return listing;
}

/**
 * One page, or `undefined` when the cursor names no item of this listing. Miro's cursors are
 * opaque; decoded they read `<id of the previous page's last item>~`, and so do these.
 */
export function itemsPage(
  items: readonly MiroRestItem[],
  request: PageRequest,
): MiroItemsPage | undefined {
  const limit = request.limit ?? DEFAULT_PAGE_LIMIT;
  const listing = listingOf(items, request.type);
  const { listed } = listing;
  let start = 0;
  if (request.cursor !== undefined) {
    const after = cursorItemId(request.cursor);
    const index = after === undefined ? undefined : listing.positions.get(after);
    if (index === undefined) return undefined;
    start = index + 1;
  }
  const data = listed.slice(start, start + limit);
  const last = data.at(-1);
  const cursor =
    start + limit < listed.length && last !== undefined ? encodeCursor(last.id) : undefined;
  const link = (pageCursor: string | undefined) => pageUrl(request, limit, pageCursor);
  return {
    data,
    total: listed.length,
    size: data.length,
    limit,
    ...(cursor === undefined ? {} : { cursor }),
    links: {
      self: link(request.cursor),
      ...(cursor === undefined ? {} : { next: link(cursor) }),
    },
    type: 'cursor-list',
  };
}

/** Every page a client following cursors receives, first to last (at least one, maybe empty). */
export function itemPages(
  items: readonly MiroRestItem[],
  request: Omit<PageRequest, 'cursor'>,
): MiroItemsPage[] {
  const pages: MiroItemsPage[] = [];
  let cursor: string | undefined;
  do {
    const page = itemsPage(items, { ...request, ...(cursor === undefined ? {} : { cursor }) });
    if (page === undefined) break;
    pages.push(page);
    cursor = page.cursor;
  } while (cursor !== undefined);
  return pages;
}

function pageUrl(request: PageRequest, limit: number, cursor: string | undefined): string {
  const base = (request.baseUrl ?? DEFAULT_MIRO_BASE_URL).replace(/\/+$/, '');
  const query = new URLSearchParams({ limit: String(limit) });
  if (request.type !== undefined) query.set('type', request.type);
  if (cursor !== undefined) query.set('cursor', cursor);
  return `${base}/v2/boards/${encodeURIComponent(request.boardId)}/items?${query}`;
}

export function encodeCursor(itemId: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(`${itemId}~`)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function cursorItemId(cursor: string): string | undefined {
  try {
    const bytes = Uint8Array.from(atob(cursor), (char) => char.charCodeAt(0));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.endsWith('~') ? text.slice(0, -1) : undefined;
  } catch {
    return undefined;
  }
}
