// A share done as a bar of block characters, for terminal tables: `███████░░░  70%`.

const FULL = '█';
const EMPTY = '░';

/** `width` cells of bar then the percentage; a dash in place of both when nothing measures progress. */
export function progressBar(share: number | null, width = 10): string {
  if (share === null) return `${' '.repeat(width)}     –`;
  const clamped = Math.min(1, Math.max(0, share));
  const filled = Math.round(clamped * width);
  const percent = `${Math.round(clamped * 100)}%`.padStart(4);
  return `${FULL.repeat(filled)}${EMPTY.repeat(width - filled)} ${percent}`;
}
