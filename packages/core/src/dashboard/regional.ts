import type { Indicator } from '../framework/indicators';
import { type ProtectedCount, type ProtectedRatio, ratioRange, sumRange } from '../protection';
import type { Coverage, ProtectedValue } from './schemas';

/*
 * For a protected reader the country is one more margin of the table: a regional value minus
 * the countries shown beside it would give away a withheld country value if the regional one
 * were made of it. So a regional value — total or split cell, one month or a range — is
 * withheld whenever any country value it is made of is withheld for this reader (the rule of
 * protection/range.ts, over countries instead of months). A shown regional value is then a sum
 * of shown numbers: it discloses nothing the countries' own figures did not.
 *
 * Coverage and the targets that follow it are made of report statuses and targets alone (is a
 * value there or not; a withheld one is there): no survivor count, so they may be shown to
 * every reader beside a withheld value without giving it away.
 */

/**
 * One indicator over the countries asked for (DESIGN.md 2, aggregation over countries), from
 * each country's value as this reader sees it: a sum for `sum` and for `latest` (each
 * country's latest, added up); Σ numerator / Σ denominator for a ratio. Null when no country
 * reported; withheld when any country value is.
 */
export function regionalValue(indicator: Indicator, countryValues: readonly ProtectedValue[]): ProtectedValue {
  return indicator.aggregation === 'ratio' ? ratioRange(countryValues as ProtectedRatio[]) : sumRange(countryValues as ProtectedCount[]);
}

/** One month or country a value is made of: its value as the reader sees it (null: none), and whether its report is due yet (core's `isDue`). */
export interface Part {
  value: ProtectedValue;
  due: boolean;
}

/** How many of `parts` a value over them covers (see `coverageSchema`). */
export function coverageOf(parts: readonly Part[]): Coverage {
  let reported = 0;
  let notDue = 0;
  for (const { value, due } of parts) {
    if (value !== null) reported++;
    else if (!due) notDue++;
  }
  return { reported, of: parts.length, notDue };
}

/** Several countries' month coverages together: the region's months. */
export function addCoverage(coverages: readonly Coverage[]): Coverage {
  const total: Coverage = { reported: 0, of: 0, notDue: 0 };
  for (const c of coverages) {
    total.reported += c.reported;
    total.of += c.of;
    total.notDue += c.notDue;
  }
  return total;
}

/**
 * The countries behind a regional value over a range, from each country's months: a country
 * reported when any of its months did; not due when none did and none was due yet either.
 */
export function countriesCoverage(monthsOfEach: readonly Coverage[]): Coverage {
  return {
    reported: monthsOfEach.filter((m) => m.reported > 0).length,
    of: monthsOfEach.length,
    notDue: monthsOfEach.filter((m) => m.reported === 0 && m.notDue === m.of).length,
  };
}

/**
 * The regional target: the targets of the countries that reported, added up (`sum` and
 * `latest`), so a country that has not reported yet neither lowers the region's actual nor
 * raises its target. Null when one of them has no target (a partial sum would make the region
 * look ahead), or when none reported. Null for a ratio: a mean of the countries' percentage
 * targets weighted by whom each followed up would be made of survivor counts and move with
 * them, not with what was planned.
 */
export function regionalTarget(indicator: Indicator, countries: readonly { target: number | null; reported: boolean }[]): number | null {
  if (indicator.aggregation === 'ratio') return null;
  let total: number | null = null;
  for (const { target, reported } of countries) {
    if (!reported) continue;
    if (target === null) return null;
    total = (total ?? 0) + target;
  }
  return total;
}
