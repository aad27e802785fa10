/** Plain-text tables for the bench's report: readable in a terminal and in a CI log alike. */
export function formatTable(title: string, header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, n) => Math.max(h.length, ...rows.map((r) => (r[n] ?? '').length)));
  // Figures right-aligned so their digits line up; the first (names) and last (verdicts) left-aligned.
  const text = (n: number) => n === 0 || n === header.length - 1;
  const line = (cells: readonly string[]) =>
    cells
      .map((c, n) => (text(n) ? c.padEnd(widths[n]!) : c.padStart(widths[n]!)))
      .join('  ')
      .trimEnd();
  return [`\n${title}`, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Capacity figures as DynamoDB reports them: halves are common (eventually consistent reads). */
export const units = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const ms = (n: number) => `${Math.round(n)} ms`;

/** A check's outcome as a table cell: "pass", or FAIL with every reason. */
export const verdict = (failures: readonly string[]) => (failures.length ? `FAIL: ${failures.join('; ')}` : 'pass');
