import { cellsOf } from '../framework/cells';
import { DIMENSIONS, type DimensionKey, type Indicator } from '../framework/indicators';
import type { AdditiveGroup, AdditiveTable } from './additive-table';

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
  readonly groups: readonly AdditiveGroup[];
  readonly preference: readonly number[];
}

export interface MonthTable {
  readonly table: AdditiveTable;
  readonly layout: MonthLayout;
}

// Complements among equal values: cells first, as they hide the least of what readers look at.
const CELL = 0;
const MARGINAL = 1;
const TOTAL = 2;

const layouts = new Map<string, MonthLayout>();

/**
 * The additive table of one indicator in one country and month: its cells, its marginals and
 * its total, with their equations. `counts` are the cells in `cellsOf(indicator)` order; a
 * marginal or total of cells none of which was reported is null.
 */
export function monthTable(indicator: Indicator, counts: readonly (number | null)[]): MonthTable {
  const layout = monthLayout(indicator);
  if (counts.length !== layout.cells.length) {
    throw new RangeError(`monthTable: ${indicator.code} has ${layout.cells.length} cells, got ${counts.length} counts`);
  }
  const values = layout.sums.map((cells) => sumOfReported(cells.map((c) => counts[c] ?? null)));
  const table = { values, sensitive: values.map(() => indicator.sensitive), groups: layout.groups, preference: layout.preference };
  return { table, layout };
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
  if (indicator.dims.length === 0) return { cells, marginals: {}, total: 0, sums, groups: [], preference };

  const marginals: Partial<Record<DimensionKey, Record<string, number>>> = {};
  const marginalGroups: AdditiveGroup[] = [];
  const [only] = indicator.dims;
  if (indicator.dims.length === 1 && only) {
    marginals[only] = Object.fromEntries(addresses.map((a, n) => [a[only] ?? '', n]));
  } else {
    for (const dim of indicator.dims) {
      const byValue: Record<string, number> = {};
      for (const value of DIMENSIONS[dim]) {
        const parts = cells.filter((n) => addresses[n]?.[dim] === value);
        byValue[value] = add(parts, MARGINAL);
        marginalGroups.push({ total: byValue[value], parts });
      }
      marginals[dim] = byValue;
    }
  }
  const total = add(cells, TOTAL);
  const groups: AdditiveGroup[] = [{ total, parts: cells }];
  // With one dimension its marginals are the cells: the group above already says it all.
  if (indicator.dims.length > 1) {
    for (const dim of indicator.dims) groups.push({ total, parts: Object.values(marginals[dim] ?? {}) });
  }
  return { cells, marginals, total, sums, groups: [...groups, ...marginalGroups], preference };
}

function sumOfReported(values: readonly (number | null)[]): number | null {
  let sum: number | null = null;
  for (const v of values) if (v !== null) sum = (sum ?? 0) + v;
  return sum;
}
