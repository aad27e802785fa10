import { lazy, Suspense, useEffect, useState } from 'react';
import { EmptyState } from '../../../components/states/empty-state';
import { ErrorPanel } from '../../../components/states/error-panel';
import { Skeleton } from '../../../components/states/skeleton';
import { formatPeriod } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n/use-language';
import { useUrlState } from '../../../lib/use-url-state';
import { completenessFiltersOf, useCompleteness } from '../api/get-completeness';
import { isEmptyCompleteness } from '../completeness-model';
import { CompletenessFilters } from './completeness-filters';
import { RatesTable } from './rates-table';
import './completeness.css';
import { RejectedNotice } from '../../../components/filters/rejected-notice';
import { ViewHeading } from '../../../components/view-heading';

// The heat map (ECharts' heat map, grid and visual map) is its own chunk, fetched as soon as this
// view loads, in parallel with the data.
const heatmapChunk = () => import('./completeness-heatmap');
const CompletenessHeatmap = lazy(heatmapChunk);

/** The clock the deadlines are counted from, moved on every minute so "due today" turns into "1 day overdue" on time. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Completeness and timeliness (DESIGN.md 5.2): the country × month heat map, the rates and each country's next deadline. */
export default function CompletenessView() {
  const { t, locale } = useLanguage();
  const { state, rejected, setUrlState } = useUrlState();
  const query = useCompleteness(completenessFiltersOf(state));
  const now = useNow();
  const data = query.data;

  useEffect(() => {
    void heatmapChunk();
  }, []);

  const body = () => {
    if (query.isPending) return <Skeleton lines={8} />;
    if (query.isError) return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
    const response = query.data;
    if (isEmptyCompleteness(response)) return <EmptyState />;
    return (
      <>
        <Suspense fallback={<Skeleton lines={6} className="chart-skeleton" />}>
          <CompletenessHeatmap response={response} />
        </Suspense>
        <RatesTable response={response} now={now} />
      </>
    );
  };

  return (
    <div className="completeness">
      <div className="view-head">
        <ViewHeading>{t('completeness.title')}</ViewHeading>
        {data && <p className="range">{t('overview.range', { from: formatPeriod(data.from, locale), to: formatPeriod(data.to, locale) })}</p>}
      </div>
      <p className="hint">{t('completeness.intro')}</p>
      <CompletenessFilters state={state} range={data ? { from: data.from, to: data.to } : null} onChange={setUrlState} />
      <RejectedNotice rejected={rejected} />
      {body()}
    </div>
  );
}
