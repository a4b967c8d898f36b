// Orders a merged list: the import's order, with what only the previous map had kept in place.

/**
 * `inNext` in its own order; each entry of `kept` (previous entries the import no longer has, by
 * previous id) goes right after the entry that preceded it in `previousIds`, or first when nothing
 * did. Entries of `inNext` that re-import a previous entry carry that entry's id.
 */
export function inNextOrder<T extends { id: string }>(
  previousIds: readonly string[],
  inNext: readonly T[],
  kept: ReadonlyMap<string, T>,
): T[] {
  const present = new Set(inNext.map((entry) => entry.id));
  const first: T[] = [];
  const after = new Map<string, T[]>();
  let anchor: string | undefined;
  for (const id of previousIds) {
    if (present.has(id)) {
      anchor = id;
      continue;
    }
    const entry = kept.get(id);
    if (!entry) continue;
    if (anchor === undefined) {
      first.push(entry);
      continue;
    }
    const followers = after.get(anchor);
    if (followers) followers.push(entry);
    else after.set(anchor, [entry]);
  }
  const ordered = [...first];
  for (const entry of inNext) {
    ordered.push(entry);
    for (const follower of after.get(entry.id) ?? []) ordered.push(follower);
  }
  return ordered;
}
