import { isSuppressed, type ProtectedCount, type ProtectedRatio, ratioValue, SUPPRESSED, type Suppressed } from './protected-values';

/*
 * A value over a range of months or countries is withheld whenever any month value it is made
 * of is withheld for the same reader. Otherwise two overlapping ranges (Jan–Mar and Feb–Mar)
 * would give a withheld month by difference. A shown range is then a sum of shown numbers and
 * discloses nothing new.
 */

/** Withholds a derived value (a range sum, an achievement %) when anything it comes from is withheld. */
export function guardRange<T>(value: T, constituents: Iterable<unknown>): T | Suppressed {
  for (const c of constituents) if (isSuppressed(c)) return SUPPRESSED;
  return value;
}

/** A `sum` range of one member's protected month values: null when none was reported. */
export function sumRange(months: Iterable<ProtectedCount>): ProtectedCount {
  let sum: number | null = null;
  for (const m of months) {
    if (isSuppressed(m)) return SUPPRESSED;
    if (m !== null) sum = (sum ?? 0) + m;
  }
  return sum;
}

/** A `ratio` range: Σ numerator / Σ denominator of the protected month values. */
export function ratioRange(months: Iterable<ProtectedRatio>): ProtectedRatio {
  let numerator = 0;
  let denominator = 0;
  let reported = false;
  for (const m of months) {
    if (isSuppressed(m)) return SUPPRESSED;
    if (m === null) continue;
    reported = true;
    numerator += m.numerator;
    denominator += m.denominator;
  }
  return reported ? ratioValue(numerator, denominator) : null;
}

/**
 * A `latest` range: the value of the last reported month (months in period order). It is made
 * of that month alone, so only that month being withheld withholds it.
 */
export function latestRange(months: readonly ProtectedCount[]): ProtectedCount {
  for (let n = months.length - 1; n >= 0; n--) {
    const m = months[n];
    if (m !== null && m !== undefined) return m;
  }
  return null;
}
