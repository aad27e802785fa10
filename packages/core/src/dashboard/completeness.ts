import type { CountryCode } from '../framework/countries';
import type { CountryYear } from './dashboard-reader';
import type { ViewRange } from './view-query';

/**
 * Country × month: where each report stands (DESIGN.md 5.1) — missing, draft, submitted,
 * returned or approved, and whether it came on time. Statuses are not survivor data: every
 * reader sees them as they are.
 */
export function buildCompleteness(input: { range: ViewRange; rollups: CountryYear[]; countries: readonly CountryCode[] }) {
  const { range, rollups } = input;
  const rows = input.countries.map((country) => ({
    country,
    months: range.periods.map((period) => {
      const month = rollups.find((r) => r.country === country && r.year === Number(period.slice(0, 4)))?.months[period];
      return { period, status: month?.status ?? 'missing', timeliness: month?.timeliness ?? null };
    }),
  }));
  return { from: range.from, to: range.to, rows };
}
