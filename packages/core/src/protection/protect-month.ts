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
  /** The patterns stored for the earlier versions at their publication (see `WithheldMask`), where known; index as `earlier`. */
  readonly earlierWithheld?: readonly (readonly boolean[] | undefined)[];
  /** The pattern stored for these cells at publication: shown as it is, nothing computed (for a protected reader). */
  readonly withheld?: readonly boolean[];
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
  const layout = monthLayout(indicator);
  const values = componentsOf(indicator, [cells])[0]!.map((component) => memberValues(layout, component.cells));
  let withheld: readonly boolean[] = layout.sums.map(() => false);
  if (options.protect) withheld = options.withheld ?? withheldMembers(indicator, cells, options);
  if (withheld.length !== layout.sums.length)
    throw new RangeError(`protectMonth: ${indicator.code} has ${layout.sums.length} members, withheld gives ${withheld.length}`);
  if (indicator.aggregation !== 'ratio') return shape(layout, (m) => (withheld[m] ? SUPPRESSED : (values[0]![m] ?? null)));
  return shape(layout, (m): ProtectedRatio => {
    const numerator = values[0]![m] ?? null;
    const denominator = values[1]![m] ?? null;
    if (numerator === null || denominator === null) return null;
    return withheld[m] ? SUPPRESSED : ratioValue(numerator, denominator);
  });
}

/**
 * Which members of one indicator's month (in `monthLayout` order) a protected reader is not
 * shown: what `protectMonth` withholds when no stored pattern is given, and what a submission
 * stores (`WithheldMask`). Earlier versions (`options.earlier`) are taken into account with their
 * stored patterns where given (`options.earlierWithheld`), recomputed where not. A ratio
 * indicator corrected is shown only with its zeros: its two counts are entered apart, and a
 * reader who knows that only one changed would hold the other as one unknown across versions
 * (found by the attack on issue 9: PRT-06 12/14 → 12/19 pinned the other sex's numerator),
 * which the joint table of `withholdRevised`, one unknown per cell, does not model.
 * Throws TypeError when the cells (of any version) are not the indicator's kind.
 */
export function withheldMembers(
  indicator: Indicator,
  cells: readonly (number | RatioCount | null)[],
  options: Omit<ProtectOptions, 'protect' | 'withheld'>,
): readonly boolean[] {
  const layout = monthLayout(indicator);
  const table = { cellCount: layout.cells.length, sums: layout.sums, sensitive: indicator.sensitive, preference: layout.preference };
  const versions = componentsOf(indicator, [...(options.earlier ?? []), cells]);
  const latest = versions.at(-1)!;
  if (!indicator.sensitive) return layout.sums.map(() => false);
  const stored = [...(options.earlierWithheld ?? []), undefined];
  const kept = distinct(versions, stored);
  if (options.earlierIncomplete || (indicator.aggregation === 'ratio' && kept.length > 1)) return everyNonZero(table, latest);
  return withheldOf(
    indicator,
    table,
    kept.map((k) => versions[k]!),
    kept.map((k) => stored[k]),
    options.threshold ?? SUPPRESSION_THRESHOLD,
  );
}

/**
 * Every member of `indicator` with a non-zero value withheld (zeros shown): how a month is shown
 * whose stored pattern cannot be read (none stored, or another `WITHHELD_LAYOUT`), safe whatever
 * readers were shown of it before. Throws TypeError when the cells are not the indicator's kind.
 */
export function everyNonZeroMember(indicator: Indicator, cells: readonly (number | RatioCount | null)[]): readonly boolean[] {
  const layout = monthLayout(indicator);
  if (!indicator.sensitive) return layout.sums.map(() => false);
  return everyNonZero({ cellCount: layout.cells.length, sums: layout.sums }, componentsOf(indicator, [cells])[0]!);
}

/** Each version's components: one for counts, numerators and denominators for a ratio. */
function componentsOf(indicator: Indicator, versions: readonly (readonly (number | RatioCount | null)[])[]): Component[][] {
  const ratio = indicator.aggregation === 'ratio';
  if (versions.some((version) => version.some((c) => c !== null && (typeof c === 'number') === ratio))) {
    throw new TypeError(`protectMonth: ${indicator.code} takes ${ratio ? 'numerator/denominator pairs' : 'counts'}`);
  }
  // A withheld ratio cell hides both counts; its numerator may then be 0, its denominator not.
  return versions.map((version) =>
    ratio
      ? [
          { cells: (version as readonly (RatioCount | null)[]).map((c) => c?.numerator ?? null), floor: 0 },
          { cells: (version as readonly (RatioCount | null)[]).map((c) => c?.denominator ?? null), floor: 1 },
        ]
      : [{ cells: version as readonly (number | null)[], floor: 1 }],
  );
}

/**
 * The withheld members of the latest of `versions`: as stored for it when given (`stored`, per
 * version), else computed from the earlier ones' (stored, or computed and kept, first).
 */
function withheldOf(
  indicator: Indicator,
  table: ProtectionTable,
  versions: readonly (readonly Component[])[],
  stored: readonly (readonly boolean[] | undefined)[],
  threshold: number,
): readonly boolean[] {
  const latest = versions.length - 1;
  const known = stored[latest];
  if (known) return known;
  const key = `${indicator.code}|${threshold}|${versions.map((components, v) => `${components.map((c) => c.cells.join(',')).join('/')}${stored[v] ? `=${stored[v].map(Number).join('')}` : ''}`).join(';')}`;
  return remembered(key, () => {
    if (latest === 0) return withhold(table, versions[0]!, threshold);
    const before = versions.slice(0, -1).map((_, v) => withheldOf(indicator, table, versions.slice(0, v + 1), stored.slice(0, v + 1), threshold));
    return withholdRevised(table, versions, before, threshold);
  });
}

/**
 * The versions to reckon with, by index: a repeat of the one before is left out (a resubmission
 * of the same cells shows the same, and a submission carries the pattern over: see
 * `publishedProtection`), unless it was stored with another pattern, which a reader saw too.
 */
function distinct(versions: readonly (readonly Component[])[], stored: readonly (readonly boolean[] | undefined)[]): number[] {
  const same = (a: readonly Component[], b: readonly Component[]) => a.every((component, k) => component.cells.every((c, n) => c === b[k]!.cells[n]));
  const samePattern = (a: readonly boolean[] | undefined, b: readonly boolean[] | undefined) => !a || !b || a.every((w, m) => w === b[m]);
  return versions.flatMap((version, v) => (v > 0 && same(version, versions[v - 1]!) && samePattern(stored[v], stored[v - 1]) ? [] : [v]));
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
