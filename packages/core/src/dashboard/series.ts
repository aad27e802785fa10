import type { User } from '../access/roles';
import { isDue } from '../framework/calendar';
import type { CountryCode } from '../framework/countries';
import { DIMENSIONS, type DimensionKey, type Indicator } from '../framework/indicators';
import { isProtected } from '../protection';
import { type CountryYear, monthOf } from './dashboard-reader';
import { indicatorMonth } from './indicator-month';
import { coverageOf, regionalValue } from './regional';
import type { SeriesPoint, SeriesResponse } from './schemas';
import type { ViewRange } from './view-query';

/**
 * One indicator's monthly series per country (DESIGN.md 5.1), optionally split by one of its
 * dimensions, and the same months over all those countries (`regional`, see `regionalValue`:
 * withheld wherever a country value it is made of is). A month without published values is
 * null (`notDue` while its deadline is ahead); each split value likewise. Each regional month
 * says how many of the countries it is made of (`countries`, see `coverageOf`).
 */
export function buildSeries(input: {
  user: User;
  indicator: Indicator;
  by: DimensionKey | undefined;
  range: ViewRange;
  countries: readonly CountryCode[];
  rollups: CountryYear[];
  /** For which months are due (core's `isDue`), as completeness says it. */
  now: Date;
}): SeriesResponse {
  const { user, indicator, by, range, rollups, now } = input;
  const series = input.countries.map((country) => {
    const protect = isProtected(user, country);
    const points = range.periods.map((period): SeriesPoint => {
      const month = indicatorMonth(indicator, monthOf(rollups, country, period), { protect });
      const point: SeriesPoint = { period, value: month?.total ?? null };
      if (by) point.cells = Object.fromEntries(DIMENSIONS[by].map((v) => [v, month?.marginals[by]?.[v] ?? null]));
      if (point.value === null && !isDue(country, period, now)) point.notDue = true;
      return point;
    });
    return { country, points };
  });

  const regional = {
    points: range.periods.map((period, n): SeriesPoint => {
      const months = series.map((s) => s.points[n]!);
      const point: SeriesPoint = {
        period,
        value: regionalValue(
          indicator,
          months.map((m) => m.value),
        ),
      };
      if (by)
        point.cells = Object.fromEntries(
          DIMENSIONS[by].map((v) => [
            v,
            regionalValue(
              indicator,
              months.map((m) => m.cells?.[v] ?? null),
            ),
          ]),
        );
      point.countries = coverageOf(months.map((m) => ({ value: m.value, due: m.notDue !== true })));
      return point;
    }),
  };
  return { indicator: indicator.code, from: range.from, to: range.to, by: by ?? null, series, regional };
}
