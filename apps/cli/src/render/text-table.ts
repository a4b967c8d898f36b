// Text tables for the terminal: columns padded to their widest cell, numbers right-aligned, cells
// optionally coloured. Padding is measured on the safe text and colour goes around the padded
// cell, so escapes never count as width and user text never carries its own.
import stringWidth from 'string-width';
import { terminalText } from './terminal-text';

export interface Column {
  header: string;
  align?: 'left' | 'right';
}

/** SGR colours tables use; the only escape sequences they ever print. */
export const SGR = { red: '31', yellow: '33', green: '32', grey: '90', bold: '1' } as const;
export type Sgr = keyof typeof SGR;

/** User or server text (made terminal-safe here), with a colour when the table has colour on. */
export interface TableCell {
  text: string;
  colour?: Sgr;
}

export interface TableOptions {
  /** Paint coloured cells (a terminal that shows colour); off by default. */
  colour?: boolean;
  /** Put before every line. */
  indent?: string;
}

interface Cell {
  text: string;
  /** Columns the text takes on screen: a wide CJK character or an emoji takes two. */
  width: number;
  colour: Sgr | undefined;
}

const cellOf = (raw: string | TableCell): Cell => {
  const { text: given, colour } = typeof raw === 'string' ? { text: raw, colour: undefined } : raw;
  const text = terminalText(given);
  return { text, width: stringWidth(text), colour };
};

export const paint = (text: string, colour: Sgr | undefined, enabled: boolean): string =>
  enabled && colour !== undefined ? `\x1b[${SGR[colour]}m${text}\x1b[0m` : text;

/** Every cell is user text made safe first, so a name keeps to its row and its column. */
export function textTable(
  columns: readonly Column[],
  rows: readonly (readonly (string | TableCell)[])[],
  options: TableOptions = {},
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
    (options.indent ?? '') +
    cells
      .map((cell, index) => {
        const padding = ' '.repeat((widths[index] ?? cell.width) - cell.width);
        const padded =
          columns[index]?.align === 'right' ? padding + cell.text : cell.text + padding;
        return paint(padded, cell.colour, options.colour === true);
      })
      .join('  ')
      .trimEnd();
  return table.map(line).join('\n');
}

export const percent = (share: number | null): string =>
  share === null ? '–' : `${Math.round(share * 100)}%`;
