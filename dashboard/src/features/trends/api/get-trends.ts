import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../lib/api/api-context';
import { type SeriesFilters, seriesQueryOptions } from '../../../lib/api/series-query';

/** One indicator's monthly series for the trends: core's series response, through the shared query-option factory. */
export function useTrends(filters: SeriesFilters) {
  return useQuery(seriesQueryOptions(useApi(), filters));
}
