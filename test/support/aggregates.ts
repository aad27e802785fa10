import { type DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { decodeVector, monthAggregate, type StoredReport } from '@etip/core';
import { fromReportItem, keys } from '@etip/db';
import { expect, vi } from 'vitest';

/**
 * The aggregates a table holds, and the aggregates its reports call for, in one comparable
 * shape: rollup slots by `country period`, without the report version (the aggregator leaves it
 * behind on a draft save that changes nothing a dashboard shows).
 */
export interface AggregateView {
  months: Record<string, unknown>;
}

async function scanAll(db: DynamoDBDocumentClient, tableName: string) {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

export async function storedReports(db: DynamoDBDocumentClient, tableName: string): Promise<StoredReport[]> {
  const items = await scanAll(db, tableName);
  return items.filter((i) => keys.parseReport({ pk: String(i.pk), sk: String(i.sk) })).map(fromReportItem);
}

/** What a recomputation from the reports gives. */
export function recompute(reports: readonly StoredReport[]): AggregateView {
  const view: AggregateView = { months: {} };
  for (const report of reports) {
    const { version: _v, ...slot } = monthAggregate(report);
    view.months[`${report.country} ${report.period}`] = slot;
  }
  return view;
}

/** What the aggregator has written. */
export async function storedAggregates(db: DynamoDBDocumentClient, tableName: string): Promise<AggregateView> {
  const view: AggregateView = { months: {} };
  for (const item of await scanAll(db, tableName)) {
    const rollup = keys.parseRollup({ pk: String(item.pk), sk: String(item.sk) });
    if (rollup) {
      for (const [name, slot] of Object.entries(item)) {
        const period = keys.periodOfRollupSlot(rollup.year, name);
        if (!period) continue;
        const s = slot as { s: string; t: string | null; pv: number | null; x: Uint8Array | null; w?: Uint8Array };
        view.months[`${rollup.country} ${period}`] = {
          status: s.s,
          timeliness: s.t,
          publishedVersion: s.pv,
          values: s.x && decodeVector(s.x),
          withheld: s.w ? new Uint8Array(s.w) : null,
        };
      }
    }
  }
  return view;
}

/**
 * Waits until the aggregator has caught up with the table's stream: the aggregates equal a
 * recomputation from the stored reports. Returns that recomputation.
 */
export async function aggregatesCaughtUp(table: { documents: DynamoDBDocumentClient; tableName: string }, timeout = 20_000): Promise<AggregateView> {
  const expected = recompute(await storedReports(table.documents, table.tableName));
  await vi.waitFor(async () => expect(await storedAggregates(table.documents, table.tableName)).toEqual(expected), { timeout, interval: 100 });
  return expected;
}
