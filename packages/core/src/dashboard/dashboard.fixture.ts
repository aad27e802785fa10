import type { User } from '../access/roles';
import { type MonthAggregate, toVector } from '../aggregation';
import { type Period, periodRange, type Timeliness } from '../framework/calendar';
import type { Cell } from '../framework/cells';
import type { CountryCode } from '../framework/countries';
import { SUPPRESSION_THRESHOLD } from '../protection/protected-values';
import { publicationOf } from '../reports/publication';
import type { ReportStatus } from '../reports/statuses';
import { memoryAggregates } from '../testing/memory-aggregates';
import { reportValues } from '../testing/report-values';
import type { CountryYear, TargetsByCountry } from './dashboard-reader';
import type { ViewRange } from './view-query';

/*
 * Shared by the dashboard builders' unit tests: months as the aggregator keeps them, made from
 * values a test can add up by hand, and the readers of DESIGN.md 1.
 */

export const LEAD: User = { sub: 'lead', name: 'Regional lead', role: 'regional-lead', country: null };
export const VIEWER: User = { sub: 'donor', name: 'Donor', role: 'viewer', country: null };
export const office = (country: CountryCode): User => ({ sub: `office-${country}`, name: `${country} M&E officer`, role: 'country-office', country });

/** Per indicator code: one amount for every cell, or one per cell in `cellsOf` order; 20 (ratio 20 of 40) otherwise. */
export const fullReport = reportValues;

/**
 * A month's aggregate: published `values` (null: never submitted) with where the report stands
 * now, and the pattern its submission stored for protected readers (threshold 10).
 */
export function month(values: Cell[] | null, status: ReportStatus = 'approved', timeliness: Timeliness | null = 'on-time'): MonthAggregate {
  const withheld = values && publicationOf(null, values, SUPPRESSION_THRESHOLD).withheld!;
  return { version: 1, status, timeliness, publishedVersion: values ? 1 : null, values: values ? toVector(values) : null, withheld };
}

/** A draft that was never submitted: nothing published, no timeliness stamp. */
export const neverSubmitted = (): MonthAggregate => month(null, 'draft', null);

/** Rollups from `country → period → month`, grouped by calendar year as the aggregator keeps them. */
export function rollups(months: Partial<Record<CountryCode, Record<Period, MonthAggregate>>>): CountryYear[] {
  const years = new Map<string, CountryYear>();
  for (const [country, byPeriod] of Object.entries(months) as [CountryCode, Record<Period, MonthAggregate>][]) {
    for (const [period, aggregate] of Object.entries(byPeriod)) {
      const year = Number(period.slice(0, 4));
      const key = `${country} ${year}`;
      if (!years.has(key)) years.set(key, { country, year, months: {} });
      years.get(key)!.months[period] = aggregate;
    }
  }
  return [...years.values()];
}

/** A view's range as `parseViewQuery` makes it. */
export function rangeOf(from: Period, to: Period): ViewRange {
  const periods = periodRange(from, to);
  return { from, to, periods, years: [...new Set(periods.map((p) => Number(p.slice(0, 4))))] };
}

/** Targets by year, by country, by indicator. */
export const targetsOf = (byYear: Record<number, TargetsByCountry>) => new Map(Object.entries(byYear).map(([year, t]) => [Number(year), t]));

export { memoryAggregates };
