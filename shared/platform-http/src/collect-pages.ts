// Reads every page of a paged list, within the page and item caps: all of it, or an error.

import type { HttpClient } from './http-client';
import { HttpError, type ReadProgress } from './http-error';
import { formatCount, formatLimitValue, limitHint } from './http-limits';

/** One page read by the caller's parser: its items and where the next page is (none: the last). */
export type PageParse<T> =
  | { ok: true; items: readonly T[]; next?: URL | string | undefined; total?: number | undefined }
  | { ok: false; problem: string };

export interface PageContext {
  /** The page's own URL, to build the next one from (a cursor in its query). */
  url: URL;
  /** 1-based. */
  number: number;
}

export interface CollectPagesOptions<T> {
  client: HttpClient;
  first: URL | string;
  headers?: Readonly<Record<string, string>>;
  /** Parses one page's JSON body (with zod, typically); a problem stops the read as invalid. */
  parse: (body: unknown, page: PageContext) => PageParse<T>;
  /** What a failure adds about what was read; by default "Read 1,200 items in 24 pages; …". */
  describeProgress?: (progress: ReadProgress) => string;
}

/**
 * Every item of every page, following `next` until a page has none. Stops as soon as a cap is
 * passed or a page leads back to one already read; the `HttpError` it throws then carries
 * `progress` and says what had been read. Never returns part of a list.
 */
export async function collectPages<T>(options: CollectPagesOptions<T>): Promise<T[]> {
  const { client } = options;
  const { maxPages, maxItems } = client.limits;
  const describe = options.describeProgress ?? describeReadSoFar;
  const requestOptions = options.headers === undefined ? {} : { headers: options.headers };
  const items: T[] = [];
  const progress: ReadProgress = { pages: 0, items: 0 };
  const seen = new Set<string>();
  let next: URL | string | undefined = options.first;
  try {
    while (next !== undefined) {
      if (progress.pages >= maxPages) {
        throw new HttpError(
          'limit-reached',
          `Stopped after ${formatLimitValue('maxPages', maxPages)}, ${limitHint('maxPages', client.limitFlags)}`,
          { limit: 'maxPages' },
        );
      }
      const response = await client.getJson(next, requestOptions);
      // getJson has parsed this URL already; it cannot fail here.
      const url = new URL(String(next));
      seen.add(fingerprint(url.href));
      const page = options.parse(response.body, { url, number: progress.pages + 1 });
      if (!page.ok) throw new HttpError('invalid-response', client.redact(page.problem));
      if (items.length + page.items.length > maxItems) {
        throw new HttpError(
          'limit-reached',
          `Stopped at page ${formatCount(progress.pages + 1)}, which would pass ${formatLimitValue('maxItems', maxItems)}, ${limitHint('maxItems', client.limitFlags)}`,
          { limit: 'maxItems' },
        );
      }
      // One at a time: `push(...page)` passes every item as an argument and overflows the stack.
      for (const item of page.items) items.push(item);
      progress.pages += 1;
      progress.items = items.length;
      if (page.total !== undefined) progress.total = page.total;
      client.report({ type: 'page', ...progress });
      next = nextUrl(page.next, url, progress.pages, seen);
    }
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    throw error.withProgress(progress, client.redact(`${error.message}. ${describe(progress)}`));
  }
  return items;
}

/** "Read 1,200 items in 24 pages; nothing is returned." */
export function describeReadSoFar(progress: ReadProgress): string {
  if (progress.pages === 0) return 'Nothing was read; nothing is returned.';
  const items = `${formatCount(progress.items)} ${progress.items === 1 ? 'item' : 'items'}`;
  const of = progress.total === undefined ? '' : ` of ${formatCount(progress.total)}`;
  const pages = `${formatCount(progress.pages)} ${progress.pages === 1 ? 'page' : 'pages'}`;
  return `Read ${items}${of} in ${pages}; nothing is returned.`;
}

function nextUrl(
  next: URL | string | undefined,
  current: URL,
  pages: number,
  seen: Set<string>,
): URL | undefined {
  if (next === undefined || next === '') return undefined;
  let url: URL;
  try {
    // Relative links are read against the page that gave them, as a browser would.
    url = new URL(String(next), current);
  } catch {
    throw new HttpError(
      'invalid-response',
      `Page ${formatCount(pages)} links to a next page that is not a URL`,
    );
  }
  // The cursor itself is never quoted: servers have been seen to echo the token inside it.
  if (seen.has(fingerprint(url.href))) {
    throw new HttpError(
      'invalid-response',
      `Page ${formatCount(pages)} leads back to a page already read (the same cursor twice), so paging would never end`,
    );
  }
  return url;
}

/**
 * A 53-bit hash of a page URL (cyrb53) with its length: what is kept per page to spot a loop,
 * so that 10,000 pages of megabyte-long cursors do not have to stay in memory.
 */
function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${text.length}:${(2097151 & h2).toString(36)}:${(h1 >>> 0).toString(36)}`;
}
