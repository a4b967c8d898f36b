// Miro's board-items endpoint in msw: cursor pages, tokens, limits, injected 429s, a request log.
import { HttpResponse, http, type RequestHandler } from 'msw';
import {
  DEFAULT_MIRO_BASE_URL,
  DEFAULT_PAGE_LIMIT,
  itemsPage,
  MAX_PAGE_LIMIT,
  MIN_PAGE_LIMIT,
  type MiroRestItem,
} from './item-pages';

/** Item types the `type` query parameter accepts (OpenAPI `get-items`). */
const ITEM_TYPES = new Set([
  'text',
  'shape',
  'sticky_note',
  'image',
  'document',
  'card',
  'app_card',
  'preview',
  'frame',
  'embed',
  'doc_format',
  'data_table_format',
]);

export interface MiroRestFakeOptions {
  /** Items per board id, in the order Miro lists them. */
  boards: Readonly<Record<string, readonly MiroRestItem[]>>;
  /** The access token the fake accepts; any other bearer (or none) gets 401. */
  token: string;
  baseUrl?: string;
  /** Boards this token may not read: 403. */
  forbiddenBoards?: readonly string[];
  /** The first n requests answer 429. */
  rateLimitFirst?: number;
  /** These requests (1-based, counted over the fake's life) answer 429. */
  rateLimitOn?: readonly number[];
  /** Seconds sent in `Retry-After` with each 429; no header when absent. */
  retryAfter?: number;
}

export interface MiroRestRequest {
  /** 1-based, in arrival order. */
  number: number;
  method: string;
  url: string;
  status: number;
  /** Whether the request carried the accepted bearer token (the token itself is not kept). */
  authorized: boolean;
}

export interface MiroRestFake {
  handlers: RequestHandler[];
  requests: MiroRestRequest[];
  baseUrl: string;
}

/** Miro's error body: `{ status, code, message, type: 'error' }`. */
function miroError(status: number, code: string, message: string, headers?: HeadersInit) {
  return HttpResponse.json(
    { status, code, message, type: 'error' },
    { status, ...(headers === undefined ? {} : { headers }) },
  );
}

export function createMiroRestFake(options: MiroRestFakeOptions): MiroRestFake {
  const baseUrl = (options.baseUrl ?? DEFAULT_MIRO_BASE_URL).replace(/\/+$/, '');
  const requests: MiroRestRequest[] = [];
  const forbidden = new Set(options.forbiddenBoards ?? []);
  const limited = new Set(options.rateLimitOn ?? []);

  const answer = (request: Request, number: number, authorized: boolean) => {
    if (!authorized) {
      return request.headers.has('authorization')
        ? miroError(401, 'tokenInvalid', 'The access token is invalid or has expired')
        : miroError(401, 'tokenNotProvided', 'No access token was provided');
    }
    if (number <= (options.rateLimitFirst ?? 0) || limited.has(number)) {
      const headers: Record<string, string> =
        options.retryAfter === undefined ? {} : { 'Retry-After': String(options.retryAfter) };
      return miroError(429, 'tooManyRequests', 'Request rate limit exceeded', headers);
    }
    const url = new URL(request.url);
    // Decoded here, not by the router, so ids with `=` or `%` arrive exactly as sent.
    const boardId = decodeURIComponent(url.pathname.split('/')[3] ?? '');
    const items = options.boards[boardId];
    if (items === undefined) return miroError(404, 'notFound', `Board ${boardId} not found`);
    if (forbidden.has(boardId)) {
      return miroError(403, 'forbidden', 'You do not have access to this board');
    }
    const limitText = url.searchParams.get('limit');
    const limit = limitText === null ? DEFAULT_PAGE_LIMIT : Number(limitText);
    if (!Number.isInteger(limit) || limit < MIN_PAGE_LIMIT || limit > MAX_PAGE_LIMIT) {
      return miroError(
        400,
        'invalidParameters',
        `limit must be an integer from ${MIN_PAGE_LIMIT} to ${MAX_PAGE_LIMIT}`,
      );
    }
    const type = url.searchParams.get('type') ?? undefined;
    if (type !== undefined && !ITEM_TYPES.has(type)) {
      return miroError(400, 'invalidParameters', `type ${type} is not an item type`);
    }
    const cursor = url.searchParams.get('cursor') ?? undefined;
    const page = itemsPage(items, {
      boardId,
      baseUrl,
      limit,
      ...(cursor === undefined ? {} : { cursor }),
      ...(type === undefined ? {} : { type }),
    });
    if (page === undefined) return miroError(400, 'invalidParameters', 'cursor is not valid');
    return HttpResponse.json(page);
  };

  const handlers = [
    http.get(`${baseUrl}/v2/boards/:boardId/items`, ({ request }) => {
      const number = requests.length + 1;
      const authorized = request.headers.get('authorization') === `Bearer ${options.token}`;
      const response = answer(request, number, authorized);
      requests.push({
        number,
        method: request.method,
        url: request.url,
        status: response.status,
        authorized,
      });
      return response;
    }),
  ];
  return { handlers, requests, baseUrl };
}
