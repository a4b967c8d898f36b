// Bytes from a user's file to text: UTF-8 only, refused at the first bad byte rather than patched
// with U+FFFD, and with the byte-order mark many Windows tools write accepted and dropped.

const decoder = new TextDecoder('utf-8', { fatal: true });

export type Utf8Result =
  | { ok: true; text: string }
  | { ok: false; offset: number; byte: number | undefined; utf16: boolean };

/** The text, or where it stops being UTF-8: the offset of the first byte of the bad sequence. */
export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  try {
    // The decoder drops a leading BOM (EF BB BF) by itself.
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidOffset(bytes);
    const utf16 =
      (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    return { ok: false, offset, byte: bytes[offset], utf16 };
  }
}

/** Where a UTF-8 validator (the WHATWG decoder's byte ranges) first fails. */
export function firstInvalidOffset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let needed: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) needed = 1;
    else if (lead === 0xe0) [needed, lower] = [2, 0xa0];
    else if (lead === 0xed) [needed, upper] = [2, 0x9f];
    else if (lead >= 0xe1 && lead <= 0xef) needed = 2;
    else if (lead === 0xf0) [needed, lower] = [3, 0x90];
    else if (lead === 0xf4) [needed, upper] = [3, 0x8f];
    else if (lead >= 0xf1 && lead <= 0xf3) needed = 3;
    else return index;
    for (let next = 1; next <= needed; next++) {
      const byte = bytes[index + next];
      if (byte === undefined || byte < lower || byte > upper) return index;
      lower = 0x80;
      upper = 0xbf;
    }
    index += needed + 1;
  }
  return bytes.length;
}
