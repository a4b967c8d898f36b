// A real HTTP server on 127.0.0.1 that behaves as badly as a test asks: stalls, trickles, floods, echoes; a request log.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoggedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** The request, with its body read and its path and query as `url`. */
export type LoopbackHandler = (
  request: IncomingMessage & { body: string; url: string },
  response: ServerResponse,
  number: number,
) => void;

export interface Loopback {
  /** `http://127.0.0.1:<port><path>`. */
  url(path?: string): string;
  readonly origin: string;
  readonly requests: LoggedRequest[];
  /** Timers a handler started (trickles, floods), cleared on close. */
  track(timer: ReturnType<typeof setInterval>): void;
  close(): Promise<void>;
}

/** Listens on a free loopback port; only ever 127.0.0.1. */
export async function startLoopback(handler: LoopbackHandler): Promise<Loopback> {
  const requests: LoggedRequest[] = [];
  const timers: ReturnType<typeof setInterval>[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body,
      });
      handler(Object.assign(request, { body, url: request.url ?? '' }), response, requests.length);
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: (path = '/') => `${origin}${path}`,
    origin,
    requests,
    track: (timer) => {
      timers.push(timer);
    },
    close: async () => {
      for (const timer of timers) clearInterval(timer);
      // Stalled connections would keep close() waiting for ever.
      server.closeAllConnections();
      await new Promise<void>((closed) => server.close(() => closed()));
    },
  };
}

/** Answers JSON. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  response.end(text);
}
