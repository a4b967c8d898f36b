import type { ServerResponse } from 'node:http';
import {
  type Loopback,
  type LoopbackHandler,
  sendJson,
  startLoopback,
} from '@throughline/platform-fakes/loopback';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClientOptions } from './http-client';
import { HttpError } from './http-error';
import type { HttpEvent } from './http-events';

const TOKEN = 's3cr3t/t0ken+x=';
const ENCODED = encodeURIComponent(TOKEN);
const AUTH = { authorization: `Bearer ${TOKEN}` };

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: LoopbackHandler): Promise<Loopback> {
  server = await startLoopback(handler);
  return server;
}

function client(options: Partial<HttpClientOptions> = {}) {
  const events: HttpEvent[] = [];
  const waits: number[] = [];
  let fetches = 0;
  const http = createHttpClient({
    secrets: [TOKEN],
    sleep: async (milliseconds) => {
      waits.push(milliseconds);
    },
    random: () => 0,
    onEvent: (event) => events.push(event),
    fetch: (input, init) => {
      fetches += 1;
      return globalThis.fetch(input, init);
    },
    ...options,
  });
  return { http, events, waits, fetches: () => fetches };
}

async function failure(promise: Promise<unknown>): Promise<HttpError> {
  const thrown = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(thrown).toBeInstanceOf(HttpError);
  return thrown as HttpError;
}

function expectNoToken(error: HttpError): void {
  const everything = `${error.message} ${error.stack} ${JSON.stringify(error)} ${error.serverMessage}`;
  expect(everything).not.toContain(TOKEN);
  expect(everything.toLowerCase()).not.toContain(ENCODED.toLowerCase());
}

const ofType = <T extends HttpEvent['type']>(events: HttpEvent[], type: T) =>
  events.filter((event): event is Extract<HttpEvent, { type: T }> => event.type === type);

describe('answers', () => {
  it('returns the status, headers and parsed JSON of a 2xx, sending the given headers', async () => {
    const loop = await serve((_request, response) =>
      sendJson(response, 200, { hello: 'world' }, { 'x-page': '1' }),
    );
    const { http } = client();
    const answer = await http.getJson(loop.url('/items?limit=5'), { headers: AUTH });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-page')).toBe('1');
    expect(answer.body).toEqual({ hello: 'world' });
    expect(loop.requests.map((request) => [request.method, request.url])).toEqual([
      ['GET', '/items?limit=5'],
    ]);
    expect(loop.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(loop.requests[0]?.headers.accept).toBe('application/json');
  });

  it('posts JSON', async () => {
    const loop = await serve((request, response) =>
      sendJson(response, 200, { got: JSON.parse(request.body) }),
    );
    const answer = await client().http.postJson(loop.url('/graphql'), { query: '{ viewer }' });
    expect(answer.body).toEqual({ got: { query: '{ viewer }' } });
    expect(loop.requests[0]?.method).toBe('POST');
    expect(loop.requests[0]?.headers['content-type']).toBe('application/json');
  });

  it('puts JSON and deletes, retrying a 5xx since both land the same when sent again', async () => {
    let calls = 0;
    const loop = await serve((request, response) => {
      calls++;
      if (calls === 1) return sendJson(response, 503, {});
      if (request.method === 'PUT') return response.writeHead(201).end();
      return response.writeHead(204).end();
    });
    const put = await client().http.putJson(loop.url('/issue/1/properties/p'), { links: [] });
    expect(put).toMatchObject({ status: 201, body: undefined });
    expect((await client().http.deleteJson(loop.url('/issue/1/properties/p'))).status).toBe(204);
    expect(loop.requests.map((request) => request.method)).toEqual(['PUT', 'PUT', 'DELETE']);
    expect(loop.requests[1]?.body).toBe('{"links":[]}');
    expect(loop.requests[2]?.headers['content-type']).toBeUndefined();
  });

  it('returns no body for 204', async () => {
    const loop = await serve((_request, response) => response.writeHead(204).end());
    expect((await client().http.postJson(loop.url(), {})).body).toBeUndefined();
  });

  it('calls a 2xx body that is not JSON invalid-response', async () => {
    const loop = await serve((_request, response) => response.writeHead(200).end('<html>'));
    const thrown = await failure(client().http.getJson(loop.url('/x?cursor=abc')));
    expect([thrown.code, thrown.status]).toEqual(['invalid-response', 200]);
    expect(thrown.message).toBe(
      `GET ${loop.origin}/x answered HTTP 200 with something that is not JSON`,
    );
  });
});

describe('timeouts', () => {
  it('gives up on a server that never answers, at the headers timeout, reporting the wait', async () => {
    const loop = await serve(() => {});
    const { http, events, fetches } = client({
      limits: { headersTimeoutMs: 200 },
      limitFlags: { headersTimeoutMs: '--timeout' },
      waitingEveryMs: 50,
    });
    const started = Date.now();
    const thrown = await failure(http.getJson(loop.url('/stall')));
    expect(Date.now() - started).toBeLessThan(1000);
    expect([thrown.code, thrown.limit]).toEqual(['timeout', 'headersTimeoutMs']);
    expect(thrown.message).toBe(
      `GET ${loop.origin}/stall got no answer within 200 ms, the headers timeout; raise it with --timeout`,
    );
    expect(fetches()).toBe(1);
    const waiting = ofType(events, 'waiting');
    expect(waiting.length).toBeGreaterThanOrEqual(2);
    expect(waiting[0]?.url).toBe(`${loop.origin}/stall`);
    expect(waiting[1]?.elapsedMs).toBeGreaterThan(
      waiting[0]?.elapsedMs ?? Number.POSITIVE_INFINITY,
    );
  });

  it('times out a fetch that ignores its abort signal', async () => {
    const { http } = client({
      fetch: () => new Promise(() => {}),
      limits: { headersTimeoutMs: 100 },
    });
    const started = Date.now();
    const thrown = await failure(http.getJson('https://example.test/deaf'));
    expect([thrown.code, thrown.limit]).toEqual(['timeout', 'headersTimeoutMs']);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('holds a trickling body to a deadline, which no idle timer would catch', async () => {
    const loop = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('[');
      loop.track(setInterval(() => response.write(' '), 50));
    });
    const { http } = client({ limits: { headersTimeoutMs: 200, bodyTimeoutMs: 400 } });
    const started = Date.now();
    const thrown = await failure(http.getJson(loop.url('/trickle')));
    const elapsed = Date.now() - started;
    expect([thrown.code, thrown.limit]).toEqual(['timeout', 'bodyTimeoutMs']);
    expect(thrown.message).toBe(
      `GET ${loop.origin}/trickle did not send its whole body within 400 ms of its headers, the body deadline`,
    );
    expect(elapsed).toBeGreaterThanOrEqual(350);
    expect(elapsed).toBeLessThan(1000);
  });

  it('leaves no timer behind, answered or refused', async () => {
    const timers = () =>
      process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
    const before = timers();
    const answers = [
      Response.json({ ok: true }),
      Response.json({ message: 'no' }, { status: 404 }),
    ];
    const { http } = client({ fetch: async () => answers.shift() ?? new Response(null) });
    await http.getJson('https://example.test/ok');
    await failure(http.getJson('https://example.test/missing'));
    expect(timers()).toBe(before);
  });
});

describe('size', () => {
  it('stops a body that streams past the cap', async () => {
    const loop = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = 'x'.repeat(16 * 1024);
      const flood = () => {
        while (!response.destroyed && response.write(chunk)) {}
      };
      response.on('drain', flood);
      flood();
    });
    const { http } = client({
      limits: { maxResponseBytes: 64 * 1024 },
      limitFlags: { maxResponseBytes: '--max-response-bytes' },
    });
    const thrown = await failure(http.getJson(loop.url('/flood')));
    expect([thrown.code, thrown.limit]).toEqual(['too-large', 'maxResponseBytes']);
    expect(thrown.message).toBe(
      `GET ${loop.origin}/flood sent a body larger than 64 KiB, the response size cap; raise it with --max-response-bytes`,
    );
  });

  it('stops at once when the declared length is past the cap', async () => {
    const loop = await serve((_request, response) => {
      response.writeHead(200, { 'content-length': String(10 * 1024 * 1024) });
      response.write('[');
    });
    const { http } = client({ limits: { maxResponseBytes: 1000, bodyTimeoutMs: 5000 } });
    const started = Date.now();
    const thrown = await failure(http.getJson(loop.url('/declared')));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(thrown.code).toBe('too-large');
    expect(thrown.message).toContain('larger than 1,000 bytes, the response size cap');
  });
});

describe('refusals', () => {
  it('carries the status and the server reason, redacted and shortened, without retrying', async () => {
    const loop = await serve((_request, response) =>
      sendJson(response, 400, {
        message: `token ${TOKEN} (${ENCODED}) is bad ${'because '.repeat(60)}`,
      }),
    );
    const { http, waits } = client();
    const thrown = await failure(http.getJson(loop.url('/bad'), { headers: AUTH }));
    expect([thrown.code, thrown.status]).toEqual(['refused', 400]);
    expect(thrown.serverMessage?.startsWith('token [redacted] ([redacted]) is bad because')).toBe(
      true,
    );
    expect(thrown.serverMessage?.length).toBe(300);
    expect(thrown.message).toBe(
      `GET ${loop.origin}/bad was refused with HTTP 400: ${thrown.serverMessage}`,
    );
    expect(loop.requests).toHaveLength(1);
    expect(waits).toEqual([]);
    expectNoToken(thrown);
  });

  it.each([
    ['Jira', { errorMessages: ['Issue does not exist'] }, 'Issue does not exist'],
    ['GraphQL', { errors: [{ message: 'Entity not found' }] }, 'Entity not found'],
    ['OAuth', { error: 'invalid_token', error_description: 'expired' }, 'expired'],
    ['an HTML page', '<html>Not found</html>', undefined],
  ])('reads the reason from a %s error body', async (_name, body, reason) => {
    const loop = await serve((_request, response) =>
      typeof body === 'string' ? response.writeHead(404).end(body) : sendJson(response, 404, body),
    );
    const thrown = await failure(client().http.getJson(loop.url()));
    expect([thrown.code, thrown.status, thrown.serverMessage]).toEqual(['refused', 404, reason]);
  });

  it('follows no redirect: one request, the Location named without credentials or token', async () => {
    const loop = await serve((request, response) => {
      response.writeHead(302, {
        location: `http://user:pw@127.0.0.1${request.url}&echo=${ENCODED}&raw=${TOKEN}`,
      });
      response.end();
    });
    const { http, waits, events } = client();
    const thrown = await failure(http.getJson(loop.url('/loop?n=1'), { headers: AUTH }));
    expect([thrown.code, thrown.status]).toEqual(['redirect', 302]);
    expect(thrown.message).toBe(
      `GET ${loop.origin}/loop answered HTTP 302, a redirect to http://127.0.0.1/loop?n=1&echo=[redacted]&raw=[redacted]; redirects are not followed (that would send the credentials on), so give the final URL`,
    );
    expect(thrown.message).not.toContain('user:pw');
    expect(loop.requests).toHaveLength(1);
    expect([waits, events]).toEqual([[], []]);
    expectNoToken(thrown);
  });

  it('does not retry a connection that is refused', async () => {
    const loop = await serve(() => {});
    const closed = loop.url('/gone');
    await loop.close();
    server = undefined;
    const { http, waits, fetches } = client();
    const thrown = await failure(http.getJson(closed));
    expect(thrown.code).toBe('network-error');
    expect(thrown.message).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/gone could not be reached \(fetch failed: .*ECONNREFUSED/,
    );
    expect([fetches(), waits]).toEqual([1, []]);
  });
});

describe('retries', () => {
  /** Answers `failures` in turn, then 200 with the request number. */
  function flaky(...failures: [number, Record<string, string>][]): LoopbackHandler {
    return (_request, response, number) => {
      const failing = failures[number - 1];
      if (failing === undefined) sendJson(response, 200, { number });
      else sendJson(response, failing[0], { message: 'busy' }, failing[1]);
    };
  }

  it('honours Retry-After: 0 on 429', async () => {
    const loop = await serve(flaky([429, { 'retry-after': '0' }]));
    const { http, waits, events } = client({ limits: { retryBudget: 3 } });
    expect((await http.getJson(loop.url('/a?cursor=x'))).body).toEqual({ number: 2 });
    expect(waits).toEqual([0]);
    expect(ofType(events, 'retry')).toEqual([
      { type: 'retry', status: 429, waitMs: 0, retriesLeft: 2, url: `${loop.origin}/a` },
    ]);
    expect(http.retriesLeft).toBe(2);
  });

  it('retries 503 with exponential backoff, then succeeds', async () => {
    const loop = await serve(flaky([503, {}], [503, {}]));
    const { http, waits, events } = client();
    expect((await http.getJson(loop.url())).body).toEqual({ number: 3 });
    expect(waits).toEqual([500, 1000]);
    expect(ofType(events, 'retry').map((event) => [event.status, event.retriesLeft])).toEqual([
      [503, 7],
      [503, 6],
    ]);
  });

  it('spends one budget for the whole run, across requests', async () => {
    const loop = await serve((_request, response) => sendJson(response, 503, {}));
    const { http, waits } = client({
      limits: { retryBudget: 2 },
      limitFlags: { retryBudget: '--retries' },
    });
    const first = await failure(http.getJson(loop.url('/one')));
    expect([first.code, first.status, first.limit]).toEqual(['server-error', 503, 'retryBudget']);
    expect(first.message).toBe(
      `GET ${loop.origin}/one answered HTTP 503, and all 2 retries of the run are used up, the retry budget; raise it with --retries`,
    );
    expect(loop.requests).toHaveLength(3);
    const second = await failure(http.getJson(loop.url('/two')));
    expect(second.limit).toBe('retryBudget');
    expect(loop.requests).toHaveLength(4);
    expect(waits).toHaveLength(2);
  });

  it('stops at once when Retry-After asks for more than the longest wait', async () => {
    const loop = await serve(flaky([429, { 'retry-after': '120' }]));
    const { http, waits } = client({
      limits: { maxRetryWaitMs: 1000 },
      limitFlags: { maxRetryWaitMs: '--max-retry-wait' },
    });
    const thrown = await failure(http.getJson(loop.url('/slow')));
    expect([thrown.code, thrown.status, thrown.limit, thrown.retryAfterMs]).toEqual([
      'rate-limited',
      429,
      'maxRetryWaitMs',
      120_000,
    ]);
    expect(thrown.message).toBe(
      `GET ${loop.origin}/slow answered HTTP 429 (too many requests) and asks to wait 120 s, longer than 1 s, the longest retry wait; raise it with --max-retry-wait`,
    );
    expect([loop.requests.length, waits]).toEqual([1, []]);
  });

  it('does not retry a 5xx when told the request is not safe to repeat', async () => {
    const loop = await serve(flaky([502, {}]));
    const thrown = await failure(
      client().http.postJson(loop.url(), {}, { retryServerErrors: false }),
    );
    expect([thrown.code, thrown.status, loop.requests.length]).toEqual(['server-error', 502, 1]);
  });

  it('retries an answer the caller calls rate limited (Linear: HTTP 400, RATELIMITED) from the budget', async () => {
    const limited = JSON.stringify({ errors: [{ extensions: { code: 'RATELIMITED' } }] });
    const loop = await serve((_request, response, number) => {
      if (number === 2) sendJson(response, 400, { errors: [{ message: 'bad query' }] });
      else sendJson(response, 400, JSON.parse(limited), { 'retry-after': '2' });
    });
    const { http, waits, events } = client({ limits: { retryBudget: 3 } });
    const isRateLimited = (status: number, body: string) =>
      status === 400 && body.includes('RATELIMITED');
    // The first answer is retried after Retry-After; the second is a plain refusal.
    const thrown = await failure(http.postJson(loop.url('/graphql'), {}, { isRateLimited }));
    expect([thrown.code, thrown.status]).toEqual(['refused', 400]);
    expect(waits).toEqual([2000]);
    expect(ofType(events, 'retry')).toEqual([
      { type: 'retry', status: 400, waitMs: 2000, retriesLeft: 2, url: `${loop.origin}/graphql` },
    ]);
    // Without the classifier, the same rate limit is refused at once.
    const plain = await failure(client().http.postJson(loop.url('/graphql'), {}));
    expect([plain.code, loop.requests.length]).toEqual(['refused', 3]);
  });

  it('names a rate limit it gives up on as rate-limited', async () => {
    const loop = await serve((_request, response) =>
      sendJson(response, 400, { errors: [{ extensions: { code: 'RATELIMITED' } }] }),
    );
    const { http } = client({ limits: { retryBudget: 1 } });
    const thrown = await failure(
      http.postJson(loop.url('/graphql'), {}, { isRateLimited: (status) => status === 400 }),
    );
    expect([thrown.code, thrown.status, thrown.limit]).toEqual([
      'rate-limited',
      400,
      'retryBudget',
    ]);
    expect(loop.requests).toHaveLength(2);
  });

  it('keeps reading when a progress listener throws', async () => {
    const loop = await serve(flaky([429, { 'retry-after': '0' }]));
    const { http } = client({
      onEvent: () => {
        throw new Error('printer broke');
      },
    });
    expect((await http.getJson(loop.url())).body).toEqual({ number: 2 });
  });
});

describe('refused before sending', () => {
  function reject(response: ServerResponse) {
    sendJson(response, 200, {});
  }

  it.each([
    [
      'an unparseable URL',
      () => 'not a url',
      {},
      [],
      'The URL "not a url" is not a valid absolute URL; nothing was sent',
    ],
    [
      'a URL that is not http',
      () => 'ftp://127.0.0.1/x',
      {},
      [],
      'The URL ftp://127.0.0.1/x is not http or https (it is ftp:); nothing was sent',
    ],
    [
      'a URL with credentials',
      (origin: string) => origin.replace('//', '//user:pw@'),
      {},
      [],
      'carries a user name or password',
    ],
    [
      'an unparseable URL with credentials',
      () => 'http://user:p w@[bad',
      {},
      [],
      'The URL is not a valid absolute URL; nothing was sent',
    ],
    [
      'a token with CR/LF',
      (origin: string) => origin,
      { authorization: `Bearer ${TOKEN}\r\nX-Evil: 1` },
      [],
      'The authorization header contains a line break',
    ],
    [
      'a secret with a newline',
      (origin: string) => origin,
      {},
      [`${TOKEN}\n`],
      'The token contains a line break',
    ],
    [
      'a header name with a space',
      (origin: string) => origin,
      { 'x bad': '1' },
      [],
      'A header name has characters',
    ],
  ])('%s', async (_name, url, headers, secrets, message) => {
    const loop = await serve((_request, response) => reject(response));
    const { http, fetches } = client(secrets.length === 0 ? {} : { secrets });
    const thrown = await failure(http.getJson(url(loop.origin), { headers }));
    expect(thrown.code).toBe('invalid-request');
    expect(thrown.message).toContain(message);
    expect(thrown.message).not.toContain('pw');
    expect(thrown.message).not.toContain(TOKEN);
    expect([fetches(), loop.requests.length]).toEqual([0, 0]);
  });

  it('refuses a limit that is not a usable number, naming its flag', () => {
    expect(() =>
      createHttpClient({
        secrets: [],
        limits: { maxPages: 0 },
        limitFlags: { maxPages: '--max-pages' },
      }),
    ).toThrow('The page cap (from --max-pages) must be a positive whole number; got 0');
  });

  it('refuses a body that cannot be JSON', async () => {
    const thrown = await failure(client().http.postJson('https://example.test/', { n: 1n }));
    expect([thrown.code, thrown.message]).toEqual([
      'invalid-request',
      'The request body cannot be written as JSON; nothing was sent',
    ]);
  });
});
