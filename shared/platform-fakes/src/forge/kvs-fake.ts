// Forge's key-value store as @forge/kvs calls it (POST /api/v1/…), in msw: Forge's key and size limits, injected failures.
import { HttpResponse, http, type RequestHandler } from 'msw';

export const DEFAULT_KVS_BASE_URL = 'https://kvs.forge.test';
/** Forge hosted storage: one value is at most 240 KiB of JSON. */
export const KVS_VALUE_LIMIT_BYTES = 240 * 1024;
export const KVS_KEY_MAX_LENGTH = 500;
/** Forge's documented key pattern. */
export const KVS_KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s#-]+$/;
/** A batch holds at most 25 keys; a batch or transaction at most 4 MB. */
export const KVS_BATCH_MAX_KEYS = 25;
export const KVS_REQUEST_LIMIT_BYTES = 4 * 1024 * 1024;
const QUERY_DEFAULT_LIMIT = 10;
const QUERY_MAX_LIMIT = 100;

export interface StoredValue {
  value: unknown;
  createdAt: number;
  updatedAt: number;
  /** When a value set with a `ttl` stops existing, in milliseconds since the epoch. */
  expiresAt?: number;
}

export interface KvsRequest {
  /** `get`, `set`, `batch/set`, `transaction`… */
  operation: string;
  body: unknown;
  status: number;
}

/** Decides, for each request, whether to fail it with a 500 (after nothing was written). */
export type KvsFailure = (operation: string, body: unknown) => boolean;

export interface KvsFake {
  handlers: RequestHandler[];
  baseUrl: string;
  store: Map<string, StoredValue>;
  requests: KvsRequest[];
  /** Fail the requests the predicate picks until `clearFailures`. */
  failWhen(predicate: KvsFailure): void;
  clearFailures(): void;
}

export interface KvsFakeOptions {
  baseUrl?: string;
  valueLimitBytes?: number;
  /** Milliseconds since the epoch for created/updated stamps (tests pass a fixed clock). */
  now?: () => number;
}

class KvsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface SetItem {
  key: string;
  value: unknown;
  options?: {
    keyPolicy?: 'OVERRIDE' | 'FAIL_IF_EXISTS';
    ttl?: { value: number; unit: 'SECONDS' | 'MINUTES' | 'HOURS' | 'DAYS' };
  };
}

const TTL_UNIT_MS = { SECONDS: 1000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 };

const byteLength = (value: unknown): number =>
  new TextEncoder().encode(JSON.stringify(value)).length;

function record(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new KvsError(400, 'BAD_REQUEST', 'the request body must be an object');
  }
  return body as Record<string, unknown>;
}

export function createKvsFake(options: KvsFakeOptions = {}): KvsFake {
  const baseUrl = (options.baseUrl ?? DEFAULT_KVS_BASE_URL).replace(/\/+$/, '');
  const valueLimit = options.valueLimitBytes ?? KVS_VALUE_LIMIT_BYTES;
  const now = options.now ?? (() => Date.now());
  const store = new Map<string, StoredValue>();
  const requests: KvsRequest[] = [];
  let failure: KvsFailure | undefined;

  const checkKey = (key: unknown): string => {
    if (typeof key !== 'string' || key.length < 1) {
      throw new KvsError(
        400,
        'KEY_TOO_SHORT',
        'The provided key needs to be one character or more',
      );
    }
    if (key.length > KVS_KEY_MAX_LENGTH) {
      throw new KvsError(
        400,
        'KEY_TOO_LONG',
        'The provided key has exceeded the maximum 500 characters',
      );
    }
    if (!KVS_KEY_PATTERN.test(key)) {
      throw new KvsError(400, 'INVALID_KEY', `The provided key does not match ${KVS_KEY_PATTERN}`);
    }
    return key;
  };

  const checkSet = (item: unknown, seen?: Set<string>): SetItem => {
    const body = record(item);
    const key = checkKey(body.key);
    if (body.value === undefined) throw new KvsError(400, 'BAD_REQUEST', 'a value is required');
    if (byteLength(body.value) > valueLimit) {
      throw new KvsError(400, 'MAX_SIZE', 'The provided value has exceeded the maximum size limit');
    }
    if (seen) {
      if (seen.has(key)) throw new KvsError(400, 'BAD_REQUEST', `key ${key} appears twice`);
      seen.add(key);
    }
    return body as unknown as SetItem;
  };

  /** The key's value, unless it has none or its ttl has run out (then it is gone). */
  const live = (key: string): StoredValue | undefined => {
    const stored = store.get(key);
    if (stored?.expiresAt !== undefined && stored.expiresAt <= now()) {
      store.delete(key);
      return undefined;
    }
    return stored;
  };

  const write = ({ key, value, options: setOptions }: SetItem): StoredValue => {
    const stamp = now();
    const previous = live(key);
    const ttl = setOptions?.ttl;
    const stored: StoredValue = {
      value,
      createdAt: previous?.createdAt ?? stamp,
      updatedAt: stamp,
      ...(ttl ? { expiresAt: stamp + ttl.value * TTL_UNIT_MS[ttl.unit] } : {}),
    };
    store.set(key, stored);
    return stored;
  };

  const checkBatch = (body: unknown): unknown[] => {
    if (!Array.isArray(body) || body.length === 0) {
      throw new KvsError(400, 'BAD_REQUEST', 'a batch needs at least one key');
    }
    if (body.length > KVS_BATCH_MAX_KEYS) {
      throw new KvsError(400, 'BAD_REQUEST', `a batch holds at most ${KVS_BATCH_MAX_KEYS} keys`);
    }
    return body;
  };

  const operations: Record<string, (body: unknown) => unknown> = {
    get: (body) => {
      const key = checkKey(record(body).key);
      const stored = live(key);
      if (!stored) throw new KvsError(404, 'KEY_NOT_FOUND', 'The specified key does not exist');
      return { key, value: stored.value, createdAt: stored.createdAt, updatedAt: stored.updatedAt };
    },
    set: (body) => {
      const item = checkSet(body);
      if (item.options?.keyPolicy === 'FAIL_IF_EXISTS' && live(item.key)) {
        throw new KvsError(409, 'KEY_CONFLICT', 'The key already exists');
      }
      write(item);
      return undefined;
    },
    delete: (body) => {
      const key = checkKey(record(body).key);
      if (!store.delete(key)) {
        throw new KvsError(404, 'KEY_NOT_FOUND', 'The specified key does not exist');
      }
      return undefined;
    },
    query: (body) => {
      const { where, limit, after } = record(body) as {
        where?: { property: string; condition: string; values: unknown[] }[];
        limit?: number;
        after?: string;
      };
      const size = Math.min(limit ?? QUERY_DEFAULT_LIMIT, QUERY_MAX_LIMIT);
      const clause = where?.[0];
      if (clause && (clause.property !== 'key' || clause.condition !== 'BEGINS_WITH')) {
        throw new KvsError(400, 'BAD_REQUEST', 'this fake queries keys by BEGINS_WITH only');
      }
      const prefix = clause ? String(clause.values[0]) : '';
      const keys = [...store.keys()].filter((key) => key.startsWith(prefix) && live(key)).sort();
      const start = after === undefined ? 0 : keys.findIndex((key) => key > after);
      const page = start < 0 ? [] : keys.slice(start, start + size);
      const last = page.at(-1);
      const more = last !== undefined && keys.indexOf(last) < keys.length - 1;
      return {
        data: page.map((key) => ({ key, value: store.get(key)?.value })),
        ...(more ? { cursor: last } : {}),
      };
    },
    'batch/set': (body) => {
      const seen = new Set<string>();
      const items = checkBatch(body);
      const successfulKeys: { key: string }[] = [];
      const failedKeys: { key: string; error: { code: string; message: string } }[] = [];
      // Each item succeeds or fails alone, as Forge's batches do.
      for (const raw of items) {
        try {
          write(checkSet(raw, seen));
          successfulKeys.push({ key: String(record(raw).key) });
        } catch (error) {
          if (!(error instanceof KvsError)) throw error;
          failedKeys.push({
            key: String(record(raw).key),
            error: { code: error.code, message: error.message },
          });
        }
      }
      return { successfulKeys, failedKeys };
    },
    'batch/get': (body) => {
      const items = checkBatch(body).map((item) => checkKey(record(item).key));
      const successfulKeys = [];
      const failedKeys = [];
      for (const key of items) {
        const stored = live(key);
        if (stored) {
          successfulKeys.push({
            key,
            value: stored.value,
            createdAt: stored.createdAt,
            updatedAt: stored.updatedAt,
          });
        } else
          failedKeys.push({
            key,
            error: { code: 'KEY_NOT_FOUND', message: 'The specified key does not exist' },
          });
      }
      return { successfulKeys, failedKeys };
    },
    'batch/delete': (body) => {
      const items = checkBatch(body).map((item) => checkKey(record(item).key));
      for (const key of items) store.delete(key);
      return { successfulKeys: items.map((key) => ({ key })), failedKeys: [] };
    },
    transaction: (body) => {
      const { set = [], delete: deletes = [] } = record(body) as {
        set?: unknown[];
        delete?: unknown[];
      };
      if (set.length + deletes.length > KVS_BATCH_MAX_KEYS) {
        throw new KvsError(
          400,
          'BAD_REQUEST',
          `a transaction holds at most ${KVS_BATCH_MAX_KEYS} operations`,
        );
      }
      const seen = new Set<string>();
      // All checked before anything is applied: a transaction commits whole or not at all.
      const sets = set.map((item) => checkSet(item, seen));
      const dels = deletes.map((item) => checkKey(record(item).key));
      for (const item of sets) write(item);
      for (const key of dels) store.delete(key);
      return undefined;
    },
  };

  const handlers = Object.entries(operations).map(([operation, run]) =>
    http.post(`${baseUrl}/api/v1/${operation}`, async ({ request }) => {
      const text = await request.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        requests.push({ operation, body: text, status: 400 });
        return HttpResponse.json({ code: 'BAD_REQUEST', message: 'not JSON' }, { status: 400 });
      }
      if (failure?.(operation, body)) {
        requests.push({ operation, body, status: 500 });
        return HttpResponse.json(
          { code: 'INTERNAL_SERVER_ERROR', message: 'injected failure' },
          { status: 500 },
        );
      }
      if (new TextEncoder().encode(text).length > KVS_REQUEST_LIMIT_BYTES) {
        requests.push({ operation, body, status: 413 });
        return HttpResponse.json(
          { code: 'MAX_SIZE', message: 'The request exceeded 4 MB' },
          { status: 413 },
        );
      }
      try {
        const result = run(body);
        requests.push({ operation, body, status: 200 });
        return result === undefined
          ? new HttpResponse(null, { status: 204 })
          : HttpResponse.json(result);
      } catch (error) {
        if (!(error instanceof KvsError)) throw error;
        requests.push({ operation, body, status: error.status });
        return HttpResponse.json(
          { code: error.code, message: error.message },
          { status: error.status },
        );
      }
    }),
  );

  return {
    handlers,
    baseUrl,
    store,
    requests,
    failWhen(predicate) {
      failure = predicate;
    },
    clearFailures() {
      failure = undefined;
    },
  };
}
