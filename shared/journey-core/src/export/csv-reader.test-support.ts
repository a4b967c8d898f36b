// Reads CSV back the way RFC 4180 defines it, so tests can check what a spreadsheet would get.

/** A strict RFC 4180 reader: CRLF records, quotes only around whole fields, every record ended. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let at = 0; at < text.length; at++) {
    const char = text.charAt(at);
    if (quoted) {
      if (char !== '"') field += char;
      else if (text.charAt(at + 1) === '"') {
        field += '"';
        at++;
      } else quoted = false;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text.charAt(at + 1) === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      at++;
    } else if (char === '"' || char === '\r' || char === '\n') {
      throw new Error(`unquoted ${JSON.stringify(char)} at ${at}`);
    } else field += char;
  }
  if (quoted || field !== '' || row.length > 0) throw new Error('the last record is not ended');
  return rows;
}
