import { lazy, Suspense, useEffect, useMemo } from 'react';
import { BreakdownSelect, CountryChecks, IndicatorSelect, PeriodFields } from '../../../components/filters/filter-fields';
import { RejectedNotice } from '../../../components/filters/rejected-notice';
import { Link } from '../../../components/link';
import { isEmptySeries } from '../../../components/series-chart/series-chart-model';
import { EmptyState } from '../../../components/states/empty-state';
import { ErrorPanel } from '../../../components/states/error-panel';
import { Skeleton } from '../../../components/states/skeleton';
import { ViewHeading } from '../../../components/view-heading';
import { useYearTargets } from '../../../lib/api/targets-query';
import { formatPeriod } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n/use-language';
import { markOnce, PERF_MARKS } from '../../../lib/perf-marks';
import { useLocation } from '../../../lib/router';
import { useUrlState } from '../../../lib/use-url-state';
import { countryPath, viewHref } from '../../../lib/view-links';
import { useTrends } from '../api/get-trends';
import { trendsFiltersOf, trendsIndicator } from '../trends-filters';
import { trendsCharts } from '../trends-model';

// ECharts' line and bar parts come with the chart's chunk, asked for at once, in parallel with the data.
const chartChunk = () => import('../../../components/series-chart/series-chart');
const SeriesChart = lazy(chartChunk);

/** Indicator trends (DESIGN.md 5.2): one indicator's months per country and for the region, split by a dimension, against target. */
export default function TrendsView() {
  const { t, locale } = useLanguage();
  const { search } = useLocation();
  const { state, rejected, setUrlState } = useUrlState();
  const indicator = trendsIndicator(state);
  const filters = trendsFiltersOf(state);
  const query = useTrends(filters);
  const data = query.data;
  const targets = useYearTargets(data ? data.regional.points.map((p) => p.period) : []);
  const charts = useMemo(() => (data ? trendsCharts(indicator, data, targets.byYear, t) : null), [data, indicator, targets.byYear, t]);

  useEffect(() => {
    void chartChunk();
  }, []);
  useEffect(() => {
    if (data) markOnce(PERF_MARKS.numbers);
  }, [data]);

  const name = `${indicator.code} ${t(`indicator.${indicator.code}`)}`;
  const file = (of: string) => `etip-trends-${indicator.code}-${of}${filters.by ? `-by-${filters.by}` : ''}-${data?.from}-${data?.to}`;
  const body = () => {
    // With their targets, or the charts would be drawn twice and read "no target" in between.
    if (query.isPending || targets.pending) return <Skeleton lines={8} />;
    if (query.isError) return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
    if (!charts || isEmptySeries(query.data)) return <EmptyState />;
    return (
      <Suspense fallback={<Skeleton lines={6} className="chart-skeleton" />}>
        {targets.failed && (
          <p className="notice" role="status">
            {t('trends.targetsFailed')}
          </p>
        )}
        {charts.comparison && <SeriesChart title={t('trends.comparisonTitle', { indicator: name })} fileName={file('countries')} chart={charts.comparison} />}
        <SeriesChart title={t('trends.regionTitle', { indicator: name })} fileName={file('region')} chart={charts.region} />
        <h2>{t('trends.countriesTitle')}</h2>
        <div className="small-multiples">
          {charts.countries.map(({ country, chart }) => (
            <section key={country} className="small-multiple">
              <SeriesChart title={t(`country.${country}`)} fileName={file(country)} chart={chart} compact />
              <Link href={viewHref(countryPath(country), search)}>{t('trends.openCountry', { country: t(`country.${country}`) })}</Link>
            </section>
          ))}
        </div>
      </Suspense>
    );
  };

  return (
    <div className="trends">
      <div className="view-head">
        <ViewHeading>{t('trends.title')}</ViewHeading>
        {data && (
          <p className="range">
            {name} · {t('overview.range', { from: formatPeriod(data.from, locale), to: formatPeriod(data.to, locale) })}
          </p>
        )}
      </div>
      <form className="filters" aria-label={t('filters.title')} onSubmit={(e) => e.preventDefault()}>
        <IndicatorSelect label={t('trends.indicator')} value={indicator.code} onChange={setUrlState} />
        <BreakdownSelect dims={indicator.dims} value={filters.by} onChange={setUrlState} />
        <PeriodFields state={state} range={data ? { from: data.from, to: data.to } : null} onChange={setUrlState} />
        <CountryChecks state={state} onChange={setUrlState} />
        <button
          type="button"
          onClick={() => setUrlState({ from: undefined, to: undefined, countries: [], pillar: undefined, indicator: undefined, by: undefined })}
        >
          {t('filters.reset')}
        </button>
      </form>
      <RejectedNotice rejected={rejected} />
      {state.by && !filters.by && (
        <p className="notice" role="status">
          {t('trends.byNotApplicable', { indicator: indicator.code, dimension: t(`dimension.${state.by}`) })}
        </p>
      )}
      <p className="hint">{t('trends.hint')}</p>
      {body()}
    </div>
  );
}
