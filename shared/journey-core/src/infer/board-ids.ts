// Map ids derived from board item ids, so that a re-import of the same board gives the same ids.
import { idAllocator, MAX_BASE_LENGTH } from '../merge/id-allocator';

/**
 * `raw` made a valid id: runs of whitespace and control characters (Miro's numeric item ids have
 * none) become `_`, then it is cut to leave room for an allocator's `-<n>` suffix.
 */
export function safeId(raw: string): string {
  return raw.replace(/[\s\p{Cc}]+/gu, '_').slice(0, MAX_BASE_LENGTH) || '_';
}

/** Hands out `<prefix><item id>` ids, unique across the map even if two item ids collapse. */
export function boardIds(): (prefix: string, itemId: string) => string {
  const allocate = idAllocator([]);
  return (prefix, itemId) => allocate(safeId(`${prefix}${itemId}`));
}
