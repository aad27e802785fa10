import { completenessResponseSchema } from '@etip/core/dashboard';
import type { CountryCode, Period } from '@etip/core/framework';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApi } from '../../../lib/api/api-context';
import type { UrlState } from '../../../lib/url-state';

/** What the completeness view asks the API for; unset `from`/`to` take the API's one default for every view (core's `defaultRange`). */
export interface CompletenessFilters {
  readonly from: Period | null;
  readonly to: Period | null;
  /** Empty: all six. */
  readonly countries: readonly CountryCode[];
}

/** The view's filters out of the page's URL state (the pillar, indicator and breakdown do not apply here). */
export function completenessFiltersOf(state: UrlState): CompletenessFilters {
  return { from: state.from ?? null, to: state.to ?? null, countries: state.countries };
}

/** The query string the API reads, from the filters: unset ones left out. */
export function completenessParams(filters: CompletenessFilters) {
  return { from: filters.from ?? undefined, to: filters.to ?? undefined, countries: filters.countries.join(',') || undefined };
}

/** Query keys from general to specific, so `['dashboard']` or `['dashboard','completeness']` invalidates by prefix. */
export const completenessKeys = {
  all: ['dashboard', 'completeness'] as const,
  filtered: (filters: CompletenessFilters) => [...completenessKeys.all, filters] as const,
};

/** `GET /v1/dashboard/completeness`, parsed with core's `completenessResponseSchema`. */
export function completenessQueryOptions(api: ApiClient, filters: CompletenessFilters) {
  return queryOptions({
    queryKey: completenessKeys.filtered(filters),
    queryFn: ({ signal }) => api.get('/dashboard/completeness', completenessParams(filters), completenessResponseSchema, signal),
  });
}

export function useCompleteness(filters: CompletenessFilters) {
  return useQuery(completenessQueryOptions(useApi(), filters));
}
