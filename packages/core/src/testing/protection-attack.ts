import { regionalValue } from '../dashboard/regional';
import { type DimensionKey, type Indicator, MAX_COUNT } from '../framework/indicators';
import { memberValues, monthLayout } from '../protection/month-table';
import { type ProtectedMonth, protectMonth } from '../protection/protect-month';
import { isSuppressed, type ProtectedCount } from '../protection/protected-values';
import { sumRange } from '../protection/range';
import { attack } from './integer-attacker';
import { constant, type Linear, type MonthTable, type MonthView, ReaderModel, type Shown, unknownOf } from './reader-knowledge';

/** A protected month as the attacker's MonthView: every shown number, every withheld one. */
export function viewOf(month: ProtectedMonth<unknown>) {
  const shown = (v: unknown): Shown => (isSuppressed(v) ? 'withheld' : (v as number));
  const marginals: Partial<Record<DimensionKey, Record<string, Shown>>> = {};
  for (const [dim, byValue] of Object.entries(month.marginals))
    marginals[dim as DimensionKey] = Object.fromEntries(Object.entries(byValue ?? {}).map(([k, v]) => [k, shown(v)]));
  return { cells: month.cells.map(shown), marginals, total: shown(month.total) };
}

/** Every published member of a month table as the attacker's Linear, in layout member order. */
export function membersOf(indicator: Indicator, table: MonthTable): Linear[] {
  const layout = monthLayout(indicator);
  const members: Linear[] = [];
  layout.cells.forEach((m, n) => (members[m] = table.cells[n]!));
  for (const [dim, byValue] of Object.entries(layout.marginals))
    for (const [value, m] of Object.entries(byValue ?? {})) members[m] = table.marginals[dim as DimensionKey]![value]!;
  members[layout.total] = table.total;
  return members;
}

/**
 * What the guarantees of `withhold` ask of each withheld member the reader must solve for: the
 * values it must still be able to take (1 … 9 for a small cell; from its number of non-zero
 * cells up to 9 for a small marginal or total), or none beyond not being pinned.
 */
export function required(indicator: Indicator, counts: readonly number[], member: number, threshold = 10): number[] {
  const layout = monthLayout(indicator);
  const value = memberValues(layout, counts)[member]!;
  if (value < 1 || value >= threshold) return [];
  const lowest = Math.max(1, layout.sums[member]!.filter((c) => counts[c]! > 0).length);
  return Array.from({ length: Math.max(0, threshold - lowest) }, (_, n) => lowest + n);
}

/**
 * Attacks what a protected reader is shown of `indicator` for one or more countries (each a
 * list of months, each month's cells): every month's table as `protectMonth` gives it, every
 * range of two or more consecutive months of each member as `sumRange` gives it, and every
 * regional value (one month or a range) as `regionalValue` gives it, all at once. Returns the
 * failures, named: a withheld value pinned, or a small one that cannot take a value it must.
 */
export function attackMonths(indicator: Indicator, ...countries: readonly (readonly number[])[][]): string[] {
  return attackAt(10, indicator, countries);
}

/** `attackMonths` for one month protected with another threshold (2 … 1000, DESIGN.md 5.4). */
export function attackMonthAt(threshold: number, indicator: Indicator, counts: readonly number[]): string[] {
  return attackAt(threshold, indicator, [[counts]]);
}

function attackAt(threshold: number, indicator: Indicator, countries: readonly (readonly (readonly number[])[])[]): string[] {
  const model = new ReaderModel();
  const layout = monthLayout(indicator);
  const checks: Check[] = [];
  const published = countries.map((months, c) =>
    months.map((counts, t) => {
      const month = protectMonth(indicator, counts, { protect: true, threshold });
      const members = membersOf(indicator, model.month(indicator, viewOf(month), `c${c} m${t} `));
      members.forEach((linear, m) => checks.push({ linear, label: `c${c} m${t} member ${m}`, must: required(indicator, counts, m, threshold) }));
      return { month, members };
    }),
  );
  const shownOf = (month: ProtectedMonth<unknown>, m: number): ProtectedCount => memberShown(layout, month, m) as ProtectedCount;
  const months = countries[0]?.length ?? 0;
  layout.sums.forEach((_, m) => {
    for (let from = 0; from < months; from++) {
      for (let to = from; to < months; to++) {
        const countryRanges = published.map((country, c) => {
          const span = country.slice(from, to + 1);
          if (to === from) return { linear: span[0]!.members[m]!, shown: shownOf(span[0]!.month, m) };
          const shown = sumRange(span.map((p) => shownOf(p.month, m)));
          const linear = model.sum(
            span.map((p) => p.members[m]!),
            shownAs(shown),
            `c${c} m${from}-${to} member ${m}`,
          );
          checks.push({ linear, label: `c${c} m${from}-${to} member ${m}`, must: [] });
          return { linear, shown };
        });
        if (published.length < 2) continue;
        const regional = regionalValue(
          indicator,
          countryRanges.map((r) => r.shown),
        ) as ProtectedCount;
        const linear = model.sum(
          countryRanges.map((r) => r.linear),
          shownAs(regional),
          `region m${from}-${to} member ${m}`,
        );
        checks.push({ linear, label: `region m${from}-${to} member ${m}`, must: [] });
      }
    }
  });
  const result = attack(
    model.knowledge(),
    Array.from({ length: threshold - 1 }, (_, n) => n + 1),
  );
  return failuresOf(checks, result);
}

/** A value the reader must solve for, and the values it must still be able to take. */
interface Check {
  readonly linear: Linear;
  readonly label: string;
  readonly must: readonly number[];
}

/** The checks the attack's result fails, named: a withheld value pinned, or one that cannot take a value it must. */
function failuresOf(checks: readonly Check[], result: ReturnType<typeof attack>): string[] {
  return checks.flatMap(({ linear, label, must }) => {
    const u = unknownOf(linear);
    if (u === undefined) return [];
    const missing = must.filter((value) => !result.possible[u]!.includes(value));
    return [...(result.pinned[u] ? [`${label} pinned at ${result.example[u]}`] : []), ...(missing.length ? [`${label} cannot be ${missing.join(', ')}`] : [])];
  });
}

const shownAs = (value: ProtectedCount): Shown => (isSuppressed(value) ? 'withheld' : (value ?? 0));

/** The value a protected month shows for member `m` of its layout. */
function memberShown(layout: ReturnType<typeof monthLayout>, month: ProtectedMonth<unknown>, m: number): unknown {
  if (m === layout.total) return month.total;
  const cell = layout.cells.indexOf(m);
  if (cell >= 0) return month.cells[cell];
  for (const [dim, byValue] of Object.entries(layout.marginals))
    for (const [value, member] of Object.entries(byValue ?? {})) if (member === m) return month.marginals[dim as DimensionKey]?.[value];
  return undefined;
}

/**
 * Attacks one protected month of a ratio indicator: numerators (at least 0 when withheld) and
 * denominators (at least 1) as two tables of one dimension, each numerator at most its
 * denominator. Returns the failures as `attackMonths` does.
 */
export function attackRatioMonth(indicator: Indicator, pairs: readonly { numerator: number; denominator: number }[]): string[] {
  const month = protectMonth(indicator, pairs, { protect: true });
  const model = new ReaderModel();
  const table = (part: 'numerator' | 'denominator', floor: number) => {
    const cells = month.cells.map((c, n) => (isSuppressed(c) ? model.unknown(`${part} ${n}`, { floor, ceiling: MAX_COUNT }) : constant(c![part])));
    const total = model.sum(cells, isSuppressed(month.total) ? 'withheld' : month.total![part], `${part} total`);
    return [...cells, total];
  };
  const numerators = table('numerator', 0);
  const denominators = table('denominator', 1);
  numerators.forEach((n, m) => model.atMost(n, denominators[m]!));
  const result = attack(model.knowledge(), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  const parts = [
    [numerators, pairs.map((p) => p.numerator)],
    [denominators, pairs.map((p) => p.denominator)],
  ] as const;
  return parts.flatMap(([members, counts]) =>
    members.flatMap((linear, m) => {
      const u = unknownOf(linear);
      if (u === undefined) return [];
      const missing = required(indicator, counts, m).filter((v) => !result.possible[u]!.includes(v));
      return [...(result.pinned[u] ? [`${model.labels[u]} pinned`] : []), ...(missing.length ? [`${model.labels[u]} cannot be ${missing.join(', ')}`] : [])];
    }),
  );
}

/**
 * Attacks what a protected reader is shown of one month of `indicator` that was published in
 * several versions (`versions`: each version's cells, oldest first), read in each: the reader
 * knows which cells a correction changed, so an unchanged cell is one unknown in every version.
 * What an earlier version gave away a later one cannot take back, so each version's values are
 * asked only what they could still be before it was shown (its zeros only, beside the earlier
 * versions as shown): `required`, of those; not pinned, unless pinned then. With `remember:
 * false` each version is protected on its own, as before issue 9's fix (to show the attack
 * finds what that gave away). Returns the failures as `attackMonths` does.
 */
export function attackRevisions(indicator: Indicator, versions: readonly (readonly number[])[], { threshold = 10, remember = true } = {}): string[] {
  const shown = versions.map((counts, v) => protectMonth(indicator, counts, { protect: true, threshold, earlier: remember ? versions.slice(0, v) : [] }));
  return attackShown(indicator, versions, shown, threshold);
}

/**
 * `attackRevisions` on versions as they were actually shown (`months`, each version's protected
 * month, e.g. from the pattern stored at its publication), against the guarantees at `threshold`.
 */
export function attackShown(
  indicator: Indicator,
  versions: readonly (readonly number[])[],
  months: readonly ProtectedMonth<unknown>[],
  threshold = 10,
): string[] {
  const probe = Array.from({ length: threshold - 1 }, (_, n) => n + 1);
  const shown = months.map(viewOf);
  const final = revisionsModel(indicator, versions, shown);
  const result = attack(final.model.knowledge(), probe);
  return versions.flatMap((counts, v) => {
    const before = revisionsModel(indicator, versions.slice(0, v + 1), [...shown.slice(0, v), zerosOnly(indicator, counts)]);
    const then = attack(before.model.knowledge(), probe);
    const members = membersOf(indicator, before.tables[v]!);
    return membersOf(indicator, final.tables[v]!).flatMap((linear, m) => {
      const u = unknownOf(linear);
      const b = unknownOf(members[m]!);
      if (u === undefined || b === undefined) return [];
      const must = required(indicator, counts, m, threshold).filter((value) => then.possible[b]!.includes(value));
      const missing = must.filter((value) => !result.possible[u]!.includes(value));
      const label = `v${v} member ${m}`;
      return [
        ...(result.pinned[u] && !then.pinned[b] ? [`${label} pinned at ${result.example[u]}`] : []),
        ...(missing.length ? [`${label} cannot be ${missing.join(', ')}`] : []),
      ];
    });
  });
}

/** The reader's knowledge of versions as shown (`views`), an unchanged cell one unknown in all. */
function revisionsModel(indicator: Indicator, versions: readonly (readonly number[])[], views: readonly MonthView[]) {
  const model = new ReaderModel();
  const tables: MonthTable[] = [];
  views.forEach((view, v) => {
    const table = model.month(indicator, view, `v${v} `);
    table.cells.forEach((cell, n) => {
      if (v > 0 && versions[v - 1]![n] === versions[v]![n]) model.same(tables[v - 1]!.cells[n]!, cell);
    });
    tables.push(table);
  });
  return { model, tables };
}

/** A month with only its zeros shown. */
function zerosOnly(indicator: Indicator, counts: readonly number[]): MonthView {
  const layout = monthLayout(indicator);
  const values = memberValues(layout, counts);
  const shown = (m: number): Shown => (values[m] === 0 ? 0 : 'withheld');
  const marginals = Object.fromEntries(
    Object.entries(layout.marginals).map(([dim, byValue]) => [dim, Object.fromEntries(Object.entries(byValue ?? {}).map(([value, m]) => [value, shown(m)]))]),
  );
  return { cells: layout.cells.map(shown), marginals, total: shown(layout.total) };
}
