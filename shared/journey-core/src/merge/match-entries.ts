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

const byKind: ((entry: Matchable) => string | undefined)[] = [
  (entry) => (entry.source ? sourceKey(entry.source) : undefined),
  // Name and key together first: when two entries share a name, the key tells them apart.
  (entry) => `${normalizeName(entry.name)}\u0000${entry.key}`,
  (entry) => normalizeName(entry.name),
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
  const claimed = new Set<number>();
  for (const matchKey of byKind) {
    const open = new Map<string, { indexes: number[]; cursor: number }>();
    previous.forEach((entry, index) => {
      const key = matchKey(entry);
      if (key === undefined || claimed.has(index)) return;
      const queue = open.get(key);
      if (queue) queue.indexes.push(index);
      else open.set(key, { indexes: [index], cursor: 0 });
    });
    next.forEach((entry, at) => {
      const key = matchKey(entry);
      const queue = key === undefined ? undefined : open.get(key);
      if (matches[at] !== undefined || !queue) return;
      const index = queue.indexes[queue.cursor];
      if (index === undefined) return;
      queue.cursor++;
      claimed.add(index);
      matches[at] = index;
    });
  }
  return matches;
}
