import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyAllocator, slugOf } from './key-allocator';
import { Key, slugify } from './primitives';

/** A generous bound for the large-input tests: linear code takes seconds, quadratic code hours. */
const LARGE_INPUT_MS = 60_000;

/** The allocator it replaces, which counted up from 2 for every duplicate: the reference. */
function countingKey(text: string, taken: Set<string>): string {
  const base = slugify(text);
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

describe('slugOf', () => {
  it('slugs as slugify does, ASCII or not', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...'aZ09 -_&.\t\nÉé'), maxLength: 70 });
    const anything = fc.string({ unit: 'grapheme', maxLength: 70 });
    fc.assert(
      fc.property(fc.oneof(ascii, anything, fc.string({ maxLength: 120 })), (text) => {
        expect(slugOf(text)).toBe(slugify(text));
      }),
      { numRuns: 2000 },
    );
    for (const text of [
      '',
      '---',
      'Note 123',
      'Sign up & pay',
      `${'ab '.repeat(16)}c`,
      'a'.repeat(60),
    ]) {
      expect(slugOf(text)).toBe(slugify(text));
    }
  });
});

describe('keyAllocator', () => {
  it('slugs names and numbers repeats from 2', () => {
    const keyOf = keyAllocator();
    expect(['Browse', 'Browse', 'Pay!', 'browse', 'Browse 2', ''].map(keyOf)).toEqual([
      'browse',
      'browse-2',
      'pay',
      'browse-3',
      'browse-2-2',
      'untitled',
    ]);
  });

  it('never gives a key the list already holds', () => {
    const keyOf = keyAllocator(['sign-up', 'sign-up-2', 'sign-up-4']);
    expect(['Sign up', 'Sign up', 'Sign up'].map(keyOf)).toEqual([
      'sign-up-3',
      'sign-up-5',
      'sign-up-6',
    ]);
  });

  it('skips a suffixed key another name took since', () => {
    const keyOf = keyAllocator();
    expect(keyOf('a')).toBe('a');
    expect(keyOf('a')).toBe('a-2');
    expect(keyOf('a 3')).toBe('a-3');
    expect(keyOf('a')).toBe('a-4');
  });

  it('keeps a claimed key while it is free, and varies it once taken', () => {
    const keys = keyAllocator(['pay']);
    expect(keys.claim('a--b')).toBe('a--b');
    expect(keys.claim('pay')).toBe('pay-2');
    expect(keys.claim('a--b')).toBe('a-b');
    expect(keys('Pay')).toBe('pay-3');
  });

  it('stays within the 64 characters of a key, however long the name', () => {
    const keys = keyAllocator();
    const long = 'a'.repeat(70);
    const longest = `${'b'.repeat(63)}c`;
    const given = [keys(long), keys(long), keys.claim(longest), keys.claim(longest)];
    for (const key of given) expect(Key.safeParse(key).success).toBe(true);
    expect(given).toEqual(['a'.repeat(48), `${'a'.repeat(48)}-2`, longest, 'b'.repeat(48)]);
  });

  it('gives the same keys as counting from 2, and only valid, distinct, untaken ones', () => {
    const name = fc.oneof(
      fc.constantFrom('Browse', 'browse', 'Browse 2', 'browse-2-2', 'Pay', '', '!!'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom('browse', 'browse-2', 'browse-3', 'pay-2', 'untitled')),
        fc.array(name, { maxLength: 30 }),
        (taken, names) => {
          const keyOf = keyAllocator(taken);
          const reference = new Set(taken);
          const keys = names.map(keyOf);
          expect(keys).toEqual(names.map((text) => countingKey(text, reference)));
          expect(new Set([...taken, ...keys]).size).toBe(taken.length + keys.length);
          for (const key of keys) expect(Key.safeParse(key).success).toBe(true);
        },
      ),
    );
  });

  it('names 100,000 stages alike in linear time', { timeout: LARGE_INPUT_MS }, () => {
    const keyOf = keyAllocator();
    const keys = Array.from({ length: 100_000 }, () => keyOf('Stage'));
    expect(keys[0]).toBe('stage');
    expect(keys.at(-1)).toBe('stage-100000');
    expect(new Set(keys).size).toBe(100_000);
  });
});
