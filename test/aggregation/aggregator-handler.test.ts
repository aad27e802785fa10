import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { applyRecord } from '@etip/aggregator/apply-record';
import { createAggregatorHandler } from '@etip/aggregator/handler';
import type { CountryCode, MonthAggregate, Period } from '@etip/core';
import { fullBody, fullValues } from '@etip/core/testing';
import { DynamoAggregateStore } from '@etip/db';
import type { DynamoDBRecord } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AggregateView, recompute, storedAggregates, storedReports } from '../support/aggregates';
import { createTestApi } from '../support/api';
import { createTestTable, type TestTable } from '../support/database';
import { createReportWriter } from '../support/report-writer';
import { type CapturedStream, captureStream, reportOf } from '../support/stream-capture';

const NOW = new Date('2026-11-20T00:00:00Z');

/** A fresh table for the aggregates, and the real handler writing into it, with its log kept as `{ level, message, ...attributes }`. */
async function aggregatesTable(store?: (table: TestTable) => DynamoAggregateStore) {
  const table = await createTestTable();
  const log: Record<string, unknown>[] = [];
  const keep = (level: string) => (message: string, attributes: Record<string, unknown>) => log.push({ level, message, ...attributes });
  const handler = createAggregatorHandler(store?.(table) ?? new DynamoAggregateStore(table.documents, table.tableName), {
    log: { debug: keep('DEBUG'), info: keep('INFO'), error: keep('ERROR') },
  });
  return { table, log, handler };
}

/** The per-record lines: one for each report record applied, or found to change nothing. */
const perRecord = (log: Record<string, unknown>[]) => log.filter((entry) => entry.message === 'applied');

/** Every item of a table, decoded, in key order: to compare two tables whatever order their attributes were written in. */
async function items(table: TestTable) {
  const { Items = [] } = await table.documents.send(new ScanCommand({ TableName: table.tableName, ConsistentRead: true }));
  return Items.sort((a, b) => `${a.pk} ${a.sk}`.localeCompare(`${b.pk} ${b.sk}`));
}

/**
 * The real store whose writes for one country fail as DynamoDB throttling would. A test double
 * only for this failure injection: DynamoDB Local cannot be made to throttle one item.
 */
class ThrottledForCountry extends DynamoAggregateStore {
  constructor(
    table: TestTable,
    private readonly throttled: CountryCode,
  ) {
    super(table.documents, table.tableName);
  }

  override async putMonth(country: CountryCode, period: Period, aggregate: MonthAggregate) {
    if (country === this.throttled) throw new ProvisionedThroughputExceededException({ message: `throttled: ${country} ${period}`, $metadata: {} });
    return super.putMonth(country, period, aggregate);
  }
}

describe('the aggregator handler fed with real stream records of DynamoDB Local', () => {
  let reports: TestTable;
  let stream: CapturedStream;
  let expected: AggregateView;
  const find = (country: CountryCode, period: Period, version: number) =>
    stream.records.find((r) => {
      const report = reportOf(r);
      return report?.country === country && report.period === period && report.version === version;
    })!;

  beforeAll(async () => {
    // Prepare: two countries' reports through their whole lifecycle, written by the real API.
    reports = await createTestTable();
    const api = await createTestApi(reports, { now: () => NOW });
    const writer = await createReportWriter(api);
    const steps = [
      () => writer.create('LA', '2026-09', fullBody(1)), // v1
      () => writer.create('VN', '2026-09', fullBody(4)), // v1
      () => writer.submit('LA', '2026-09', 1), // v2
      () => writer.approve('LA', '2026-09', 2), // v3
      () => writer.submit('VN', '2026-09', 1), // v2
      () => writer.return('VN', '2026-09', 2), // v3
      () => writer.replace('LA', '2026-09', 3, fullBody(2)), // v4: re-edited, dashboards keep v2's values
      () => writer.replace('LA', '2026-09', 4, fullBody(3)), // v5: a draft save dashboards do not see
      () => writer.replace('VN', '2026-09', 3, fullBody(5)), // v4
      () => writer.submit('VN', '2026-09', 4), // v5
      () => writer.create('LA', '2026-10', { values: fullValues(6).slice(0, 10) }), // v1: a partial draft
      () => writer.replace('LA', '2026-10', 1, { values: fullValues(7).slice(0, 20) }), // v2: still a draft
    ];
    for (const step of steps) expect((await step()).status).toBeLessThan(300);
    const lead = await api.tokenFor('regional-lead');
    const targets = await api.request('PUT', '/v1/targets/LA/2026', { token: lead, body: { targets: { 'PRV-01': 4800 } }, headers: { 'If-None-Match': '*' } });
    expect(targets.status).toBe(201);
    // Each report write is a report record and a revision record; the targets, a set and its revision.
    stream = await captureStream(reports, { reports: writer.accepted, others: writer.accepted + 2 });
    expected = recompute(await storedReports(reports.documents, reports.tableName));
  });

  it('applied twice, a batch gives the same aggregates and the second delivery writes nothing', async () => {
    // Prepare
    const { table, log, handler } = await aggregatesTable();
    const first = await handler({ Records: stream.records });
    const once = await table.snapshot();
    log.length = 0;

    // Act
    const second = await handler({ Records: stream.records });

    // Assess
    expect(first.batchItemFailures).toEqual([]);
    expect(second.batchItemFailures).toEqual([]);
    expect(await table.snapshot()).toBe(once);
    expect(perRecord(log)).toHaveLength(stream.reports.length);
    expect(perRecord(log).filter((entry) => entry.applied !== false || entry.consumedWriteUnits !== 0)).toEqual([]);
    expect(log.at(-1)).toEqual({
      level: 'INFO',
      message: 'batch aggregated',
      records: stream.records.length,
      applied: 0,
      skipped: stream.records.length,
      failed: 0,
    });
    expect(await storedAggregates(table.documents, table.tableName)).toEqual(expected);
  });

  it('delivered newest first, one record at a time, gives the same aggregates as in stream order', async () => {
    // Prepare
    const inOrder = await aggregatesTable();
    const reversed = await aggregatesTable();
    await inOrder.handler({ Records: stream.records });

    // Act
    const responses = [];
    for (const record of [...stream.records].reverse()) responses.push(await reversed.handler({ Records: [record] }));

    // Assess
    expect(responses.flatMap((r) => r.batchItemFailures)).toEqual([]);
    expect(await items(reversed.table)).toEqual(await items(inOrder.table));
    expect(await storedAggregates(reversed.table.documents, reversed.table.tableName)).toEqual(expected);
  });

  it('reports the first record it could not apply, applies the others, and a redelivery from that record completes the aggregates', async () => {
    // Prepare: every write for VN fails; its first record comes after LA's first in the stream.
    const { table, log, handler } = await aggregatesTable((t) => new ThrottledForCountry(t, 'VN'));
    const firstFailing = stream.records.findIndex((r) => reportOf(r)?.country === 'VN');
    expect(stream.records.slice(0, firstFailing).filter((r) => reportOf(r)?.country === 'LA')).not.toHaveLength(0);
    const healthy = createAggregatorHandler(new DynamoAggregateStore(table.documents, table.tableName));

    // Act
    const failed = await handler({ Records: stream.records });
    const partial = await storedAggregates(table.documents, table.tableName);
    const redelivered = await healthy({ Records: stream.records.slice(firstFailing) });

    // Assess
    expect(failed).toEqual({ batchItemFailures: [{ itemIdentifier: stream.records[firstFailing]!.dynamodb!.SequenceNumber }] });
    // One line for the batch: its counts, and the first failure by its ids and error, not its data.
    const vnRecords = stream.records.filter((r) => reportOf(r)?.country === 'VN').length;
    expect(log.filter((entry) => entry.level !== 'DEBUG')).toEqual([
      {
        level: 'ERROR',
        message: expect.stringMatching(/delivered again/),
        records: stream.records.length,
        applied: expect.any(Number),
        skipped: expect.any(Number),
        failed: vnRecords,
        firstFailure: {
          eventID: stream.records[firstFailing]!.eventID,
          sequenceNumber: stream.records[firstFailing]!.dynamodb!.SequenceNumber,
          error: { name: 'ProvisionedThroughputExceededException', message: expect.stringMatching(/^throttled: VN /), stack: expect.any(String) },
        },
      },
    ]);
    const laOnly = Object.fromEntries(Object.entries(expected.months).filter(([month]) => month.startsWith('LA ')));
    expect(partial).toEqual({ months: laOnly });
    expect(redelivered).toEqual({ batchItemFailures: [] });
    expect(await storedAggregates(table.documents, table.tableName)).toEqual(expected);
  });

  it('ignores the records of revisions, targets and the rollups themselves', async () => {
    // Prepare: real rollup records, from the stream of a table the aggregator wrote.
    const aggregated = await aggregatesTable();
    await aggregated.handler({ Records: stream.reports });
    const rollupWrites = aggregated.log.filter((entry) => entry.applied === true).length;
    const rollups = await captureStream(aggregated.table, { reports: 0, others: rollupWrites });
    const others = [...stream.records.filter((r) => !reportOf(r)), ...rollups.records];
    const entities = new Set(others.map((r) => r.dynamodb?.NewImage?.entity?.S));
    expect([...entities].sort()).toEqual(['revision', 'rollup', 'target-revision', 'targets']);
    const { table, log, handler } = await aggregatesTable();
    const store = new DynamoAggregateStore(table.documents, table.tableName);

    // Act
    const response = await handler({ Records: others });
    const applied = await Promise.all(others.map((record) => applyRecord(store, record)));

    // Assess
    expect(response.batchItemFailures).toEqual([]);
    expect(log).toEqual([{ level: 'INFO', message: 'batch aggregated', records: others.length, applied: 0, skipped: others.length, failed: 0 }]);
    expect(applied).toEqual(others.map(() => ({ kind: 'ignored', applied: false, consumedWriteUnits: 0 })));
    expect(await table.snapshot()).toBe('[]');
  });

  it.each([
    ['a re-edited report saved again', 'LA', '2026-09', 5],
    ['a never submitted draft saved with more cells', 'LA', '2026-10', 2],
  ] as const)('writes nothing for a draft save dashboards do not see: %s', async (_, country, period, version) => {
    // Prepare: everything up to that save applied, in stream order.
    const { table, handler } = await aggregatesTable();
    const save: DynamoDBRecord = find(country, period, version);
    const before = stream.records.slice(0, stream.records.indexOf(save));
    expect((await handler({ Records: before })).batchItemFailures).toEqual([]);
    const rollup = await table.snapshot();

    // Act
    const applied = await applyRecord(new DynamoAggregateStore(table.documents, table.tableName), save);

    // Assess
    expect(applied).toEqual({ kind: 'report', applied: false, consumedWriteUnits: 0 });
    expect(await table.snapshot()).toBe(rollup);
    expect(rollup).not.toBe('[]');
  });
});
