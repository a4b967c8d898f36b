import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { term, terminalText } from './terminal-text';
import { textTable } from './text-table';

/** A character a terminal would act on or hide: what must never reach it raw. */
const RAW_UNSAFE = /(?![\u200c\u200d])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

describe('terminalText', () => {
  it.each([
    ['an SGR colour sequence', 'red\u001b[31m!', 'red\\x1b[31m!'],
    ['an OSC title sequence ended by BEL', '\u001b]0;pwned\u0007x', '\\x1b]0;pwned\\x07x'],
    ['a C1 CSI', 'a\u009b2Jb', 'a\\x9b2Jb'],
    ['a newline that would forge a row', 'Sign up\nFake row', 'Sign up\\nFake row'],
    ['a carriage return that would overwrite the line', 'ok\rEVIL', 'ok\\rEVIL'],
    ['a tab', 'a\tb', 'a\\tb'],
    ['a right-to-left override', 'abc\u202edcba', 'abc\\u202edcba'],
    ['a bidi isolate', '\u2066x\u2069', '\\u2066x\\u2069'],
    ['a zero-width space', 'pay\u200bment', 'pay\\u200bment'],
    ['a tag character', 'flag\u{e0041}', 'flag\\u{e0041}'],
    ['DEL and NUL', 'a\u007f\u0000', 'a\\x7f\\x00'],
  ])('shows %s as a visible escape', (_case, text, shown) => {
    expect(terminalText(text)).toBe(shown);
  });

  it.each([
    'First bill — higher than quoted',
    'Feeling 😊 at checkout',
    'Überweisung & Zahlung',
    '注文の確認',
    'שלום',
    'family 👨‍👩‍👧 and می‌خواهم',
  ])('leaves ordinary text as it is: %s', (text) => {
    expect(terminalText(text)).toBe(text);
  });

  it('never lets an unsafe character through, and keeps one line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const shown = terminalText(text);
        expect(shown).not.toMatch(RAW_UNSAFE);
        expect(shown).not.toContain('\n');
      }),
    );
  });

  it('escapes what is interpolated into a report line, never the line itself', () => {
    const title = 'Onboarding\u001b[2J';
    expect(term`  - ${title} [${'Sign\nup'}]\n`).toBe('  - Onboarding\\x1b[2J [Sign\\nup]\n');
  });
});

describe('textTable', () => {
  it('keeps a name with a newline on its own row', () => {
    const table = textTable(
      [{ header: 'Stage' }, { header: 'Work', align: 'right' }],
      [
        ['Discover\nFake  99', '2'],
        ['Sign up', '3'],
      ],
    );
    expect(table.split('\n')).toEqual([
      'Stage               Work',
      'Discover\\nFake  99     2',
      'Sign up                3',
    ]);
  });

  it('aligns columns by what the terminal shows, counting wide characters twice', () => {
    const table = textTable(
      [{ header: 'Stage' }, { header: 'Work', align: 'right' }],
      [
        ['注文', '1'],
        ['Pay 😊', '22'],
      ],
    );
    const [, first, second] = table.split('\n');
    expect(first).toBe('注文       1');
    expect(second).toBe('Pay 😊    22');
  });
});
