// Reads every item of a board from Miro's REST API: cursor pages of 50, bounded retries on 429.
import { type RestItem, RestItemsPage } from './rest-items';

// Plain fetch and zod: Miro's Node client drops `style` (the sticky colour) from listed items.

/** The most items Miro returns per page (`limit` is 10 to 50). */
export const PAGE_LIMIT = 50;

const DEFAULT_BASE_URL = 'https://api.miro.com';
const DEFAULT_MAX_RETRIES = 5;
/** First backoff step when Miro gives no `Retry-After`; doubled on each retry, with jitter. */
const BACKOFF_BASE_MS = 1_000;
/** A `Retry-After` longer than this is not waited out: the read stops and says so. */
const LONGEST_WAIT_MS = 120_000;

export interface FetchProgress {
  pages: number;
  items: number;
  /** The board's item count as Miro reported it, once a page has arrived. */
  total?: number;
}

export interface FetchBoardItemsOptions {
  boardId: string;
  /** An OAuth access token with `boards:read`. Sent only in the Authorization header. */
  token: string;
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  /** Called after each page. */
  onPage?: (progress: FetchProgress) => void;
  /** Waits between retries; tests pass one that does not wait. */
  sleep?: (milliseconds: number) => Promise<void>;
  /** Retries per page on 429 and 5xx before giving up (default 5). */
  maxRetries?: number;
  /** Jitter source, [0, 1). */
  random?: () => number;
}

export type MiroRestErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'board-not-found'
  | 'bad-request'
  | 'rate-limited'
  | 'server-error'
  | 'network-error'
  | 'invalid-response';

/** A read that failed: why, and what had been read when it stopped. Never carries the token. */
export class MiroRestError extends Error {
  constructor(
    readonly code: MiroRestErrorCode,
    message: string,
    readonly progress: FetchProgress,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'MiroRestError';
  }
}

type Fail = (code: MiroRestErrorCode, reason: string, status?: number) => never;

/**
 * Every item on the board, page by page, following `cursor` until Miro sends none. Either the
 * whole board or a `MiroRestError` saying what was read and what was not: never part of it.
 */
export async function fetchBoardItems(options: FetchBoardItemsOptions): Promise<RestItem[]> {
  const {
    boardId,
    token,
    fetch: fetchPage = globalThis.fetch,
    sleep = (milliseconds: number) => new Promise<void>((done) => setTimeout(done, milliseconds)),
    maxRetries = DEFAULT_MAX_RETRIES,
    random = Math.random,
  } = options;
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const items: RestItem[] = [];
  const progress: FetchProgress = { pages: 0, items: 0 };
  const fail: Fail = (code, reason, status) => {
    throw new MiroRestError(code, `${reason}. ${readSoFar(boardId, progress)}`, progress, status);
  };
  if (boardId.trim() === '') fail('bad-request', 'No board id was given');
  if (token.trim() === '') fail('unauthorized', 'No Miro access token was given');

  const seenCursors = new Set<string>();
  let cursor: string | undefined;
  do {
    const url = new URL(`${baseUrl}/v2/boards/${encodeURIComponent(boardId)}/items`);
    url.searchParams.set('limit', String(PAGE_LIMIT));
    if (cursor !== undefined) url.searchParams.set('cursor', cursor);

    let response: Response | undefined;
    for (let attempt = 0; response === undefined; attempt++) {
      let answer: Response;
      try {
        answer = await fetchPage(url, {
          method: 'GET',
          headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
        });
      } catch (error) {
        if (attempt >= maxRetries) {
          const reason = error instanceof Error ? redact(error.message, token) : 'no answer';
          fail('network-error', `Miro could not be reached after ${attempt + 1} tries (${reason})`);
        }
        await sleep(backoff(attempt, random));
        continue;
      }
      if (answer.ok) {
        response = answer;
      } else if (answer.status === 429 || answer.status >= 500) {
        const wait = retryAfter(answer.headers) ?? backoff(attempt, random);
        const limited = answer.status === 429;
        const code = limited ? 'rate-limited' : 'server-error';
        const what = limited
          ? 'Miro kept answering "too many requests" (HTTP 429)'
          : `Miro kept failing (HTTP ${answer.status})`;
        if (attempt >= maxRetries) fail(code, `${what} after ${attempt + 1} tries`, answer.status);
        if (wait > LONGEST_WAIT_MS) {
          fail(code, `${what}: it asks to wait ${Math.ceil(wait / 1000)} s`, answer.status);
        }
        await sleep(wait);
      } else {
        await refuse(answer, boardId, token, fail);
      }
    }

    let body: unknown;
    try {
      body = await response.json();
    } catch {
      fail('invalid-response', `Miro answered page ${progress.pages + 1} with something not JSON`);
    }
    const page = RestItemsPage.safeParse(body);
    if (!page.success) {
      const problems = page.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.map(String).join('.') || '(page)'}: ${issue.message}`);
      fail(
        'invalid-response',
        `Miro sent page ${progress.pages + 1} in an unexpected shape (${problems.join('; ')})`,
      );
    }
    items.push(...page.data.data);
    progress.pages += 1;
    progress.items = items.length;
    if (page.data.total !== undefined) progress.total = page.data.total;
    options.onPage?.({ ...progress });

    cursor = page.data.cursor === '' ? undefined : page.data.cursor;
    if (cursor !== undefined) {
      if (seenCursors.has(cursor)) {
        fail('invalid-response', `Miro sent cursor "${cursor}" twice, so paging would never end`);
      }
      seenCursors.add(cursor);
    }
  } while (cursor !== undefined);
  return items;
}

/** A refusal that no retry fixes: 401, 403, 404 and other 4xx, with Miro's reason when it gives one. */
async function refuse(
  response: Response,
  boardId: string,
  token: string,
  fail: Fail,
): Promise<never> {
  const said = await miroMessage(response, token);
  const status = response.status;
  const because = said === undefined ? '' : `; Miro says: ${said}`;
  if (status === 401) {
    return fail(
      'unauthorized',
      `Miro did not accept the access token (HTTP 401${because}): it may be wrong or expired`,
      status,
    );
  }
  if (status === 403) {
    return fail(
      'forbidden',
      `The access token may not read board ${boardId} (HTTP 403${because}): it needs the boards:read scope and access to the board`,
      status,
    );
  }
  if (status === 404) {
    return fail(
      'board-not-found',
      `Board ${boardId} was not found (HTTP 404${because}): check the id, the part of the board's URL after /board/`,
      status,
    );
  }
  return fail('bad-request', `Miro refused the request (HTTP ${status}${because})`, status);
}

/** Miro's error body is `{ status, code, message, type: 'error' }`; its message, without the token. */
async function miroMessage(response: Response, token: string): Promise<string | undefined> {
  try {
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null || !('message' in body)) return undefined;
    return typeof body.message === 'string' ? redact(body.message, token).slice(0, 300) : undefined;
  } catch {
    return undefined;
  }
}

function redact(text: string, token: string): string {
  return token === '' ? text : text.split(token).join('[token]');
}

/** `Retry-After` in seconds or as an HTTP date, in milliseconds; undefined when absent or unreadable. */
function retryAfter(headers: Headers): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (value === undefined || value === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Exponential backoff with jitter: 1 s, 2 s, 4 s… each scaled by a random factor in [0.5, 1). */
function backoff(attempt: number, random: () => number): number {
  return BACKOFF_BASE_MS * 2 ** attempt * (0.5 + random() / 2);
}

function readSoFar(boardId: string, progress: FetchProgress): string {
  if (progress.pages === 0) return `Nothing was read from board ${boardId}.`;
  const read = `Read ${progress.items} items in ${progress.pages} pages of board ${boardId}`;
  if (progress.total === undefined)
    return `${read}; the rest was not read and nothing is returned.`;
  const missing = Math.max(0, progress.total - progress.items);
  return `${read} of ${progress.total}; ${missing} not read, so nothing is returned.`;
}
