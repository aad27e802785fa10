import type { CountryCode } from '../framework/countries';
import { DIMENSIONS, type DimensionKey, type Indicator } from '../framework/indicators';
import { isProtected } from '../protection';
import type { User } from '../access/roles';
import type { CountryYear } from './dashboard-reader';
import { indicatorMonth, type ProtectedValue } from './indicator-month';
import type { ViewRange } from './view-query';

/**
 * One indicator's monthly series per country (DESIGN.md 5.1), optionally split by one of its
 * dimensions. A month without published values is null; each split value likewise.
 */
export function buildSeries(input: {
  user: User;
  indicator: Indicator;
  by: DimensionKey | undefined;
  range: ViewRange;
  countries: readonly CountryCode[];
  rollups: CountryYear[];
  threshold?: number;
}) {
  const { user, indicator, by, range, threshold } = input;
  const published = new Map(input.rollups.flatMap((r) => Object.entries(r.months).map(([period, month]) => [`${r.country} ${period}`, month.values])));
  const series = input.countries.map((country) => {
    const protect = isProtected(user, country);
    const points = range.periods.map((period) => {
      const month = indicatorMonth(indicator, published.get(`${country} ${period}`), { protect, ...(threshold ? { threshold } : {}) });
      const point: { period: string; value: ProtectedValue; cells?: Record<string, ProtectedValue> } = { period, value: month?.total ?? null };
      if (by) point.cells = Object.fromEntries(DIMENSIONS[by].map((v) => [v, month?.marginals[by]?.[v] ?? null]));
      return point;
    });
    return { country, points };
  });
  return { indicator: indicator.code, from: range.from, to: range.to, by: by ?? null, series };
}
