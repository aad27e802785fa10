import type { CountryCode } from '../framework/countries';
import { type CountryYear, monthOf } from './dashboard-reader';
import { monthStanding, reportingRates } from './month-status';
import type { CompletenessResponse } from './schemas';
import type { ViewRange } from './view-query';

/**
 * Country × month: where each report stands at `now` (DESIGN.md 5.1) — missing, not due yet,
 * draft, submitted, returned or approved, and whether it came on time — with each country's
 * reporting rates over the months that are due. Statuses are not survivor data: every reader
 * sees them as they are.
 */
export function buildCompleteness(input: { range: ViewRange; rollups: CountryYear[]; countries: readonly CountryCode[]; now: Date }): CompletenessResponse {
  const { range, rollups, now } = input;
  const rows = input.countries.map((country) => {
    const months = range.periods.map((period) => monthStanding(country, period, monthOf(rollups, country, period), now));
    return { country, months, summary: reportingRates(months) };
  });
  return { from: range.from, to: range.to, rows };
}
