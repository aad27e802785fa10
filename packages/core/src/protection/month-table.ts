import { cellsOf } from '../framework/cells';
import { DIMENSIONS, type DimensionKey, type Indicator } from '../framework/indicators';

/** Where each published number of one indicator's month sits in its additive table. */
export interface MonthLayout {
  /** The index of each cell, in `cellsOf(indicator)` order. */
  readonly cells: readonly number[];
  /**
   * The index of each marginal (e.g. sex=female: the sum of every female cell). For an
   * indicator with one dimension these are its cells, not extra members.
   */
  readonly marginals: Readonly<Partial<Record<DimensionKey, Readonly<Record<string, number>>>>>;
  /** For an indicator without dimensions, its one cell. */
  readonly total: number;
  /** The cells each member adds up: a cell itself, a marginal its slice, the total all. */
  readonly sums: readonly (readonly number[])[];
  /** Which members to withhold first among complements (see `ProtectionTable`). */
  readonly preference: readonly number[];
}

// Complements: cells first, as they hide the least of what readers look at; the total last.
const CELL = 0;
const MARGINAL = 1;
const TOTAL = 2;

const layouts = new Map<string, MonthLayout>();

/**
 * Every member's value of one indicator in one country and month: `counts` are the cells in
 * `cellsOf(indicator)` order; a marginal or total of cells none of which was reported is null.
 * Throws a RangeError when `counts` do not match the indicator's cells.
 */
export function memberValues(layout: MonthLayout, counts: readonly (number | null)[]): (number | null)[] {
  if (counts.length !== layout.cells.length) throw new RangeError(`memberValues: ${layout.cells.length} cells, got ${counts.length} counts`);
  return layout.sums.map((cells) => sumOfReported(cells.map((c) => counts[c] ?? null)));
}

/** The layout depends on the framework only, so it is built once per indicator. */
export function monthLayout(indicator: Indicator): MonthLayout {
  const known = layouts.get(indicator.code);
  if (known) return known;
  const layout = buildLayout(indicator);
  layouts.set(indicator.code, layout);
  return layout;
}

function buildLayout(indicator: Indicator): MonthLayout {
  const addresses = cellsOf(indicator);
  const cells = addresses.map((_, n) => n);
  const sums: number[][] = cells.map((n) => [n]);
  const preference: number[] = cells.map(() => CELL);
  const add = (parts: number[], kind: number) => {
    preference.push(kind);
    return sums.push(parts) - 1;
  };
  if (indicator.dims.length === 0) return { cells, marginals: {}, total: 0, sums, preference };

  const marginals: Partial<Record<DimensionKey, Record<string, number>>> = {};
  const [only] = indicator.dims;
  if (indicator.dims.length === 1 && only) {
    // With one dimension its marginals are the cells: no extra members.
    marginals[only] = Object.fromEntries(addresses.map((a, n) => [a[only] ?? '', n]));
  } else {
    for (const dim of indicator.dims) {
      const byValue: Record<string, number> = {};
      for (const value of DIMENSIONS[dim])
        byValue[value] = add(
          cells.filter((n) => addresses[n]?.[dim] === value),
          MARGINAL,
        );
      marginals[dim] = byValue;
    }
  }
  const total = add(cells, TOTAL);
  return { cells, marginals, total, sums, preference };
}

/** The sum of the reported values, null when none was reported. */
export function sumOfReported(values: readonly (number | null)[]): number | null {
  let sum: number | null = null;
  for (const v of values) if (v !== null) sum = (sum ?? 0) + v;
  return sum;
}
