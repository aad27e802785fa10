import { regionalTarget, type SeriesResponse } from '@etip/core/dashboard';
import type { CountryCode, Indicator, Period } from '@etip/core/framework';
import type { YearTargets } from './api/targets-query';

/**
 * The target of one month, from the annual targets the programme set (`GET /v1/targets`),
 * on the overview's own rule (core's `rangeTarget`): a `sum` indicator's annual target is
 * pro-rated, a twelfth a month; a `latest` indicator (a stock) and a ratio (a percentage) aim at
 * their annual target in every month. Null when the year has no target for that country.
 */
export function monthlyTarget(indicator: Indicator, period: Period, country: CountryCode, byYear: ReadonlyMap<number, YearTargets>): number | null {
  const annual = byYear.get(Number(period.slice(0, 4)))?.countries.find((c) => c.country === country)?.targets[indicator.code];
  if (annual === undefined) return null;
  return indicator.aggregation === 'sum' ? annual / 12 : annual;
}

/**
 * Each month's target for one country, or for the region over the countries of a series
 * (core's `regionalTarget`: the targets of the countries that reported that month, so one not
 * reported yet is neither a 0 nor a target to miss; null for a ratio, when a reporting country
 * has none, or when none reported).
 */
export function monthlyTargets(
  indicator: Indicator,
  periods: readonly Period[],
  of: CountryCode | { region: SeriesResponse['series'] },
  byYear: ReadonlyMap<number, YearTargets>,
): (number | null)[] {
  return periods.map((period) =>
    typeof of === 'string'
      ? monthlyTarget(indicator, period, of, byYear)
      : regionalTarget(
          indicator,
          of.region.map(({ country, points }) => ({
            target: monthlyTarget(indicator, period, country, byYear),
            reported: (points.find((p) => p.period === period)?.value ?? null) !== null,
          })),
        ),
  );
}
