// Header and frame text as a stage or lane name: one line, single spaces, within the name limit.
import { MAX_NAME_LENGTH } from '../model/primitives';

/** "  Sign\n  up " → "Sign up": trimmed, every run of whitespace made one space. */
export function plainName(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH).trim();
}
