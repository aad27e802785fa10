import type { User } from '../access/roles';
import type { Period } from '../framework/calendar';
import type { QueryValues } from '../problems/query';
import type { TargetRepository } from '../targets/repository';
import { buildCompleteness } from './completeness';
import type { AggregateReader, Costed, TargetsByCountry } from './dashboard-reader';
import { buildExportCsv } from './export-csv';
import { buildOverview } from './overview';
import { buildSeries } from './series';
import { parseViewQuery } from './view-query';

/**
 * The dashboard views as plain verbs: parse the filters, read the aggregates, build the view.
 * Every role may look; `buildX` protects survivor counts for readers who are not entitled.
 */
export interface DashboardDeps {
  aggregates: AggregateReader;
  targets: Pick<TargetRepository, 'list'>;
  now: () => Date;
}

type Query = QueryValues;

export async function overviewView(deps: DashboardDeps, user: User, query: Query) {
  const now = deps.now();
  const { range, countries } = parseViewQuery('overview', query, { now });
  const [rollups, ...targetReads] = await Promise.all([deps.aggregates.rollups(range.years), ...range.years.map((y) => deps.targets.list(y))]);
  const targets = new Map<number, TargetsByCountry>(
    range.years.map((y, n) => [y, Object.fromEntries(targetReads[n]!.targetSets.map((set) => [set.country, set.targets]))]),
  );
  const consumedReadUnits = targetReads.reduce((sum, t) => sum + t.consumedReadUnits, rollups.consumedReadUnits);
  return { data: buildOverview({ user, range, rollups: rollups.data, targets, countries, now }), consumedReadUnits };
}

export async function seriesView(deps: DashboardDeps, user: User, query: Query) {
  const now = deps.now();
  const { range, countries, indicator, by } = parseViewQuery('series', query, { now });
  const rollups = await deps.aggregates.rollups(range.years);
  return {
    data: buildSeries({ user, indicator: indicator!, by, range, countries, rollups: rollups.data, now }),
    consumedReadUnits: rollups.consumedReadUnits,
  };
}

export async function completenessView(deps: DashboardDeps, _user: User, query: Query) {
  const now = deps.now();
  const { range, countries } = parseViewQuery('completeness', query, { now });
  const rollups = await deps.aggregates.rollups(range.years);
  return { data: buildCompleteness({ range, rollups: rollups.data, countries, now }), consumedReadUnits: rollups.consumedReadUnits };
}

export async function exportView(deps: DashboardDeps, user: User, query: Query): Promise<Costed<{ csv: string; from: Period; to: Period }>> {
  const { range, countries, indicator } = parseViewQuery('export', query, { now: deps.now() });
  const rollups = await deps.aggregates.rollups(range.years);
  const csv = buildExportCsv({ user, range, rollups: rollups.data, countries, ...(indicator ? { indicators: [indicator] } : {}) });
  return { data: { csv, from: range.from, to: range.to }, consumedReadUnits: rollups.consumedReadUnits };
}
