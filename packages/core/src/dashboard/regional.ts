import type { Indicator } from '../framework/indicators';
import { type ProtectedCount, type ProtectedRatio, ratioRange, sumRange } from '../protection';
import type { ProtectedValue } from './schemas';

/*
 * For a protected reader the country is one more margin of the table: a regional value minus
 * the countries shown beside it would give away a withheld country value if the regional one
 * were made of it. So a regional value — total or split cell, one month or a range — is
 * withheld whenever any country value it is made of is withheld for this reader (the rule of
 * protection/range.ts, over countries instead of months). A shown regional value is then a sum
 * of shown numbers: it discloses nothing the countries' own figures did not.
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

/**
 * The regional target: the sum of the countries' targets for `sum` and `latest` indicators, or
 * null when any country asked for has none (a partial sum would make the region look ahead).
 * Null for a ratio: a mean of the countries' percentage targets weighted by whom each followed
 * up would be made of survivor counts and move with them, not with what was planned.
 */
export function regionalTarget(indicator: Indicator, countryTargets: readonly (number | null)[]): number | null {
  if (indicator.aggregation === 'ratio' || countryTargets.length === 0) return null;
  let total = 0;
  for (const target of countryTargets) {
    if (target === null) return null;
    total += target;
  }
  return total;
}
