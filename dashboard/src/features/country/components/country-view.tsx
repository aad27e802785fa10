import type { SeriesResponse } from '@etip/core/dashboard';
import type { Indicator } from '@etip/core/framework';
import { COUNTRY_CODES, type CountryCode, DIMENSION_KEYS, PILLARS } from '@etip/core/framework';
import { lazy, type ReactNode, Suspense, useEffect, useMemo } from 'react';
import { BreakdownSelect, PeriodFields, PillarSelect } from '../../../components/filters/filter-fields';
import { RejectedNotice } from '../../../components/filters/rejected-notice';
import { Link } from '../../../components/link';
import { isEmptySeries } from '../../../components/series-chart/series-chart-model';
import { EmptyState } from '../../../components/states/empty-state';
import { ErrorPanel } from '../../../components/states/error-panel';
import { Skeleton } from '../../../components/states/skeleton';
import { ViewHeading } from '../../../components/view-heading';
import { useYearTargets, type YearTargets } from '../../../lib/api/targets-query';
import { useAuth } from '../../../lib/auth/auth-context';
import { formatPeriod } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n/use-language';
import { markOnce, PERF_MARKS } from '../../../lib/perf-marks';
import { navigate, useLocation } from '../../../lib/router';
import { useUrlState } from '../../../lib/use-url-state';
import { countryPath, TRENDS_PATH, viewHref } from '../../../lib/view-links';
import { useCountrySeries } from '../api/get-country-series';
import { countrySeriesFilters, drillDownCountry } from '../country-filters';
import { countryChart } from '../country-model';

const chartChunk = () => import('../../../components/series-chart/series-chart');
const SeriesChart = lazy(chartChunk);

/** Country drill-down (DESIGN.md 5.2): one country, every indicator's months and, as asked, its breakdown, against target. */
export default function CountryView() {
  const { t, locale } = useLanguage();
  const { pathname, search } = useLocation();
  const { state: auth } = useAuth();
  const { state, rejected, setUrlState } = useUrlState();
  const own = auth.status === 'signed-in' ? auth.user.country : null;
  const { country, unknown } = drillDownCountry(pathname, state, own);
  const requests = countrySeriesFilters(state, country);
  const results = useCountrySeries(requests);
  const first = results.find((r) => r.data)?.data;
  const targets = useYearTargets(first ? first.regional.points.map((p) => p.period) : []);
  const by = state.by ?? null;

  useEffect(() => {
    void chartChunk();
  }, []);
  useEffect(() => {
    if (first) markOnce(PERF_MARKS.numbers);
  }, [first]);

  const countryName = t(`country.${country}`);
  const allEmpty = results.every((r) => r.data !== undefined && isEmptySeries(r.data));

  const card = (n: number) => {
    const { indicator, filters } = requests[n]!;
    const result = results[n]!;
    const title = `${indicator.code} ${t(`indicator.${indicator.code}`)}`;
    const trends = viewHref(TRENDS_PATH, search, { indicator: indicator.code, by: filters.by ?? undefined, pillar: undefined });
    let content: ReactNode;
    // With their targets, or the charts would be drawn twice and read "no target" in between.
    if (result.isPending || targets.pending) content = <Skeleton lines={4} />;
    else if (result.isError) content = <ErrorPanel error={result.error} onRetry={() => void result.refetch()} />;
    else {
      content = (
        <IndicatorChart
          indicator={indicator}
          response={result.data}
          country={country}
          byYear={targets.byYear}
          title={title}
          fileName={`etip-${country}-${indicator.code}${filters.by ? `-by-${filters.by}` : ''}-${result.data.from}-${result.data.to}`}
        />
      );
    }
    return (
      <section key={indicator.code} className="small-multiple" aria-label={title}>
        {result.isSuccess ? null : <h3>{title}</h3>}
        {content}
        {by && !filters.by && <p className="hint">{t('countryView.noSuchBreakdown', { dimension: t(`dimension.${by}`) })}</p>}
        <Link href={trends}>{t('countryView.openTrends')}</Link>
      </section>
    );
  };

  return (
    <div className="country-drill-down">
      <div className="view-head">
        <ViewHeading>{t('countryView.title', { country: countryName })}</ViewHeading>
        {first && <p className="range">{t('overview.range', { from: formatPeriod(first.from, locale), to: formatPeriod(first.to, locale) })}</p>}
      </div>
      <form className="filters" aria-label={t('filters.title')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('countryView.country')}
          <select value={country} onChange={(e) => navigate(viewHref(countryPath(e.target.value as CountryCode), search))}>
            {COUNTRY_CODES.map((c) => (
              <option key={c} value={c}>
                {t(`country.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <PillarSelect value={state.pillar} onChange={setUrlState} />
        <BreakdownSelect dims={DIMENSION_KEYS} value={by} onChange={setUrlState} />
        <PeriodFields state={state} range={first ? { from: first.from, to: first.to } : null} onChange={setUrlState} />
      </form>
      {unknown && (
        <p className="notice" role="status">
          {t('countryView.unknownCountry', { country: countryName })}
        </p>
      )}
      <RejectedNotice rejected={rejected} />
      {targets.failed && (
        <p className="notice" role="status">
          {t('trends.targetsFailed')}
        </p>
      )}
      <p className="hint">{t('countryView.hint')}</p>
      {allEmpty ? (
        <EmptyState />
      ) : (
        <Suspense fallback={<Skeleton lines={8} className="chart-skeleton" />}>
          {PILLARS.map((pillar) => {
            const indexes = requests.flatMap((r, n) => (r.indicator.pillar === pillar.code ? [n] : []));
            if (indexes.length === 0) return null;
            return (
              <section key={pillar.code} aria-labelledby={`pillar-${pillar.code}`}>
                <h2 id={`pillar-${pillar.code}`}>{t(`pillar.${pillar.code}`)}</h2>
                <div className="small-multiples">{indexes.map(card)}</div>
              </section>
            );
          })}
        </Suspense>
      )}
    </div>
  );
}

/** One indicator's chart, rebuilt only when its own response or the targets change (the page re-renders as each of its requests lands). */
function IndicatorChart(props: {
  indicator: Indicator;
  response: SeriesResponse;
  country: CountryCode;
  byYear: ReadonlyMap<number, YearTargets>;
  title: string;
  fileName: string;
}) {
  const { t } = useLanguage();
  const { indicator, response, country, byYear } = props;
  const chart = useMemo(() => countryChart(indicator, response, country, byYear, t), [indicator, response, country, byYear, t]);
  return <SeriesChart title={props.title} fileName={props.fileName} chart={chart} subject={t(`country.${country}`)} compact />;
}
