// What a person types into the pain point and settings fields, read into the contract's values.
// Scores are read by the core's `parseScore`, as the Miro panel reads them.
import { formatScore, parseScore } from '@throughline/journey-core';

/** "35" or "35 %" → 0.35; "" → undefined (not scored); anything else → null (not a percentage). */
export function parseReach(text: string): number | undefined | null {
  const read = parseScore('reach', text);
  if (read.kind === 'empty') return undefined;
  return read.kind === 'value' ? read.value : null;
}

/** 0.355 → "35.5": the reach as the field shows it. */
export function reachText(reach: number | undefined): string {
  return formatScore('reach', reach);
}

/** "Won't Do, Duplicate" → ["Won't Do", "Duplicate"]: one resolution per comma, blanks dropped. */
export function parseResolutions(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
