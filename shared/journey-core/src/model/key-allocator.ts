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
export function keyAllocator(taken: Iterable<string> = []): KeyAllocator {
  const used = new Set(taken);
  const nextSuffix = new Map<string, number>();
  const take = (key: string) => {
    used.add(key);
    return key;
  };
  const fromText = (text: string) => {
    const base = slugify(text);
    if (!used.has(base)) return take(base);
    let suffix = nextSuffix.get(base) ?? 2;
    while (used.has(`${base}-${suffix}`)) suffix++;
    nextSuffix.set(base, suffix + 1);
    return take(`${base}-${suffix}`);
  };
  const claim = (key: string) => (used.has(key) ? fromText(key) : take(key));
  return Object.assign(fromText, { claim });
}
