import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidOffset } from './utf8-text';

const bytes = (...values: number[]) => Uint8Array.from(values);
const fatal = new TextDecoder('utf-8', { fatal: true });
const isUtf8 = (data: Uint8Array) => {
  try {
    fatal.decode(data);
    return true;
  } catch {
    return false;
  }
};

describe('decodeUtf8', () => {
  it('drops a leading byte-order mark', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({ ok: true, text: '{}' });
  });

  it.each([
    ['a lone continuation byte', bytes(0x61, 0x80, 0x62), 1, 0x80],
    ['a Latin-1 é', bytes(0x63, 0x61, 0x66, 0xe9), 3, 0xe9],
    ['a sequence cut short', bytes(0x61, 0x62, 0xe2, 0x82), 2, 0xe2],
    ['an overlong slash', bytes(0xc0, 0xaf), 0, 0xc0],
    ['an encoded surrogate', bytes(0x61, 0xed, 0xa0, 0x80), 1, 0xed],
    ['a code point past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0, 0xf4],
    ['0xFF', bytes(0x7b, 0x22, 0xff), 2, 0xff],
  ])('refuses %s at the offset of its first byte', (_case, data, offset, byte) => {
    expect(decodeUtf8(data)).toEqual({ ok: false, offset, byte, utf16: false });
  });

  it('recognises UTF-16 by its byte-order mark', () => {
    expect(decodeUtf8(bytes(0xff, 0xfe, 0x7b, 0x00))).toMatchObject({ ok: false, utf16: true });
  });

  it('agrees with the platform decoder, and what comes before the offset is valid', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.string(), (noise, text) => {
        const encoded = new TextEncoder().encode(text);
        const data = new Uint8Array([...encoded, ...noise]);
        const offset = firstInvalidOffset(data);
        expect(offset === data.length).toBe(isUtf8(data));
        expect(isUtf8(data.subarray(0, offset))).toBe(true);
        expect(offset).toBeGreaterThanOrEqual(encoded.length);
      }),
    );
  });
});
