import type { MonthAggregate } from '../aggregation';
import { dueAt, dueDate, isDue, type Period } from '../framework/calendar';
import type { CountryCode } from '../framework/countries';
import { percentOf } from '../framework/decimals';
import type { CompletenessMonth, MonthCounts, ReportingRates } from './schemas';

/**
 * Where one country's month stands at `now` (DESIGN.md 5.1): the report's status, or `missing`
 * when it has none and its deadline has passed, `not-due` when the deadline is still ahead —
 * which, in a range that ends at the current month, also covers a month that has not begun in
 * the country's zone yet. While the deadline is ahead the month says when it is (`dueAt`, `due`).
 */
export function monthStanding(country: CountryCode, period: Period, month: MonthAggregate | undefined, now: Date): CompletenessMonth {
  const deadline = dueAt(country, period);
  const due = isDue(country, period, now);
  const standing: CompletenessMonth = { period, status: month?.status ?? (due ? 'missing' : 'not-due'), timeliness: month?.timeliness ?? null };
  return due ? standing : { ...standing, dueAt: deadline.toISOString(), due: dueDate(period) };
}

/**
 * A country's reporting rates over its months (see `reportingRatesSchema`): only months whose
 * deadline has passed count, so a month not yet due is never missing. A month counts as
 * reported once it was submitted (it carries a timeliness stamp), whatever happened after:
 * approved, returned, or reopened as a draft.
 */
export function reportingRates(months: readonly CompletenessMonth[]): ReportingRates {
  // `monthStanding` gives a month its deadline exactly while the deadline is ahead.
  const due = months.filter((m) => m.dueAt === undefined);
  const onTime = due.filter((m) => m.timeliness === 'on-time').length;
  const late = due.filter((m) => m.timeliness === 'late').length;
  const reported = onTime + late;
  return {
    due: due.length,
    reported,
    onTime,
    late,
    missing: due.length - reported,
    completeness: percentOf(reported, due.length),
    timeliness: percentOf(onTime, reported),
  };
}

/**
 * How many of the months stand where, by `monthStanding`'s status — except that a draft never
 * submitted whose deadline has passed is `missing`, as the completeness rates count it: for a
 * lead, a report not delivered on time is missing, however far its draft got.
 */
export function monthCounts(months: readonly CompletenessMonth[]): MonthCounts {
  const counts: MonthCounts = { approved: 0, submitted: 0, returned: 0, draft: 0, missing: 0, notDue: 0 };
  for (const { status, timeliness, dueAt } of months) {
    const undelivered = status === 'draft' && timeliness === null && dueAt === undefined;
    counts[undelivered ? 'missing' : status === 'not-due' ? 'notDue' : status]++;
  }
  return counts;
}
