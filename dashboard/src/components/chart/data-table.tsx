import type { TableModel } from './table-model';

/**
 * A chart's numbers as a plain table: what a screen reader reads, and what the CSV holds. Its
 * scroll box takes the focus (a named region), so a table wider than the page (twelve months
 * of the heat map beside its rates) scrolls by keyboard too.
 */
export function DataTable({ caption, table }: { caption: string; table: TableModel }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-scroll" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c, n) => (
              <th key={c} scope="col" className={n > 0 ? 'numeric' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, n) =>
                n === 0 ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional and fixed
                  <th key={n} scope="row">
                    {cell}
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional and fixed
                  <td key={n} className="numeric">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {table.note && <p className="table-note">{table.note}</p>}
    </section>
  );
}
