// JQL string literals: user and map text quoted so it can never end the string or add a clause.

/** `"…"` with `\` and `"` escaped, and line breaks written as escapes (JQL strings are one line). */
export function jqlString(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t');
  return `"${escaped}"`;
}
