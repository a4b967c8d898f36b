// Terminal tables whose cells may be coloured: padding is measured on the safe text, and the colour
// goes around the padded cell, so escapes never count as width and user text never carries its own.
import stringWidth from 'string-width';
import { terminalText } from './terminal-text';

/** SGR colours the table uses; the only escape sequences it ever prints. */
export const SGR = { red: '31', yellow: '33', green: '32', grey: '90', bold: '1' } as const;
export type Sgr = keyof typeof SGR;

export interface TableCell {
  /** User or server text: made terminal-safe here. */
  text: string;
  colour?: Sgr;
}

export interface TableColumn {
  header: string;
  align?: 'left' | 'right';
}

export const paint = (text: string, colour: Sgr | undefined, enabled: boolean): string =>
  enabled && colour !== undefined ? `\x1b[${SGR[colour]}m${text}\x1b[0m` : text;

export function colouredTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly TableCell[])[],
  options: { colour: boolean; indent?: string },
): string {
  const headers: TableCell[] = columns.map((column) => ({ text: column.header }));
  const table = [headers, ...rows].map((row) =>
    columns.map((_, index) => {
      const cell = row[index] ?? { text: '' };
      const text = terminalText(cell.text);
      return { text, width: stringWidth(text), colour: cell.colour };
    }),
  );
  const widths = columns.map((_, index) => Math.max(...table.map((row) => row[index]?.width ?? 0)));
  const indent = options.indent ?? '';
  return table
    .map((row) =>
      row
        .map((cell, index) => {
          const padding = ' '.repeat((widths[index] ?? cell.width) - cell.width);
          const padded =
            columns[index]?.align === 'right' ? padding + cell.text : cell.text + padding;
          return paint(padded, cell.colour, options.colour);
        })
        .join('  ')
        .trimEnd(),
    )
    .map((line) => indent + line)
    .join('\n');
}
