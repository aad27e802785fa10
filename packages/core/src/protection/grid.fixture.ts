import type { AdditiveTable } from './additive-table';
import type { CellSums } from './neighbours.fixture';

/**
 * A two-way table as members: cells row by row, then row totals, column totals, grand total;
 * its equations are each row, each column, and the grand total over rows and over columns.
 */
export function grid(cells: readonly (readonly number[])[], sensitive: (member: number) => boolean = () => true): AdditiveTable {
  const rows = cells.length;
  const columns = cells[0]?.length ?? 0;
  const at = (r: number, c: number) => r * columns + c;
  const rowTotal = (r: number) => rows * columns + r;
  const columnTotal = (c: number) => rows * columns + rows + c;
  const grand = rows * columns + rows + columns;
  const rowIndices = [...Array(rows).keys()];
  const columnIndices = [...Array(columns).keys()];
  const values = [
    ...cells.flat(),
    ...cells.map((row) => row.reduce((a, b) => a + b, 0)),
    ...columnIndices.map((c) => cells.reduce((sum, row) => sum + row[c]!, 0)),
    cells.flat().reduce((a, b) => a + b, 0),
  ];
  const groups = [
    ...rowIndices.map((r) => ({ total: rowTotal(r), parts: columnIndices.map((c) => at(r, c)) })),
    ...columnIndices.map((c) => ({ total: columnTotal(c), parts: rowIndices.map((r) => at(r, c)) })),
    { total: grand, parts: rowIndices.map(rowTotal) },
    { total: grand, parts: columnIndices.map(columnTotal) },
  ];
  const preference = values.map((_, m) => (m < rows * columns ? 0 : m < grand ? 1 : 2));
  return { values, sensitive: values.map((_, m) => sensitive(m)), groups, preference };
}

/** The same grid as cells and the cells each member adds up, for `pinnedByNeighbours`. */
export function gridSums(rows: number, columns: number): CellSums {
  const cells = [...Array(rows * columns).keys()];
  const sums = [
    ...cells.map((n) => [n]),
    ...[...Array(rows).keys()].map((r) => cells.filter((n) => Math.floor(n / columns) === r)),
    ...[...Array(columns).keys()].map((c) => cells.filter((n) => n % columns === c)),
    cells,
  ];
  return { cells, sums };
}
