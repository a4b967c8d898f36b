// Gives entries from an import ids that do not collide with the ids a map already uses.

/** Room left under the 128-character id limit for a `-<n>` suffix. */
export const MAX_BASE_LENGTH = 120;

/**
 * Returns a function that hands out `wanted` when it is free, otherwise `wanted-2`, `wanted-3`…;
 * the same inputs in the same order always give the same ids.
 */
export function idAllocator(taken: Iterable<string>): (wanted: string) => string {
  const used = new Set(taken);
  const nextSuffix = new Map<string, number>();
  return (wanted) => {
    let id = wanted;
    if (used.has(id)) {
      const base = wanted.slice(0, MAX_BASE_LENGTH);
      let suffix = nextSuffix.get(base) ?? 2;
      for (id = `${base}-${suffix}`; used.has(id); id = `${base}-${suffix}`) suffix++;
      nextSuffix.set(base, suffix + 1);
    }
    used.add(id);
    return id;
  };
}
