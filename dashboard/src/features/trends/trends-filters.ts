import { findIndicator, INDICATORS, type Indicator } from '@etip/core/framework';
import type { SeriesFilters } from '../../lib/api/series-query';
import type { UrlState } from '../../lib/url-state';

/**
 * The indicator the trends show: the URL's, if it is in the chosen pillar; otherwise the
 * pillar's first (the framework's first with no pillar), so a link always shows a chart.
 */
export function trendsIndicator(state: UrlState): Indicator {
  const chosen = state.indicator ? findIndicator(state.indicator) : undefined;
  if (chosen && (!state.pillar || chosen.pillar === state.pillar)) return chosen;
  return INDICATORS.find((i) => !state.pillar || i.pillar === state.pillar)!;
}

/**
 * What the trends ask the API for, out of the page's URL state. A breakdown the indicator does
 * not have is dropped (the API would refuse it: `no-breakdown-by`), so a link made for PRT-01 by
 * exploitation still opens, by total, when the indicator is changed to PRV-02.
 */
export function trendsFiltersOf(state: UrlState): SeriesFilters {
  const indicator = trendsIndicator(state);
  const by = state.by && indicator.dims.includes(state.by) ? state.by : null;
  return { indicator: indicator.code, countries: state.countries, from: state.from ?? null, to: state.to ?? null, by };
}
