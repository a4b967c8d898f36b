// Pairs each stage or lane of a fresh import with the one it re-imports: by source, name, then key.
import type { ItemSource } from '../model/primitives';
import { sourceKey } from '../model/primitives';

export interface Matchable {
  key: string;
  name: string;
  source?: ItemSource | undefined;
}

/** Workshop boards retype labels freely: "Sign Up" and "sign  up" name the same stage. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/\s+/g, '');
}

/** What an entry is matched by, from the strongest tie to the weakest; its name normalized once. */
const byKind: ((entry: Matchable, name: string) => string | undefined)[] = [
  (entry) => (entry.source ? sourceKey(entry.source) : undefined),
  // Name and key together first: when two entries share a name, the key tells them apart.
  (entry, name) => `${name}\u0000${entry.key}`,
  (_, name) => name,
  (entry) => entry.key,
];

/**
 * For each entry of `next`, the index of the `previous` entry it re-imports, or undefined for a new
 * one. Every source is tried before any name, so that a renamed element keeps its own match; each
 * previous entry is matched at most once, in list order, which makes a list match itself exactly.
 */
export function matchEntries(
  previous: readonly Matchable[],
  next: readonly Matchable[],
): (number | undefined)[] {
  const matches: (number | undefined)[] = next.map(() => undefined);
  const previousNames = previous.map((entry) => normalizeName(entry.name));
  const nextNames = next.map((entry) => normalizeName(entry.name));
  const claimed = new Set<number>();
  for (const matchKey of byKind) {
    const open = new Map<string, { indexes: number[]; cursor: number }>();
    previous.forEach((entry, index) => {
      if (claimed.has(index)) return;
      const key = matchKey(entry, previousNames[index] ?? '');
      if (key === undefined) return;
      const queue = open.get(key);
      if (queue) queue.indexes.push(index);
      else open.set(key, { indexes: [index], cursor: 0 });
    });
    next.forEach((entry, at) => {
      if (matches[at] !== undefined) return;
      const key = matchKey(entry, nextNames[at] ?? '');
      const queue = key === undefined ? undefined : open.get(key);
      if (!queue) return;
      const index = queue.indexes[queue.cursor];
      if (index === undefined) return;
      queue.cursor++;
      claimed.add(index);
      matches[at] = index;
    });
  }
  return matches;
}
