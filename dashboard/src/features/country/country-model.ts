import type { SeriesResponse } from '@etip/core/dashboard';
import type { CountryCode, Indicator } from '@etip/core/framework';
import { entityChart, pointsOf, type SeriesChart } from '../../components/series-chart/series-chart-model';
import type { YearTargets } from '../../lib/api/targets-query';
import type { Translate } from '../../lib/i18n/translate';
import { monthlyTargets } from '../../lib/monthly-target';

/** One indicator's chart on a country's page: its months, split as asked, against the country's monthly target. */
export function countryChart(
  indicator: Indicator,
  response: SeriesResponse,
  country: CountryCode,
  byYear: ReadonlyMap<number, YearTargets>,
  t: Translate,
): SeriesChart {
  const points = pointsOf(response, country);
  return entityChart({
    indicator,
    response,
    points,
    target: monthlyTargets(
      indicator,
      points.map((p) => p.period),
      country,
      byYear,
    ),
    t,
  });
}
