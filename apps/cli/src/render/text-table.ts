// Plain-text tables for the terminal: columns padded to their widest cell, numbers right-aligned.

export interface Column {
  header: string;
  align?: 'left' | 'right';
}

export function textTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
): string {
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    columns
      .map((column, index) => {
        const cell = cells[index] ?? '';
        const width = widths[index] ?? cell.length;
        return column.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((column) => column.header)), ...rows.map(line)].join('\n');
}

export const percent = (share: number | null): string =>
  share === null ? '–' : `${Math.round(share * 100)}%`;
