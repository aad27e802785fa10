import { INDICATORS } from '@etip/core/framework';
import { useEffect } from 'react';
import { RejectedNotice } from '../../../components/filters/rejected-notice';
import { EmptyState } from '../../../components/states/empty-state';
import { ErrorPanel } from '../../../components/states/error-panel';
import { Skeleton } from '../../../components/states/skeleton';
import { ViewHeading } from '../../../components/view-heading';
import { useAuth } from '../../../lib/auth/auth-context';
import { formatNumber, formatPeriod } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n/use-language';
import { markOnce, PERF_MARKS } from '../../../lib/perf-marks';
import { navigate, useLocation } from '../../../lib/router';
import { useUrlState } from '../../../lib/use-url-state';
import { COMPLETENESS_PATH, countryPath, TRENDS_PATH, viewHref } from '../../../lib/view-links';
import { overviewFiltersOf, useOverview } from '../api/get-overview';
import { isEmptyOverview, overviewMatrix, pillarCoverage } from '../overview-model';
import { AchievementMatrix } from './achievement-matrix';
import { OverviewFilters } from './overview-filters';
import { PillarCards } from './pillar-cards';
import { useOverviewMap } from './use-overview-map';

/** The regional overview (DESIGN.md 5.2): pillar cards, the map of the chosen indicator, the countries × indicators matrix. */
export default function OverviewView() {
  const { t, locale } = useLanguage();
  const { state: auth } = useAuth();
  const { state, rejected, setUrlState } = useUrlState();
  const { search } = useLocation();
  const query = useOverview(overviewFiltersOf(state));
  const data = query.data;
  const map = useOverviewMap(data !== undefined);

  useEffect(() => {
    if (data) markOnce(PERF_MARKS.numbers);
  }, [data]);

  const indicator =
    state.indicator && (!state.pillar || INDICATORS.find((i) => i.code === state.indicator)?.pillar === state.pillar)
      ? state.indicator
      : INDICATORS.find((i) => !state.pillar || i.pillar === state.pillar)!.code;
  const ownCountry = auth.status === 'signed-in' ? auth.user.country : null;
  // The months the count is of (the response's, also when the address leaves the period to the default), with the other filters.
  const approvalsHref = viewHref(COMPLETENESS_PATH, search, data ? { from: data.from, to: data.to } : {});

  const body = () => {
    if (query.isPending) return <Skeleton lines={8} />;
    if (query.isError) return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
    const response = query.data;
    if (isEmptyOverview(response)) return <EmptyState />;
    return (
      <>
        <PillarCards pillars={response.pillars} coverage={(pillar) => pillarCoverage(response, pillar)} selected={state.pillar} />
        {map === null ? (
          <Skeleton lines={6} className="chart-skeleton" />
        ) : 'error' in map ? (
          <ErrorPanel error={map.error} onRetry={() => window.location.reload()} />
        ) : (
          <map.Component response={response} indicator={indicator} />
        )}
        <AchievementMatrix
          matrix={overviewMatrix(response, state.pillar)}
          fileName={`etip-overview-${response.from}-${response.to}`}
          ownCountry={ownCountry}
          links={{
            // Over the months the overview shows, so the figures on both pages are of the same period.
            indicator: (code) => viewHref(TRENDS_PATH, search, { indicator: code, from: response.from, to: response.to, pillar: undefined }),
            country: (code) => viewHref(countryPath(code), search, { from: response.from, to: response.to }),
          }}
        />
      </>
    );
  };

  return (
    <div className="overview">
      <div className="view-head">
        <ViewHeading>{t('overview.title')}</ViewHeading>
        {data && (
          <p className="range">
            {t('overview.range', { from: formatPeriod(data.from, locale), to: formatPeriod(data.to, locale) })} ·{' '}
            {/* The months behind the count, country by country, are the completeness view's: over the same months and countries. */}
            <a
              href={approvalsHref}
              title={t('completeness.fromOverview')}
              onClick={(e) => {
                e.preventDefault();
                navigate(approvalsHref);
              }}
            >
              {t('overview.awaiting', { count: formatNumber(data.awaitingApproval, locale) })}
            </a>
          </p>
        )}
      </div>
      <OverviewFilters state={{ ...state, indicator }} range={data ? { from: data.from, to: data.to } : null} onChange={setUrlState} />
      <RejectedNotice rejected={rejected} />
      {body()}
    </div>
  );
}
