import { keys } from '@etip/db';
import { startStreamPoller } from '@etip/local/stream-poller';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { expect, vi } from 'vitest';
import type { TestTable } from './database';

/** The country, month and version of a current-report record, or null for any other item. */
export function reportOf(record: DynamoDBRecord) {
  const key = record.dynamodb?.Keys;
  const address = key && keys.parseReport({ pk: String(key.pk?.S), sk: String(key.sk?.S) });
  if (!address) return null;
  const version = record.dynamodb?.NewImage?.version?.N;
  return { ...address, version: version === undefined ? null : Number(version) };
}

export const isReportRecord = (record: DynamoDBRecord) => reportOf(record) !== null;

export interface CapturedStream {
  /** Every record of the table's stream, in stream order, as Lambda hands them to a function. */
  records: DynamoDBRecord[];
  /** The records of current-report items only. */
  reports: DynamoDBRecord[];
}

/**
 * Reads a table's real stream from its start with the local poller (the same one that feeds the
 * aggregator in the local stack) and a handler that only records. Every accepted write of a report
 * yields one report record (and one of its revision), so the caller says how many writes it made
 * and this waits, within a deadline, until exactly that many records have arrived.
 */
export async function captureStream(
  table: Pick<TestTable, 'client' | 'tableName'>,
  expected: { reports: number; others?: number },
  timeout = 15_000,
): Promise<CapturedStream> {
  const records: DynamoDBRecord[] = [];
  const record = async (event: DynamoDBStreamEvent) => {
    records.push(...event.Records);
    return { batchItemFailures: [] };
  };
  const problems: string[] = [];
  const poller = await startStreamPoller({ client: table.client, tableName: table.tableName, handler: record, idleMs: 25, log: (m) => problems.push(m) });
  try {
    await vi.waitFor(
      () => {
        const reports = records.filter(isReportRecord).length;
        const seen = expected.others === undefined ? { reports } : { reports, others: records.length - reports };
        expect(seen, `stream records of ${table.tableName} (poller: ${problems.at(-1) ?? 'no errors'})`).toEqual(expected);
      },
      { timeout, interval: 20 },
    );
  } finally {
    await poller.stop();
  }
  return { records, reports: records.filter(isReportRecord) };
}

/** The records cut into events of at most `size` records, as Lambda batches a shard. */
export function inBatches(records: readonly DynamoDBRecord[], size: number): DynamoDBStreamEvent[] {
  const events: DynamoDBStreamEvent[] = [];
  for (let at = 0; at < records.length; at += size) events.push({ Records: records.slice(at, at + size) });
  return events;
}
