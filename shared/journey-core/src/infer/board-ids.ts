// Map ids derived from board item ids, so that a re-import of the same board gives the same ids.
import { idAllocator, MAX_BASE_LENGTH } from '../merge/id-allocator';

/**
 * `raw` made a valid id: runs of whitespace and control characters (Miro's numeric item ids have
 * none) become `_`, then it is cut to leave room for an allocator's `-<n>` suffix.
 */
export function safeId(raw: string): string {
  if (raw.length > 0 && raw.length <= MAX_BASE_LENGTH && isPrintableAscii(raw)) return raw;
  return raw.replace(/[\s\p{Cc}]+/gu, '_').slice(0, MAX_BASE_LENGTH) || '_';
}

/**
 * Whether every character is printable ASCII, none of them whitespace or a control: such an id
 * is safe as it is, and a map names one per sticky, so the check must cost less than the regex.
 */
function isPrintableAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code <= 0x20 || code >= 0x7f) return false;
  }
  return true;
}

/**
 * Whether `<prefix><id>` is a valid id as it stands for every one of the ids: then items of
 * distinct ids get distinct map ids, with no allocator (a set of every id) to keep them apart.
 */
export function idsStandAsTheyAre(prefix: string, ids: readonly string[]): boolean {
  const longest = MAX_BASE_LENGTH - prefix.length;
  if (!isPrintableAscii(prefix)) return false;
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index] ?? '';
    if (id.length === 0 || id.length > longest || !isPrintableAscii(id)) return false;
  }
  return true;
}

/** Hands out `<prefix><item id>` ids, unique across the map even if two item ids collapse. */
export function boardIds(): (prefix: string, itemId: string) => string {
  const allocate = idAllocator([]);
  return (prefix, itemId) => allocate(safeId(`${prefix}${itemId}`));
}
