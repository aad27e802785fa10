import type { Period } from '@etip/core/framework';
import { yearTargetsSchema } from '@etip/core/targets';
import { queryOptions, useQueries } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import type { ApiClient } from './api-client';
import { useApi } from './api-context';

export type YearTargets = z.output<typeof yearTargetsSchema>;

/** Targets are not a dashboard read: their own root, so the targets editor can invalidate them by prefix. */
export const targetsKeys = {
  all: ['targets'] as const,
  year: (year: number) => [...targetsKeys.all, { year }] as const,
};

/** `GET /v1/targets?year=`: every country's annual targets for one year, parsed with core's `yearTargetsSchema`. */
export function yearTargetsQueryOptions(api: ApiClient, year: number) {
  return queryOptions({
    queryKey: targetsKeys.year(year),
    queryFn: ({ signal }) => api.get('/targets', { year: String(year) }, yearTargetsSchema, signal),
  });
}

/** The years a run of months touches, in order: `2025-11…2026-02` → 2025, 2026. */
export function yearsOf(periods: readonly Period[]): number[] {
  return [...new Set(periods.map((p) => Number(p.slice(0, 4))))];
}

/**
 * The annual targets of every year of `periods`, by year: what has arrived so far, and whether
 * any year could not be read (the charts then say so rather than show "no target").
 */
export function useYearTargets(periods: readonly Period[]): YearTargetsState {
  const api = useApi();
  return useQueries({ queries: yearsOf(periods).map((year) => yearTargetsQueryOptions(api, year)), combine: combineYears });
}

export interface YearTargetsState {
  readonly byYear: ReadonlyMap<number, YearTargets>;
  readonly failed: boolean;
  /** Some year still on its way: a chart drawn now would show "no target" and then change under the reader. */
  readonly pending: boolean;
}

// One function for every render: TanStack Query re-combines (a new Map, new charts) only when the results change.
function combineYears(results: readonly { data?: YearTargets; isError: boolean; isPending: boolean }[]): YearTargetsState {
  return {
    byYear: new Map(results.flatMap((r) => (r.data ? [[r.data.year, r.data] as const] : []))),
    failed: results.some((r) => r.isError),
    pending: results.some((r) => r.isPending),
  };
}
