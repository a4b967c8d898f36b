// What a person types into the pain point and settings fields, read into the contract's values.

/** "35" or "35 %" → 0.35; "" → undefined (not scored); anything else → null (not a percentage). */
export function parseReach(text: string): number | undefined | null {
  const trimmed = text.trim().replace(/%$/, '').trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value / 100 : null;
}

/** 0.355 → "35.5": the reach as the field shows it. */
export function reachText(reach: number | undefined): string {
  return reach === undefined ? '' : String(Math.round(reach * 1000) / 10);
}

/** "Won't Do, Duplicate" → ["Won't Do", "Duplicate"]: one resolution per comma, blanks dropped. */
export function parseResolutions(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
