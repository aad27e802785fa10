/**
 * Reads a CSV (RFC 4180: quoted fields, doubled quotes, CRLF) into rows of fields, dropping the
 * byte-order mark the dashboard writes for spreadsheets. Written here, apart from the dashboard's
 * writer, so a test of the download does not read it with the code that wrote it.
 */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let n = 0; n < source.length; n++) {
    const c = source[n]!;
    if (quoted) {
      if (c === '"' && source[n + 1] === '"') {
        field += '"';
        n++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && source[n + 1] === '\n') n++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}
