// Unique slug keys for the entries of one list, handed out in linear time however many names repeat.
import { slugify } from './primitives';

/** Hands out keys that no entry of the list holds yet, recording each one it gives. */
export interface KeyAllocator {
  /** `slugify(text)` while it is free, else the first free `slugify(text)-<n>`, n from 2. */
  (text: string): string;
  /** `key` itself while it is free (an entry keeps the key it came with), else as above. */
  claim(key: string): string;
}

/**
 * A key allocator for a list whose entries already hold `taken`. It remembers, per slug, the next
 * suffix to try, so a run of equal names costs one step each instead of a count from 2 every time:
 * 100,000 stages named alike take linear time. A slug is at most 48 characters, which leaves the
 * Key schema's 64 room for a 15-digit suffix, more than any list can use.
 */
/** The longest slug `slugify` gives. */
const SLUG_LENGTH = 48;

/**
 * `slugify(text)`, read off in one pass when the text is ASCII, which normalizing leaves as it
 * is: a key per entry, and a large board raises thousands of entries, each a chain of regular
 * expressions otherwise. Any other text goes to `slugify`.
 */
export function slugOf(text: string): string {
  let slug = '';
  let run = -1;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 0x20;
    if (code >= 0x80) return slugify(text);
    const kept =
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a);
    if (kept && run < 0) run = index;
    if (!kept && run >= 0) {
      slug = slug === '' ? text.slice(run, index) : `${slug}-${text.slice(run, index)}`;
      run = -1;
      if (slug.length >= SLUG_LENGTH) break;
    }
  }
  // Cut as slugify cuts, which may leave a dash at the end to drop.
  let end = Math.min(slug.length, SLUG_LENGTH);
  while (end > 0 && slug.charCodeAt(end - 1) === 0x2d) end--;
  const cut = end === slug.length ? slug : slug.slice(0, end);
  return cut === '' ? 'untitled' : cut.toLowerCase();
}

export function keyAllocator(taken: Iterable<string> = []): KeyAllocator {
  const used = new Set(taken);
  const nextSuffix = new Map<string, number>();
  const take = (key: string) => {
    used.add(key);
    return key;
  };
  const fromText = (text: string) => {
    const base = slugOf(text);
    if (!used.has(base)) return take(base);
    let suffix = nextSuffix.get(base) ?? 2;
    while (used.has(`${base}-${suffix}`)) suffix++;
    nextSuffix.set(base, suffix + 1);
    return take(`${base}-${suffix}`);
  };
  const claim = (key: string) => (used.has(key) ? fromText(key) : take(key));
  return Object.assign(fromText, { claim });
}
