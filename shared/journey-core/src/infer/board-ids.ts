// Map ids derived from board item ids, so that a re-import of the same board gives the same ids.
import { idAllocator } from '../merge/id-allocator';

/** Room under the 128-character id limit for an allocator's `-<n>` suffix. */
const MAX_ID_LENGTH = 120;

/** Whitespace or a control character; Miro's numeric item ids have none. */
const UNSAFE = /[\s\p{Cc}]/u;

/** `raw` made a valid id: runs of whitespace and control characters become `_`, then cut short. */
export function safeId(raw: string): string {
  const id = UNSAFE.test(raw) ? raw.replace(/[\s\p{Cc}]+/gu, '_') : raw;
  if (id === '') return '_';
  return id.length > MAX_ID_LENGTH ? id.slice(0, MAX_ID_LENGTH) : id;
}

/** Hands out `<prefix><item id>` ids, unique across the map even if two item ids collapse. */
export function boardIds(): (prefix: string, itemId: string) => string {
  const allocate = idAllocator([]);
  return (prefix, itemId) => allocate(safeId(`${prefix}${itemId}`));
}
