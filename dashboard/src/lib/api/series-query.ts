import { seriesResponseSchema } from '@etip/core/dashboard';
import type { CountryCode, DimensionKey, Period } from '@etip/core/framework';
import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from './api-client';

/**
 * What a view asks `GET /v1/dashboard/series` for. One definition for the trends and the
 * country views: the same filters make the same key, so a series one view read is not read again by the other.
 */
export interface SeriesFilters {
  readonly indicator: string;
  /** Empty: all six. */
  readonly countries: readonly CountryCode[];
  /** Unset: the API's one default for every view (core's `defaultRange`). */
  readonly from: Period | null;
  readonly to: Period | null;
  /** Only a dimension the indicator has: the API refuses any other. */
  readonly by: DimensionKey | null;
}

/** Query keys from general to specific, so `['dashboard']` or `['dashboard','series']` invalidates by prefix. */
export const seriesKeys = {
  all: ['dashboard', 'series'] as const,
  filtered: (filters: SeriesFilters) => [...seriesKeys.all, filters] as const,
};

/** `GET /v1/dashboard/series`, parsed with core's `seriesResponseSchema`. */
export function seriesQueryOptions(api: ApiClient, filters: SeriesFilters) {
  return queryOptions({
    queryKey: seriesKeys.filtered(filters),
    queryFn: ({ signal }) =>
      api.get(
        '/dashboard/series',
        {
          indicator: filters.indicator,
          countries: filters.countries.join(',') || undefined,
          from: filters.from ?? undefined,
          to: filters.to ?? undefined,
          by: filters.by ?? undefined,
        },
        seriesResponseSchema,
        signal,
      ),
  });
}
