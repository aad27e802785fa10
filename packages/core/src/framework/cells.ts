import type * as z from 'zod/mini';
import { DIMENSIONS, type DimensionKey, INDICATORS, type Indicator } from './indicators';
import type { cellAddressSchema, countCellSchema, ratioCellSchema } from './schemas';

/** One combination of an indicator's dimension values: the unit a report is made of. */
export type CellAddress = Readonly<z.output<typeof cellAddressSchema>>;

/** A reported cell as the API, the import and the form exchange it. */
export type CountCell = Readonly<z.output<typeof countCellSchema>>;
export type RatioCell = Readonly<z.output<typeof ratioCellSchema>>;
export type Cell = CountCell | RatioCell;

export function isRatioCell(cell: Cell): cell is RatioCell {
  return 'numerator' in cell;
}

/**
 * A stable text key for a cell, e.g. `PRT-01|female|9-17|labour`: dimension values in the
 * indicator's own order. Used to spot duplicates, to diff revisions and to store a report.
 */
export function cellKey(cell: CellAddress): string {
  const indicator = INDICATORS.find((i) => i.code === cell.indicator);
  const dims = indicator?.dims ?? [];
  return [cell.indicator, ...dims.map((d) => cell[d] ?? '')].join('|');
}

export function parseCellKey(key: string): CellAddress {
  const [code = '', ...values] = key.split('|');
  const indicator = INDICATORS.find((i) => i.code === code);
  const address: Record<string, string> = { indicator: code };
  indicator?.dims.forEach((d, n) => {
    if (values[n]) address[d] = values[n];
  });
  return address as unknown as CellAddress;
}

/** Every cell of one indicator, in framework order (the cartesian product of its dims). */
export function cellsOf(indicator: Indicator): CellAddress[] {
  let combos: Record<string, string>[] = [{}];
  for (const dim of indicator.dims) {
    combos = combos.flatMap((c) => DIMENSIONS[dim as DimensionKey].map((v) => ({ ...c, [dim]: v })));
  }
  return combos.map((c) => ({ indicator: indicator.code, ...c }));
}

/**
 * All cells of a full monthly report, in framework order. DESIGN.md 2 says 101, but its own
 * indicator table adds up to 99 (27 prevention + 60 protection + 12 advocacy); the table rules.
 */
export const ALL_CELLS: readonly CellAddress[] = INDICATORS.flatMap(cellsOf);
export const ALL_CELL_KEYS: readonly string[] = ALL_CELLS.map(cellKey);

/** A short human label for a cell, as used in error messages: `PRT-01 female 9-17 labour`. */
export function cellLabel(cell: CellAddress): string {
  return cellKey(cell).split('|').filter(Boolean).join(' ');
}
