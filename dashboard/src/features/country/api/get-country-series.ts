import { useQueries } from '@tanstack/react-query';
import { useApi } from '../../../lib/api/api-context';
import { type SeriesFilters, seriesQueryOptions } from '../../../lib/api/series-query';

/**
 * Every indicator's series for one country, one request each, all at once. Through the shared
 * factory: a series the trends view already read for this country is taken from the cache.
 */
export function useCountrySeries(requests: readonly { filters: SeriesFilters }[]) {
  const api = useApi();
  return useQueries({ queries: requests.map((r) => seriesQueryOptions(api, r.filters)) });
}
