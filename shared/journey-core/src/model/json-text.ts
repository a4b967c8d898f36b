// JSON text as the core writes it: pretty-printed, and safe to print to a terminal or a web page.

/**
 * Characters JSON.stringify leaves raw that a terminal or a browser acts on: DEL and the C1
 * controls, the JavaScript line and paragraph separators, and the bidi controls. (It escapes the
 * C0 controls itself.) They can only stand inside string literals, where `\uXXXX` means the same.
 */
const UNSAFE = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const escaped = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * `value` as JSON, two-space indented with a trailing newline; `JSON.parse` gives back an equal
 * value, and the text holds no raw control, separator or bidi character. `undefined`, which JSON
 * cannot say, is written as `null`.
 */
export function jsonText(value: unknown): string {
  const text = JSON.stringify(value, null, 2) ?? 'null';
  return `${text.replace(UNSAFE, escaped)}\n`;
}
