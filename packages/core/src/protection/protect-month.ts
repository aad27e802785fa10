import type { DimensionKey, Indicator } from '../framework/indicators';
import { type MonthLayout, memberValues, monthLayout } from './month-table';
import { type ProtectedCount, type ProtectedRatio, ratioValue, SUPPRESSED } from './protected-values';
import type { Component } from './reader-view';
import { withhold } from './withhold';

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
 * Protects one indicator's cells for one country and month (DESIGN.md 5.4; how: `withhold`).
 * A ratio indicator is two tables of survivor counts, numerators and denominators, protected
 * together: a cell, marginal or total is withheld whole (percentage and both counts), since
 * either count with the percentage gives the other away; the reader's knowledge that a
 * numerator is at most its denominator is part of the check.
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
    const counts = cells as readonly (number | null)[];
    const { values, withheld, layout } = protectTable(indicator, [{ cells: counts, floor: 1 }], options);
    return shape(layout, (m) => (withheld[m] ? SUPPRESSED : (values[0]![m] ?? null)));
  }
  const pairs = cells as readonly (RatioCount | null)[];
  // A withheld ratio cell hides both counts; its numerator may then be 0, its denominator not.
  const numerators = { cells: pairs.map((c) => c?.numerator ?? null), floor: 0 };
  const denominators = { cells: pairs.map((c) => c?.denominator ?? null), floor: 1 };
  const { values, withheld, layout } = protectTable(indicator, [numerators, denominators], options);
  return shape(layout, (m): ProtectedRatio => {
    const numerator = values[0]![m] ?? null;
    const denominator = values[1]![m] ?? null;
    if (numerator === null || denominator === null) return null;
    return withheld[m] ? SUPPRESSED : ratioValue(numerator, denominator);
  });
}

/** Every member's value per component, and which members this reader is not shown. */
function protectTable(indicator: Indicator, components: readonly Component[], options: ProtectOptions) {
  const layout = monthLayout(indicator);
  const values = components.map(({ cells }) => memberValues(layout, cells));
  const table = { cellCount: layout.cells.length, sums: layout.sums, sensitive: indicator.sensitive, preference: layout.preference };
  const withheld = options.protect
    ? remembered(indicator, components, options.threshold, () => withhold(table, components, options.threshold))
    : layout.sums.map(() => false);
  return { values, withheld, layout };
}

/**
 * Protection is a pure function of an indicator's cells and the threshold, and a search (a
 * fraction of a millisecond for most months, tens for a month of many small PRT-01 cells):
 * the dashboards ask for the same months again and again, so the answers are kept, the least
 * recently used dropped beyond `REMEMBERED` (a few hundred kilobytes at most).
 */
const REMEMBERED = 20_000;
const answers = new Map<string, readonly boolean[]>();

function remembered(indicator: Indicator, components: readonly Component[], threshold: number | undefined, compute: () => boolean[]): readonly boolean[] {
  const key = `${indicator.code}|${threshold ?? ''}|${components.map((c) => c.cells.join(',')).join('/')}`;
  const known = answers.get(key);
  if (known) {
    answers.delete(key);
    answers.set(key, known);
    return known;
  }
  // Frozen: one answer serves every later caller.
  const computed = Object.freeze(compute());
  answers.set(key, computed);
  if (answers.size > REMEMBERED) answers.delete(answers.keys().next().value!);
  return computed;
}

function shape<V>(layout: MonthLayout, member: (index: number) => V): ProtectedMonth<V> {
  const marginals: Partial<Record<DimensionKey, Record<string, V>>> = {};
  for (const [dim, byValue] of Object.entries(layout.marginals) as [DimensionKey, Record<string, number>][]) {
    marginals[dim] = Object.fromEntries(Object.entries(byValue).map(([value, m]) => [value, member(m)]));
  }
  return { total: member(layout.total), marginals, cells: layout.cells.map(member) };
}
