/**
 * A table as CSV (RFC 4180): fields quoted when they hold a comma, a quote or a line break,
 * CRLF line ends, and a byte-order mark so that Excel reads Khmer, Lao or Chinese as UTF-8.
 * A text field starting with `=`, `+`, `-` or `@` is prefixed with `'`, so that a spreadsheet
 * shows it rather than running it as a formula (CSV injection).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (fields: readonly string[]) => fields.map(csvField).join(',');
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

function csvField(field: string): string {
  const safe = /^[=+\-@]/.test(field) && !/^-?\d+(\.\d+)?$/.test(field) ? `'${field}` : field;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Offers `text` as a file download, from memory (no round trip, works offline). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadUrl(filename, URL.createObjectURL(new Blob([text], { type })), true);
}

/** Offers a URL (a blob: or an ECharts data: image) as a download named `filename`. */
export function downloadUrl(filename: string, url: string, revoke = false): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  if (revoke) setTimeout(() => URL.revokeObjectURL(url), 0);
}
