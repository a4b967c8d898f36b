// Reads a response body as text, counting bytes as they stream and stopping at the cap.
import { beforeDeadline, type Deadline } from './deadline';

export type BodyRead =
  | { ok: true; text: string; truncated: boolean }
  | { ok: false; reason: 'too-large' | 'broken' };

export interface ReadBodyOptions {
  maxBytes: number;
  /** Fails the read (with the deadline's own error) when it passes. */
  deadline: Deadline;
  /** `fail` for bodies we parse; `truncate` for error bodies we only quote. */
  overflow: 'fail' | 'truncate';
}

/**
 * The body as text. Never holds more than `maxBytes` (plus the one chunk that crossed it): a
 * declared Content-Length past the cap fails before reading, a streamed one as soon as it crosses.
 */
export async function readBodyText(
  response: Response,
  options: ReadBodyOptions,
): Promise<BodyRead> {
  const { maxBytes, deadline, overflow } = options;
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (overflow === 'fail' && Number.isFinite(declared) && declared > maxBytes) {
    discardBody(response);
    return { ok: false, reason: 'too-large' };
  }
  const body = response.body;
  if (body === null) return { ok: true, text: '', truncated: false };

  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await beforeDeadline(reader.read(), deadline);
      } catch {
        // After the deadline the read may fail with the abort's own error; report the deadline.
        const passed = deadline.reason();
        if (passed !== undefined) throw passed;
        return { ok: false, reason: 'broken' };
      }
      if (chunk.done) break;
      const room = maxBytes - bytes;
      if (chunk.value.byteLength > room) {
        if (overflow === 'fail') return { ok: false, reason: 'too-large' };
        parts.push(decoder.decode(chunk.value.subarray(0, room)));
        return { ok: true, text: parts.join(''), truncated: true };
      }
      bytes += chunk.value.byteLength;
      parts.push(decoder.decode(chunk.value, { stream: true }));
    }
  } finally {
    // Stops the transfer (and frees the connection) whenever we stop before the end.
    reader.cancel().catch(() => {});
  }
  parts.push(decoder.decode());
  return { ok: true, text: parts.join(''), truncated: false };
}

/** Lets the connection go without reading what is left. */
export function discardBody(response: Response): void {
  response.body?.cancel().catch(() => {});
}
