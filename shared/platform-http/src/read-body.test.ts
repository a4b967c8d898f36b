import { describe, expect, it } from 'vitest';
import { startDeadline } from './deadline';
import { readBodyText } from './read-body';

const CHUNK = 4 * 1024;

/** An endless body that counts how many bytes were pulled from it. */
function endless() {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        pulled += CHUNK;
        controller.enqueue(new Uint8Array(CHUNK).fill(0x20));
      },
    },
    { highWaterMark: 0 },
  );
  return { response: new Response(body), pulled: () => pulled };
}

function deadline(milliseconds = 5_000) {
  return startDeadline(milliseconds, new AbortController(), () => new Error('deadline'));
}

describe('readBodyText', () => {
  it('stops an endless body within one chunk of the cap', async () => {
    const { response, pulled } = endless();
    const timer = deadline();
    const read = await readBodyText(response, {
      maxBytes: 64 * 1024,
      deadline: timer,
      overflow: 'fail',
    });
    timer.clear();
    expect(read).toEqual({ ok: false, reason: 'too-large' });
    expect(pulled()).toBeGreaterThan(64 * 1024);
    expect(pulled()).toBeLessThanOrEqual(64 * 1024 + 2 * CHUNK);
  });

  it('reads nothing when the declared length is past the cap', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled += 1;
          controller.enqueue(new Uint8Array(10));
        },
      },
      { highWaterMark: 0 },
    );
    const response = new Response(body, { headers: { 'content-length': '1000000' } });
    const timer = deadline();
    const read = await readBodyText(response, {
      maxBytes: 1000,
      deadline: timer,
      overflow: 'fail',
    });
    timer.clear();
    expect([read, pulled]).toEqual([{ ok: false, reason: 'too-large' }, 0]);
  });

  it('cuts an error body at the cap instead of failing', async () => {
    const { response } = endless();
    const timer = deadline();
    const read = await readBodyText(response, {
      maxBytes: 10,
      deadline: timer,
      overflow: 'truncate',
    });
    timer.clear();
    expect(read).toEqual({ ok: true, text: ' '.repeat(10), truncated: true });
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode('{"name":"Zoë ✓"}');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    const timer = deadline();
    const read = await readBodyText(new Response(body), {
      maxBytes: 100,
      deadline: timer,
      overflow: 'fail',
    });
    timer.clear();
    expect(read).toEqual({ ok: true, text: '{"name":"Zoë ✓"}', truncated: false });
  });

  it('fails with the deadline when the body outlasts it', async () => {
    const body = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => {}) });
    const timer = deadline(50);
    await expect(
      readBodyText(new Response(body), { maxBytes: 100, deadline: timer, overflow: 'fail' }),
    ).rejects.toThrow('deadline');
  });

  it('calls a body that breaks off broken', async () => {
    const body = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.error(new Error('socket hang up')),
    });
    const timer = deadline();
    const read = await readBodyText(new Response(body), {
      maxBytes: 100,
      deadline: timer,
      overflow: 'fail',
    });
    timer.clear();
    expect(read).toEqual({ ok: false, reason: 'broken' });
  });
});
