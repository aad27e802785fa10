import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../lib/api/api-client';
import { parseUrlState } from '../../lib/url-state';
import { overviewFiltersOf, overviewQueryOptions } from './api/get-overview';

/**
 * Starts what the overview needs the moment someone is signed in, all at once: its data, its
 * code and the map's code. Otherwise each waits for the one before it (route chunk → request →
 * map chunk), three round trips on a slow link before the first chart.
 */
export function preloadOverview(api: ApiClient, queryClient: QueryClient, search: string): void {
  void queryClient.prefetchQuery(overviewQueryOptions(api, overviewFiltersOf(parseUrlState(search).state)));
  void import('./components/overview-view');
  void import('./components/overview-map');
}
