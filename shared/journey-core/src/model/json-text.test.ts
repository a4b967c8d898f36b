import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonText } from './json-text';

/** Raw characters a terminal or browser acts on: controls, separators, bidi controls. */
const RAW_UNSAFE = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]|(?![\n])\p{Cc}/u;

describe('jsonText', () => {
  it('writes what JSON.stringify writes, two-space indented with a trailing newline', () => {
    const value = { title: 'Checkout', stages: [{ id: 's1', name: 'Pay' }], score: 0.5 };
    expect(jsonText(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it.each([
    ['a C1 control (CSI)', '\u009b31m', '"\\u009b31m"'],
    ['DEL', 'a\u007f', '"a\\u007f"'],
    ['the line and paragraph separators', '\u2028\u2029', '"\\u2028\\u2029"'],
    ['a bidi override and isolate', '\u202e\u2066', '"\\u202e\\u2066"'],
    ['ESC, which JSON.stringify escapes itself', '\u001b[0m', '"\\u001b[0m"'],
  ])('escapes %s', (_, text, written) => {
    expect(jsonText(text)).toBe(`${written}\n`);
  });

  it('writes undefined, which JSON cannot say, as null', () => {
    expect(jsonText(undefined)).toBe('null\n');
  });

  it('reads back as the same value, with no raw unsafe character in the text', () => {
    const unsafe = fc.constantFrom('\u0085', '\u009b', '\u007f', '\u2028', '\u2029', '\u202e');
    const text = fc
      .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), unsafe), { maxLength: 8 })
      .map((parts) => parts.join(''));
    const value = fc.oneof(
      text,
      fc.array(text, { maxLength: 4 }),
      fc.dictionary(text, text, { maxKeys: 4, noNullPrototype: true }),
    );
    fc.assert(
      fc.property(value, (x) => {
        const written = jsonText(x);
        expect(written).not.toMatch(RAW_UNSAFE);
        expect(JSON.parse(written)).toStrictEqual(x);
      }),
    );
  });
});
