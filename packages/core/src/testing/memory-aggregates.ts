import type { AggregateReader, CountryYear } from '../dashboard/dashboard-reader';

/** The dashboards' aggregate read port over rollups held in memory, for tests; reads cost nothing here. */
export const memoryAggregates = (held: readonly CountryYear[]): AggregateReader => ({
  rollups: async (years) => ({ data: held.filter((r) => years.includes(r.year)), consumedReadUnits: 0 }),
});
