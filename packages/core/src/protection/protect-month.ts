import type { DimensionKey, Indicator } from '../framework/indicators';
import { type MonthLayout, memberValues, monthLayout } from './month-table';
import { type ProtectedCount, type ProtectedRatio, ratioValue, SUPPRESSED, SUPPRESSION_THRESHOLD } from './protected-values';
import type { Component } from './reader-view';
import { withholdRevised } from './revised-month';
import { everyNonZero, type ProtectionTable, withhold } from './withhold';

export interface ProtectOptions {
  /** False for a reader entitled to the figures (see `isProtected`): nothing is withheld. */
  readonly protect: boolean;
  /** Counts from 1 to threshold − 1 are withheld; 10 unless configured. */
  readonly threshold?: number;
  /**
   * The cells of the month's earlier published versions, oldest first, when it was corrected:
   * a reader may have read each (see `withholdRevised`). Same shape as the latest cells.
   */
  readonly earlier?: readonly (readonly (number | RatioCount | null)[])[];
  /**
   * True when more versions were published than `earlier` holds (see `KEPT_EARLIER`): the
   * latest then shows only its zeros, which is safe whatever was shown before.
   */
  readonly earlierIncomplete?: boolean;
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
  const versions = [...(options.earlier ?? []), cells];
  if (versions.some((version) => version.some((c) => c !== null && (typeof c === 'number') === ratio))) {
    throw new TypeError(`protectMonth: ${indicator.code} takes ${ratio ? 'numerator/denominator pairs' : 'counts'}`);
  }
  if (!ratio) {
    const components = versions.map((version) => [{ cells: version as readonly (number | null)[], floor: 1 }]);
    const { values, withheld, layout } = protectTable(indicator, components, options);
    return shape(layout, (m) => (withheld[m] ? SUPPRESSED : (values[0]![m] ?? null)));
  }
  // A withheld ratio cell hides both counts; its numerator may then be 0, its denominator not.
  const components = versions.map((version) => {
    const pairs = version as readonly (RatioCount | null)[];
    return [
      { cells: pairs.map((c) => c?.numerator ?? null), floor: 0 },
      { cells: pairs.map((c) => c?.denominator ?? null), floor: 1 },
    ];
  });
  const { values, withheld, layout } = protectTable(indicator, components, options);
  return shape(layout, (m): ProtectedRatio => {
    const numerator = values[0]![m] ?? null;
    const denominator = values[1]![m] ?? null;
    if (numerator === null || denominator === null) return null;
    return withheld[m] ? SUPPRESSED : ratioValue(numerator, denominator);
  });
}

/**
 * Every member's value per component of the latest version, and which members this reader is
 * not shown. `versions`: the components of each published version, oldest first.
 */
function protectTable(indicator: Indicator, versions: readonly (readonly Component[])[], options: ProtectOptions) {
  const layout = monthLayout(indicator);
  const latest = versions.at(-1)!;
  const values = latest.map(({ cells }) => memberValues(layout, cells));
  const table = { cellCount: layout.cells.length, sums: layout.sums, sensitive: indicator.sensitive, preference: layout.preference };
  const threshold = options.threshold ?? SUPPRESSION_THRESHOLD;
  let withheld: readonly boolean[] = layout.sums.map(() => false);
  if (options.protect && indicator.sensitive && options.earlierIncomplete) withheld = everyNonZero(table, latest);
  else if (options.protect && indicator.sensitive) withheld = withheldOf(indicator, table, distinct(versions), threshold);
  return { values, withheld, layout };
}

/** The withheld members of the latest of `versions`, each earlier one's computed (and kept) first. */
function withheldOf(indicator: Indicator, table: ProtectionTable, versions: readonly (readonly Component[])[], threshold: number): readonly boolean[] {
  const key = `${indicator.code}|${threshold}|${versions.map((components) => components.map((c) => c.cells.join(',')).join('/')).join(';')}`;
  return remembered(key, () => {
    if (versions.length === 1) return withhold(table, versions[0]!, threshold);
    const before = versions.slice(0, -1).map((_, v) => withheldOf(indicator, table, versions.slice(0, v + 1), threshold));
    return withholdRevised(table, versions, before, threshold);
  });
}

/** Versions without a repeat of the one before: a resubmission of the same cells shows the same. */
function distinct(versions: readonly (readonly Component[])[]): (readonly Component[])[] {
  const same = (a: readonly Component[], b: readonly Component[]) => a.every((component, k) => component.cells.every((c, n) => c === b[k]!.cells[n]));
  return versions.filter((version, v) => v === 0 || !same(version, versions[v - 1]!));
}

/**
 * Protection is a pure function of an indicator's cells (of every version) and the threshold,
 * and a search (a fraction of a millisecond for most months, tens for a month of many small
 * PRT-01 cells): the dashboards ask for the same months again and again, so the answers are
 * kept, the least recently used dropped beyond `REMEMBERED` (a few hundred kilobytes at most).
 */
const REMEMBERED = 20_000;
const answers = new Map<string, readonly boolean[]>();

function remembered(key: string, compute: () => boolean[]): readonly boolean[] {
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
