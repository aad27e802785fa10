import { overviewResponseSchema } from '@etip/core/dashboard';
import type { CountryCode, Period } from '@etip/core/framework';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApi } from '../../../lib/api/api-context';
import type { UrlState } from '../../../lib/url-state';

/** What the overview asks the API for; unset `from`/`to` take the API's one default for every view (core's `defaultRange`). */
export interface OverviewFilters {
  readonly from: Period | null;
  readonly to: Period | null;
  /** Empty: all six. */
  readonly countries: readonly CountryCode[];
}

/** The overview's filters out of the page's URL state: one definition for the view and its prefetch. */
export function overviewFiltersOf(state: UrlState): OverviewFilters {
  return { from: state.from ?? null, to: state.to ?? null, countries: state.countries };
}

/** Query keys from general to specific, so `['dashboard']` or `['dashboard','overview']` invalidates by prefix. */
export const overviewKeys = {
  all: ['dashboard', 'overview'] as const,
  filtered: (filters: OverviewFilters) => [...overviewKeys.all, filters] as const,
};

/** `GET /v1/dashboard/overview`, parsed with core's `overviewResponseSchema`. */
export function overviewQueryOptions(api: ApiClient, filters: OverviewFilters) {
  return queryOptions({
    queryKey: overviewKeys.filtered(filters),
    queryFn: ({ signal }) =>
      api.get(
        '/dashboard/overview',
        { from: filters.from ?? undefined, to: filters.to ?? undefined, countries: filters.countries.join(',') || undefined },
        overviewResponseSchema,
        signal,
      ),
  });
}

export function useOverview(filters: OverviewFilters) {
  return useQuery(overviewQueryOptions(useApi(), filters));
}
