// Header and frame text as a stage or lane name: one line, single spaces, within the name limit.

/** The `Name` schema's limit on a stage or lane name. */
const MAX_NAME_LENGTH = 500;

/** "  Sign\n  up " → "Sign up": trimmed, every run of whitespace made one space. */
export function plainName(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH).trim();
}
