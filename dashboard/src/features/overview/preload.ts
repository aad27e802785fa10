import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../lib/api/api-client';
import { preloadOverviewCharts } from '../../lib/boot/chart-preload';
import { parseUrlState } from '../../lib/url-state';
import { overviewFiltersOf, overviewQueryOptions } from './api/get-overview';

/**
 * Starts what the overview needs the moment someone is signed in, all at once: its data and the
 * map's files (fetched, not run: use-overview-map.ts says when; the view's own code is the app's).
 * Otherwise each waits for the one before it (request → map chunk), round trips on a slow link
 * before the first chart.
 */
export function preloadOverview(api: ApiClient, queryClient: QueryClient, search: string): void {
  void queryClient.prefetchQuery(overviewQueryOptions(api, overviewFiltersOf(parseUrlState(search).state)));
  void preloadOverviewCharts();
}
