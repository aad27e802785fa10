import type { SeriesResponse } from '@etip/core/dashboard';
import type { CountryCode, Indicator } from '@etip/core/framework';
import { comparisonChart, entityChart, pointsOf, type SeriesChart } from '../../components/series-chart/series-chart-model';
import type { YearTargets } from '../../lib/api/targets-query';
import type { Translate } from '../../lib/i18n/translate';
import { monthlyTargets } from '../../lib/monthly-target';

export interface TrendsCharts {
  /** Every country's total side by side; null with a single country (its own chart says it all). */
  readonly comparison: SeriesChart | null;
  /** The region (the countries asked, added up), with the regional target. */
  readonly region: SeriesChart;
  /** Each country's chart with its own target, in programme order. */
  readonly countries: readonly { country: CountryCode; chart: SeriesChart }[];
}

/** The trends view's charts from one series response and the annual targets of its years. */
export function trendsCharts(indicator: Indicator, response: SeriesResponse, byYear: ReadonlyMap<number, YearTargets>, t: Translate): TrendsCharts {
  const countries = response.series.map((s) => s.country);
  const periods = response.regional.points.map((p) => p.period);
  return {
    comparison: countries.length > 1 ? comparisonChart(indicator, response, t) : null,
    region: entityChart({
      indicator,
      response,
      points: pointsOf(response, 'region'),
      target: monthlyTargets(indicator, periods, { region: response.series }, byYear),
      t,
    }),
    countries: countries.map((country) => ({
      country,
      chart: entityChart({ indicator, response, points: pointsOf(response, country), target: monthlyTargets(indicator, periods, country, byYear), t }),
    })),
  };
}
