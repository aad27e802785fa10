import { isDeepStrictEqual } from 'node:util';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  type AggregateReader,
  COUNTRY_CODES,
  type CountryYear,
  completenessView,
  type DashboardDeps,
  exportView,
  monthAggregate,
  overviewView,
  type Period,
  queryOf,
  seriesView,
} from '@etip/core';
import { fromReportItem, keys } from '@etip/db';
import { queryAll } from '@etip/db/query-all';
import { VIEWER } from './api';
import type { ViewCase, ViewRead } from './read-costs';

/**
 * The alternative the aggregates exist to avoid: answer a view from the raw monthly report items
 * (`SUBMISSION#` items), one Query per country over exactly the view's months, eventually
 * consistent like the dashboards' reads. Each raw item carries every cell twice (working copy and
 * published values) in named form, so it weighs kilobytes where a rollup slot weighs ~150 bytes.
 */
function rawReportReader(db: DynamoDBDocumentClient, tableName: string, range: { from: Period; to: Period }): AggregateReader {
  return {
    async rollups() {
      const reads = await Promise.all(
        COUNTRY_CODES.map((country) => {
          const { pk } = keys.reportsOfCountry(country);
          return queryAll(db, {
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
            ExpressionAttributeValues: { ':pk': pk, ':from': keys.reportSortKey(range.from), ':to': keys.reportSortKey(range.to) },
          });
        }),
      );
      const years = new Map<string, CountryYear>();
      for (const item of reads.flatMap((r) => r.items)) {
        const report = fromReportItem(item);
        const year = Number(report.period.slice(0, 4));
        const key = `${report.country} ${year}`;
        if (!years.has(key)) years.set(key, { country: report.country, year, months: {} });
        years.get(key)!.months[report.period] = monthAggregate(report);
      }
      return { data: [...years.values()], consumedReadUnits: reads.reduce((sum, r) => sum + r.consumedReadUnits, 0) };
    },
  };
}

const USE_CASES = {
  '/v1/dashboard/overview': overviewView,
  '/v1/dashboard/series': seriesView,
  '/v1/dashboard/completeness': completenessView,
} as const;

export interface NaiveRead {
  rcu: number;
  /** How long the use case took over the raw reports, in ms (informs only). */
  ms: number;
  /** Whether the raw-report answer equals the API's answer from the aggregates: a cheap view must still be right. */
  sameAnswer: boolean;
}

/**
 * The same view through the same use case, with the raw reports in place of the aggregates; the
 * overview's targets are read as the API reads them, so both sides pay for them alike.
 */
export async function naiveRead(db: DynamoDBDocumentClient, tableName: string, deps: Omit<DashboardDeps, 'aggregates'>, read: ViewRead): Promise<NaiveRead> {
  const view: ViewCase = read.view;
  const range = { from: view.query.from!, to: view.query.to! };
  const naiveDeps: DashboardDeps = { ...deps, aggregates: rawReportReader(db, tableName, range) };
  const started = performance.now();
  if (view.path === '/v1/export.csv') {
    const result = await exportView(naiveDeps, VIEWER, queryOf(view.query));
    return { rcu: result.consumedReadUnits, ms: performance.now() - started, sameAnswer: result.data.csv === read.body };
  }
  const result = await USE_CASES[view.path](naiveDeps, VIEWER, queryOf(view.query));
  const ms = performance.now() - started;
  return { rcu: result.consumedReadUnits, ms, sameAnswer: isDeepStrictEqual(JSON.parse(JSON.stringify(result.data)), JSON.parse(read.body)) };
}
