// Plain-text tables for the terminal: columns padded to their widest cell, numbers right-aligned.
import stringWidth from 'string-width';
import { terminalText } from './terminal-text';

export interface Column {
  header: string;
  align?: 'left' | 'right';
}

interface Cell {
  text: string;
  /** Columns the text takes on screen: a wide CJK character or an emoji takes two. */
  width: number;
}

const cellOf = (raw: string): Cell => {
  const text = terminalText(raw);
  return { text, width: stringWidth(text) };
};

/** Every cell is user text made safe first, so a name keeps to its row and its column. */
export function textTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
): string {
  const table = [columns.map((column) => column.header), ...rows].map((row) =>
    columns.map((_, index) => cellOf(row[index] ?? '')),
  );
  const widths = columns.map(() => 0);
  for (const row of table) {
    for (const [index, cell] of row.entries()) {
      if (cell.width > (widths[index] ?? 0)) widths[index] = cell.width;
    }
  }
  const line = (cells: readonly Cell[]) =>
    cells
      .map((cell, index) => {
        const padding = ' '.repeat((widths[index] ?? cell.width) - cell.width);
        return columns[index]?.align === 'right' ? padding + cell.text : cell.text + padding;
      })
      .join('  ')
      .trimEnd();
  return table.map(line).join('\n');
}

export const percent = (share: number | null): string =>
  share === null ? '–' : `${Math.round(share * 100)}%`;
