import type { DimensionKey, Indicator } from '../framework/indicators';
import { suppressTable } from './additive-table';
import { type MonthLayout, monthTable } from './month-table';
import { type ProtectedCount, type ProtectedRatio, ratioValue, SUPPRESSED } from './protected-values';

export interface ProtectOptions {
  /** False for a reader entitled to the figures (see `isProtected`): nothing is withheld. */
  readonly protect: boolean;
  /** Counts from 1 to threshold − 1 are withheld; 10 unless configured. */
  readonly threshold?: number;
}

/** A reported ratio cell: survivors with the outcome, of survivors followed up. */
export interface RatioCount {
  readonly numerator: number;
  readonly denominator: number;
}

/** One indicator's month as a reader may see it: the DESIGN.md 5.1 shape of every number. */
export interface ProtectedMonth<V> {
  readonly total: V;
  readonly marginals: Partial<Record<DimensionKey, Record<string, V>>>;
  /** In `cellsOf(indicator)` order. */
  readonly cells: V[];
}

/**
 * Protects one indicator's cells for one country and month (DESIGN.md 5.4). A ratio indicator
 * is two tables of survivor counts, numerators and denominators, each protected on its own;
 * a percentage is withheld with either of its counts, since with the other it gives it away.
 * Withholding more of a protected table reveals nothing new, but a count withheld only with
 * the other half of its ratio may be a 0 (0 + 0 under a shown 0): zeros are shown anyway.
 */
export function protectMonth(indicator: Indicator, cells: readonly (number | null)[], options: ProtectOptions): ProtectedMonth<ProtectedCount>;
export function protectMonth(indicator: Indicator, cells: readonly (RatioCount | null)[], options: ProtectOptions): ProtectedMonth<ProtectedRatio>;
export function protectMonth(
  indicator: Indicator,
  cells: readonly (number | RatioCount | null)[],
  options: ProtectOptions,
): ProtectedMonth<ProtectedCount> | ProtectedMonth<ProtectedRatio> {
  const ratio = indicator.aggregation === 'ratio';
  if (cells.some((c) => c !== null && (typeof c === 'number') === ratio)) {
    throw new TypeError(`protectMonth: ${indicator.code} takes ${ratio ? 'numerator/denominator pairs' : 'counts'}`);
  }
  if (!ratio) {
    const counts = protectCounts(indicator, cells as readonly (number | null)[], options);
    return shape(counts.layout, (m) => (counts.withheld[m] ? SUPPRESSED : (counts.values[m] ?? null)));
  }
  const pairs = cells as readonly (RatioCount | null)[];
  const numerators = protectCounts(
    indicator,
    pairs.map((c) => c?.numerator ?? null),
    options,
  );
  const denominators = protectCounts(
    indicator,
    pairs.map((c) => c?.denominator ?? null),
    options,
  );
  return shape(numerators.layout, (m): ProtectedRatio => {
    const numerator = numerators.values[m] ?? null;
    const denominator = denominators.values[m] ?? null;
    if (numerator === null || denominator === null) return null;
    if (numerators.withheld[m] || denominators.withheld[m]) return SUPPRESSED;
    return ratioValue(numerator, denominator);
  });
}

function protectCounts(indicator: Indicator, counts: readonly (number | null)[], options: ProtectOptions) {
  const { table, layout } = monthTable(indicator, counts);
  const withheld = options.protect ? suppressTable(table, options.threshold) : table.values.map(() => false);
  return { values: table.values, withheld, layout };
}

function shape<V>(layout: MonthLayout, member: (index: number) => V): ProtectedMonth<V> {
  const marginals: Partial<Record<DimensionKey, Record<string, V>>> = {};
  for (const [dim, byValue] of Object.entries(layout.marginals) as [DimensionKey, Record<string, number>][]) {
    marginals[dim] = Object.fromEntries(Object.entries(byValue).map(([value, m]) => [value, member(m)]));
  }
  return { total: member(layout.total), marginals, cells: layout.cells.map(member) };
}
