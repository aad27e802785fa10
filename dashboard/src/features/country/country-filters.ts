import { type CountryCode, INDICATORS, type Indicator } from '@etip/core/framework';
import type { SeriesFilters } from '../../lib/api/series-query';
import type { UrlState } from '../../lib/url-state';
import { countryOfPath } from '../../lib/view-links';

/**
 * The country the page shows: the address's (`/country/LA`); at `/country` the reader's own
 * country, else the first country of the filters, else the programme's first. `unknown` when the
 * address names a country that is not one of the six (the page says so and shows the default).
 */
export function drillDownCountry(pathname: string, state: UrlState, ownCountry: CountryCode | null): { country: CountryCode; unknown: boolean } {
  const fromPath = countryOfPath(pathname);
  const fallback = ownCountry ?? state.countries[0] ?? 'KH';
  return { country: fromPath ?? fallback, unknown: fromPath === null && /^\/country\/[^/]+/.test(pathname) };
}

/**
 * One series request per indicator of the chosen pillar (all of them without one), for one
 * country. The breakdown applies to the indicators that have that dimension; the others are read
 * whole (the API would refuse the split), and the page says which.
 */
export function countrySeriesFilters(state: UrlState, country: CountryCode): { indicator: Indicator; filters: SeriesFilters }[] {
  return INDICATORS.filter((i) => !state.pillar || i.pillar === state.pillar).map((indicator) => ({
    indicator,
    filters: {
      indicator: indicator.code,
      countries: [country],
      from: state.from ?? null,
      to: state.to ?? null,
      by: state.by && indicator.dims.includes(state.by) ? state.by : null,
    },
  }));
}
