import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BIDI_CONTROL, cleanText } from './clean-text';

/** Every character `cleanText` must not let through. */
const CONTROL = /(?![\t\n])\p{Cc}/u;

describe('cleanText', () => {
  it.each([
    ['plain text', 'Sign up & pay', 'Sign up & pay'],
    ['tab and line feed', 'a\tb\nc', 'a\tb\nc'],
    ['CRLF', 'first\r\nsecond', 'first\nsecond'],
    ['a lone CR', 'first\rsecond\r', 'first\nsecond\n'],
    ['CR CR LF', 'a\r\r\nb', 'a\n\nb'],
    ['an ANSI colour', '\u001b[31mred\u001b[0m', '[31mred[0m'],
    ['NUL, BEL, BS, VT, FF', 'a\u0000\u0007\u0008\u000b\u000cb', 'ab'],
    ['DEL', 'de\u007fl', 'del'],
    ['C1 controls, the one-character CSI included', '\u0080a\u009b31m\u009f', 'a31m'],
    ['a control between CR and LF', 'a\r\u0001\nb', 'a\n\nb'],
    [
      'bidi controls, which stay',
      'user\u202etxt.exe \u2066x\u2069',
      'user\u202etxt.exe \u2066x\u2069',
    ],
    ['non-breaking space and accents', 'caf\u00e9\u00a0bar', 'caf\u00e9\u00a0bar'],
    ['emoji and a lone surrogate', '\u{1f600} \ud800', '\u{1f600} \ud800'],
  ])('%s', (_, text, cleaned) => {
    expect(cleanText(text)).toBe(cleaned);
  });

  it('gives clean text back as it is', () => {
    const text = 'nothing to do here';
    expect(cleanText(text)).toBe(text);
  });

  it('lets no control character but tab and line feed through, and is idempotent', () => {
    const controls = fc.constantFrom(
      '\r',
      '\r\n',
      '\n',
      '\t',
      '\u0000',
      '\u001b',
      '\u007f',
      '\u0085',
      '\u009b',
      '\u202e',
    );
    const text = fc
      .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), controls), { maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (raw) => {
        const cleaned = cleanText(raw);
        expect(cleaned).not.toMatch(CONTROL);
        expect(cleanText(cleaned)).toBe(cleaned);
        // Only controls go: every other character stays, in order, bidi controls included.
        expect(cleaned.replaceAll('\n', '')).toBe(raw.replace(/\r\n?|\n|(?![\t])\p{Cc}/gu, ''));
      }),
    );
  });
});

describe('BIDI_CONTROL', () => {
  it.each([
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
  ])('finds U+%s', (char) => {
    expect(BIDI_CONTROL.test(`a${char}b`)).toBe(true);
  });

  it.each(['\u200e', '\u200f', '\u061c', 'plain'])('does not flag %j', (text) => {
    expect(BIDI_CONTROL.test(text)).toBe(false);
  });
});
