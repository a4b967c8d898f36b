// Text as the core keeps it: no terminal or layout control characters, one kind of line break.

/**
 * The C0 controls other than tab and line feed, DEL and the C1 controls (Unicode's `Cc`): invisible in an editor, yet a
 * terminal acts on them (`ESC [31m`, the one-character CSI U+009B). CR is matched to become LF.
 */
const CONTROLS = /\r\n?|(?![\t\n])\p{Cc}/gu;
const ANY_CONTROL = /(?![\t\n])\p{Cc}/u;

/** Bidirectional embedding, override and isolate controls: they can make text read out of order. */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * `text` without C0 controls (tab and line feed stay), DEL or C1 controls, CRLF and lone CR made
 * LF. Bidi controls stay: they can be meant (an Arabic name in a Latin sentence), so `validateMap`
 * flags them instead. Idempotent; returns `text` itself when there is nothing to clean.
 */
export function cleanText(text: string): string {
  if (!ANY_CONTROL.test(text)) return text;
  return text.replace(CONTROLS, (found) => (found.charCodeAt(0) === 0x0d ? '\n' : ''));
}
