import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { COUNTRY_CODES, type CountryCode, findIndicator, INDICATOR_CODES, type Period, type StoredReport } from '@etip/core';
import { fullValues } from '@etip/core/testing';
import { createStores, keys } from '@etip/db';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { startAggregator } from '../../support/aggregator';
import { createTestApi } from '../../support/api';
import { createTestTable, type TestTable } from '../../support/database';
import { approvedReports, loadReports } from '../../support/report-history';
import { type Api, get, getCsv, NOW, pollers, prepareMainTable, RCU, stopAggregatorsAfterAll } from './fixture';

/**
 * What the dashboards cost to read (DESIGN.md 7): on the main table of ./fixture.ts, and on a
 * history table of up to ten years of complete reports.
 */

describe('dashboard read API on DynamoDB Local, fed by the real stream aggregator', () => {
  describe('read cost', () => {
    it('every dashboard response says what it cost in X-Consumed-RCU, a decimal number > 0', async () => {
      // Act
      const responses = [
        await get('/v1/dashboard/overview?from=2026-01&to=2026-12'),
        await get('/v1/dashboard/series?indicator=PRT-01&by=age'),
        await get('/v1/dashboard/completeness?from=2025-01&to=2026-12'),
        await getCsv('/v1/export.csv?from=2026-01&to=2026-12'),
      ];

      // Assess
      for (const response of responses) {
        const header = response.headers.get('x-consumed-rcu');
        expect(header).toMatch(RCU);
        expect(Number(header)).toBeGreaterThan(0);
      }
    });

    it('an overview of a calendar year costs ≤ 6 RCU, a 24-month series of six countries ≤ 8 RCU', async () => {
      // Act
      const overview = await get('/v1/dashboard/overview?from=2026-01&to=2026-12');
      const series = await get('/v1/dashboard/series?indicator=PRT-01&from=2025-01&to=2026-12&by=exploitation');

      // Assess
      expect(series.json.series).toHaveLength(6);
      expect(Number(overview.headers.get('x-consumed-rcu'))).toBeLessThanOrEqual(6);
      expect(Number(series.headers.get('x-consumed-rcu'))).toBeLessThanOrEqual(8);
    });
  });
});

/*
 * DESIGN.md 7: a view's read cost depends on its range, not on how many years of history the
 * table holds. A second table gets two years of complete reports (2025, 2026), the views' costs
 * are noted, then eight earlier years arrive (2017 … 2024) and the same views are read again.
 */
const history = {} as { table: TestTable; api: Api; twoYears: ViewCosts };
type ViewCosts = Awaited<ReturnType<typeof viewCosts>>;

/** Every cell differs by country and month; a month's values are the same whenever it is loaded. */
const historyValues = (country: CountryCode, period: Period) =>
  fullValues(COUNTRY_CODES.indexOf(country) * 13 + Number(period.slice(0, 4)) * 12 + Number(period.slice(5)));

/** What each view costs, by the X-Consumed-RCU it reports. */
async function viewCosts(on: Api) {
  const bearer = await on.tokenFor('viewer');
  const read = async (path: string) => {
    const response = await on.app.request(path, { headers: { Authorization: `Bearer ${bearer}` } });
    expect(response.status, path).toBe(200);
    return Number(response.headers.get('x-consumed-rcu'));
  };
  return {
    overview: await read('/v1/dashboard/overview?from=2026-01&to=2026-12'),
    series: await read('/v1/dashboard/series?indicator=PRT-01&from=2025-01&to=2026-12&by=age'),
    completeness: await read('/v1/dashboard/completeness?from=2025-01&to=2026-12'),
    export: await read('/v1/export.csv?from=2026-01&to=2026-12'),
  };
}

/** Loads reports into the history table and waits until the aggregator has every one of them. */
async function loadHistory(reports: readonly StoredReport[]) {
  await loadReports(history.table, reports);
  const aggregates = createStores(history.table.documents, history.table.tableName).aggregates;
  const years = [...new Set(reports.map((r) => Number(r.period.slice(0, 4))))];
  await vi.waitFor(
    async () => {
      const { data } = await aggregates.rollups(years);
      expect(data.flatMap((y) => Object.values(y.months)).filter((m) => m.status === 'approved' && m.values)).toHaveLength(reports.length);
    },
    { timeout: 90_000, interval: 200 },
  );
}

async function prepareHistoryTable() {
  history.table = await createTestTable();
  history.api = await createTestApi(history.table, { now: () => NOW });
  pollers.push(await startAggregator(history.table));
  const lead = await history.api.tokenFor('regional-lead');
  const targets = Object.fromEntries(INDICATOR_CODES.map((code) => [code, findIndicator(code)!.aggregation === 'ratio' ? 60 : 500]));
  for (const country of COUNTRY_CODES) {
    const put = await history.api.request('PUT', `/v1/targets/${country}/2026`, { token: lead, body: { targets }, headers: { 'If-None-Match': '*' } });
    expect(put.status, put.text).toBe(201);
  }
  const recent = await approvedReports({ from: '2025-01', to: '2026-12', values: historyValues });
  const [earlier] = await Promise.all([
    // Made while the recent years load: DynamoDB Local is busy then, this process is not.
    approvedReports({ from: '2017-01', to: '2024-12', values: historyValues }),
    loadHistory(recent).then(async () => {
      history.twoYears = await viewCosts(history.api);
    }),
  ]);
  await loadHistory(earlier);
}

// The two tables fill side by side: most of this file's time is DynamoDB Local taking writes.
stopAggregatorsAfterAll();
beforeAll(() => Promise.all([prepareMainTable(), prepareHistoryTable()]), 120_000);

describe('read cost independent of history', () => {
  it('a year’s overview, a 24-month series, completeness and the export cost the same with ten years of reports as with two', async () => {
    // Prepare: the costs with two years were noted before the eight earlier years arrived.
    const { twoYears } = history;

    // Act
    const tenYears = await viewCosts(history.api);
    const decade = await history.api.request('GET', '/v1/dashboard/completeness?from=2017-01&to=2026-12', { token: await history.api.tokenFor('viewer') });

    // Assess
    console.log('read cost in RCU with two and with ten years of history:', twoYears, tenYears);
    for (const cost of Object.values(twoYears)) expect(cost).toBeGreaterThan(0);
    expect(tenYears).toEqual(twoYears);
    const statuses = decade.json.rows.flatMap((r: { months: { status: string }[] }) => r.months.map((m) => m.status));
    expect(statuses).toEqual(Array(6 * 120).fill('approved'));
  });

  it('with every month reported, stays within budget and ≥ 10 × cheaper than reading the raw reports', async () => {
    // Prepare: what the same 24 months × 6 countries cost read from the reports themselves.
    const { table } = history;
    let raw = 0;
    for (const country of COUNTRY_CODES) {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await table.documents.send(
          new QueryCommand({
            TableName: table.tableName,
            KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :last',
            ExpressionAttributeValues: {
              ':pk': keys.report(country, '2025-01').pk,
              ':first': keys.report(country, '2025-01').sk,
              ':last': keys.report(country, '2026-12').sk,
            },
            ExclusiveStartKey: start,
            ReturnConsumedCapacity: 'TOTAL',
          }),
        );
        raw += page.ConsumedCapacity?.CapacityUnits ?? 0;
        start = page.LastEvaluatedKey;
      } while (start);
    }

    // Act
    const cost = await viewCosts(history.api);
    // 24 months that do not start in January touch three rollup years: the dearest series.
    const threeYears = await history.api.request('GET', '/v1/dashboard/series?indicator=PRT-01&from=2024-07&to=2026-06', {
      token: await history.api.tokenFor('viewer'),
    });

    // Assess
    console.log(
      `24 months × 6 countries: series ${cost.series} RCU (over three rollup years ${threeYears.headers.get('x-consumed-rcu')}), raw reports ${raw} RCU`,
    );
    expect(cost.overview).toBeLessThanOrEqual(6);
    expect(cost.series).toBeLessThanOrEqual(8);
    expect(Number(threeYears.headers.get('x-consumed-rcu'))).toBeLessThanOrEqual(8);
    expect(cost.series * 10).toBeLessThanOrEqual(raw);
  });
});
