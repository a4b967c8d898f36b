// Reads every item of a board from Miro's REST API: cursor pages of 50 over the shared HTTP layer.
import {
  collectPages,
  createHttpClient,
  createRedactor,
  HttpError,
  type HttpEventListener,
  type HttpLimits,
  type LimitFlags,
  type PageParse,
  type ReadProgress,
  type Redact,
} from '@throughline/platform-http';
import { type RestItem, RestItemsPage } from './rest-items';

// Plain fetch and zod: Miro's Node client drops `style` (the sticky colour) from listed items.

/** The most items Miro returns per page (`limit` is 10 to 50). */
export const PAGE_LIMIT = 50;

const DEFAULT_BASE_URL = 'https://api.miro.com';

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
  /** Every event of the HTTP layer: pages, retries, and `waiting` while Miro is slow to answer. */
  onEvent?: HttpEventListener;
  /** Timeouts, caps and the retry budget for this read; the layer's defaults otherwise. */
  limits?: Partial<HttpLimits>;
  /** The flags that raise each limit, named in the message when one stops the read. */
  limitFlags?: LimitFlags;
  /** Waits between retries; tests pass one that does not wait. */
  sleep?: (milliseconds: number) => Promise<void>;
  /** Jitter source, [0, 1). */
  random?: () => number;
}

export type MiroRestErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'board-not-found'
  | 'bad-request'
  | 'invalid-request'
  | 'rate-limited'
  | 'server-error'
  | 'network-error'
  | 'invalid-response'
  | 'timeout'
  | 'too-large'
  | 'limit-reached'
  | 'redirect';

/** Codes a person fixes by changing what they gave (token, board id, URL): exit 2, not 1. */
const USER_FIXABLE: ReadonlySet<MiroRestErrorCode> = new Set<MiroRestErrorCode>([
  'invalid-request',
  'unauthorized',
  'forbidden',
  'board-not-found',
  'bad-request',
]);

function isUserFixable(code: MiroRestErrorCode): boolean {
  return USER_FIXABLE.has(code);
}

/** A read that failed: why, and what had been read when it stopped. Never carries the token. */
export class MiroRestError extends Error {
  /** Bad input (token, board id, URL) rather than a failed read: the CLI exits 2, not 1. */
  readonly isUserFixable: boolean;

  constructor(
    readonly code: MiroRestErrorCode,
    message: string,
    readonly progress: FetchProgress,
    readonly status?: number,
    /** The cap or timeout that stopped the read, for `timeout`, `too-large`, `limit-reached`. */
    readonly limit?: keyof HttpLimits,
  ) {
    super(message);
    this.name = 'MiroRestError';
    this.isUserFixable = isUserFixable(code);
  }
}

/**
 * Every item on the board, page by page, following `cursor` until Miro sends none. Either the
 * whole board or a `MiroRestError` saying what was read and what was not: never part of it.
 */
export async function fetchBoardItems(options: FetchBoardItemsOptions): Promise<RestItem[]> {
  const { boardId, token } = options;
  const nothingYet: FetchProgress = { pages: 0, items: 0 };
  const early = (code: MiroRestErrorCode, reason: string) =>
    new MiroRestError(code, `${reason}. ${readSoFar(boardId, nothingYet)}`, nothingYet);
  if (boardId.trim() === '') throw early('bad-request', 'No board id was given');
  if (token.trim() === '') throw early('unauthorized', 'No Miro access token was given');

  // The same redaction the HTTP client applies, for the messages phrased here in Miro's words.
  const redact = createRedactor([token]);
  try {
    const client = createHttpClient({
      secrets: [token],
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      ...(options.limits === undefined ? {} : { limits: options.limits }),
      ...(options.limitFlags === undefined ? {} : { limitFlags: options.limitFlags }),
      ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
      ...(options.random === undefined ? {} : { random: options.random }),
      onEvent: (event) => {
        options.onEvent?.(event);
        if (event.type === 'page') {
          const { type: _type, ...progress } = event;
          options.onPage?.(progress);
        }
      },
    });
    const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    return await collectPages({
      client,
      first: `${baseUrl}/v2/boards/${encodeURIComponent(boardId)}/items?limit=${PAGE_LIMIT}`,
      headers: { Authorization: `Bearer ${token}` },
      parse: parsePage,
      describeProgress: (progress) => readSoFar(boardId, progress),
    });
  } catch (error) {
    if (error instanceof HttpError) throw miroError(error, boardId, redact);
    throw error;
  }
}

function parsePage(body: unknown, page: { url: URL; number: number }): PageParse<RestItem> {
  const parsed = RestItemsPage.safeParse(body);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.map(String).join('.') || '(page)'}: ${issue.message}`);
    return {
      ok: false,
      problem: `Miro sent page ${page.number} in an unexpected shape (${problems.join('; ')})`,
    };
  }
  const { data, total, cursor } = parsed.data;
  if (cursor === undefined || cursor === '') return { ok: true, items: data, total };
  const next = new URL(page.url);
  next.searchParams.set('cursor', cursor);
  return { ok: true, items: data, next, total };
}

/** The layer's error in Miro's words where Miro's words help: 401, 403, 404 and other 4xx. */
function miroError(error: HttpError, boardId: string, redact: Redact): MiroRestError {
  const progress: FetchProgress = { ...(error.progress ?? { pages: 0, items: 0 }) };
  const status = error.status;
  const make = (code: MiroRestErrorCode, message: string) =>
    new MiroRestError(code, redact(message), progress, status, error.limit);
  if (error.code !== 'refused') return make(error.code, error.message);

  const because = error.serverMessage === undefined ? '' : `; Miro says: ${error.serverMessage}`;
  const soFar = readSoFar(boardId, progress);
  if (status === 401) {
    return make(
      'unauthorized',
      `Miro did not accept the access token (HTTP 401${because}): it may be wrong or expired. ${soFar}`,
    );
  }
  if (status === 403) {
    return make(
      'forbidden',
      `The access token may not read board ${boardId} (HTTP 403${because}): it needs the boards:read scope and access to the board. ${soFar}`,
    );
  }
  if (status === 404) {
    return make(
      'board-not-found',
      `Board ${boardId} was not found (HTTP 404${because}): check the id, the part of the board's URL after /board/. ${soFar}`,
    );
  }
  return make('bad-request', `Miro refused the request (HTTP ${status}${because}). ${soFar}`);
}

function readSoFar(boardId: string, progress: ReadProgress): string {
  if (progress.pages === 0) return `Nothing was read from board ${boardId}.`;
  const read = `Read ${progress.items} items in ${progress.pages} pages of board ${boardId}`;
  if (progress.total === undefined)
    return `${read}; the rest was not read and nothing is returned.`;
  const missing = Math.max(0, progress.total - progress.items);
  return `${read} of ${progress.total}; ${missing} not read, so nothing is returned.`;
}
