import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cleanText } from './clean-text';
import { parseJson, parseWith } from './parse-document';

const readJson = (text: string): unknown => {
  const parsed = parseJson(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  return parsed.value;
};

describe('parseJson', () => {
  it('says when the text is not JSON', () => {
    const parsed = parseJson('{ "title": ');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.diagnostics[0]).toMatchObject({ code: 'invalid-json', path: [] });
  });

  it.each([
    ['an escaped ESC', String.raw`{"text": "\u001b[31mred"}`, { text: '[31mred' }],
    ['a raw CSI (U+009B)', '{"text": "\u009b31mred"}', { text: '31mred' }],
    ['an escaped C1 control', String.raw`{"text": "a\u0085b\u009Fc"}`, { text: 'abc' }],
    ['escaped CRLF and a lone CR', String.raw`["a\r\nb\rc"]`, ['a\nb\nc']],
    ['backspace and form feed escapes', String.raw`["a\bb\fc"]`, ['abc']],
    ['DEL, raw and escaped', '["a\u007fb\\u007Fc"]', ['abc']],
    ['a string as the whole document', String.raw`"\u0007bell"`, 'bell'],
    [
      'strings deep in arrays and objects',
      String.raw`{"a": [1, {"b": ["\u0001x"]}], "c": null}`,
      { a: [1, { b: ['x'] }], c: null },
    ],
    ['a backslash and an r, which are no CR', String.raw`["C:\\root"]`, ['C:\\root']],
    [
      'tabs, line feeds and bidi controls, which stay',
      String.raw`["a\tb\nc\u202ed"]`,
      ['a\tb\nc\u202ed'],
    ],
  ])('cleans %s', (_, text, value) => {
    expect(readJson(text)).toStrictEqual(value);
  });

  it('cleans object keys, the later of two keys that clean alike winning, as in JSON', () => {
    expect(readJson(String.raw`{"ti\u0007tle": "T", "x": {"a\u001b": 1, "a": 2}}`)).toStrictEqual({
      title: 'T',
      x: { a: 2 },
    });
    expect(readJson(String.raw`{"a": 2, "a\u001b": 1}`)).toStrictEqual({ a: 1 });
  });

  it('keeps a cleaned `__proto__` key a plain key, never a prototype', () => {
    const value = readJson(String.raw`{"__proto__\u0001": {"polluted": true}}`) as object;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('cleans a deeply nested document without overflowing the call stack', () => {
    const depth = 100_000;
    const text = `${'['.repeat(depth)}"\\u0001x"${']'.repeat(depth)}`;
    let value = readJson(text);
    for (let level = 0; level < depth; level++) value = (value as unknown[])[0];
    expect(value).toBe('x');
  });

  it('gives any JSON value back with every string and key through cleanText', () => {
    const cleaned = (value: unknown): unknown => {
      if (typeof value === 'string') return cleanText(value);
      if (Array.isArray(value)) return value.map(cleaned);
      if (typeof value !== 'object' || value === null) return value;
      const copy = {};
      for (const [key, entry] of Object.entries(value)) {
        Object.defineProperty(copy, cleanText(key), {
          value: cleaned(entry),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return copy;
    };
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary', maxDepth: 3 }), (value) => {
        const text = JSON.stringify(value);
        expect(readJson(text)).toStrictEqual(cleaned(JSON.parse(text)));
      }),
    );
  });
});

describe('parseWith', () => {
  const Point = z.object({ x: z.number() });

  it('gives the parsed value, or every problem with its path', () => {
    expect(parseWith(Point, { x: 1 })).toEqual({ ok: true, value: { x: 1 } });
    const bad = parseWith(Point, { x: 'one' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.diagnostics[0]).toMatchObject({ code: 'invalid-value', path: ['x'] });
  });
});
