// Terminal-safe text: the one place user and server text is made fit to print on a terminal.
// Names, titles, paths and messages come from files and servers; a control character in them
// could recolour, retitle or rewrite the terminal, and a newline would forge a table row. Every
// table, report line, warning and error goes through here, so each shows as visible escapes.

/**
 * Characters a terminal acts on or hides instead of showing: controls (`Cc`: C0, DEL, C1), format
 * characters (`Cf`: bidi embeddings, overrides, isolates and marks, zero-width spaces, the BOM,
 * tag characters) and the line and paragraph separators. The zero-width joiner and non-joiner
 * stay: emoji sequences and several scripts need them, and they move nothing.
 */
const UNSAFE = /(?![\u200c\u200d])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(character: string): string {
  const named = NAMED[character];
  if (named !== undefined) return named;
  const code = character.codePointAt(0) ?? 0;
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\u{${code.toString(16)}}`;
}

/** The text on one line, every control or invisible character shown as an escape (`\x1b`, `\n`, `\u202e`). */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, visible);
}

/**
 * A template tag for report lines: `term\`  - ${title} [${stage}]\``. The literal parts are ours
 * and printed as written; every interpolated value is user or server text and is made safe.
 */
export function term(literals: TemplateStringsArray, ...values: readonly unknown[]): string {
  let line = literals[0] ?? '';
  for (let index = 0; index < values.length; index++) {
    line += terminalText(String(values[index])) + (literals[index + 1] ?? '');
  }
  return line;
}
