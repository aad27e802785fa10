import type { MonthAggregate } from '../aggregation';
import type { Period } from '../framework/calendar';
import type { CountryCode } from '../framework/countries';

/** A read and what it cost in DynamoDB read units (every dashboard response reports it). */
export interface Costed<T> {
  data: T;
  consumedReadUnits: number;
}

/** One country's months of one year, as the aggregator keeps them. */
export interface CountryYear {
  country: CountryCode;
  year: number;
  months: Record<Period, MonthAggregate>;
}

/** What the aggregator keeps of one country's month, or undefined when it has no report. */
export function monthOf(rollups: readonly CountryYear[], country: CountryCode, period: Period): MonthAggregate | undefined {
  return rollups.find((r) => r.country === country && r.year === Number(period.slice(0, 4)))?.months[period];
}

/** Targets of one year, by country, by indicator. */
export type TargetsByCountry = Partial<Record<CountryCode, Record<string, number>>>;

/**
 * The read port of the dashboards' aggregates: precomputed, never the raw reports, so a view's
 * cost depends on its range, not on how many years of history exist (DESIGN.md 7).
 */
export interface AggregateReader {
  rollups(years: readonly number[]): Promise<Costed<CountryYear[]>>;
}
