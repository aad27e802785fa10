import { setTimeout as delay } from 'node:timers/promises';
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Revision, StoredReport } from '@etip/core';
import { toReportItem, toRevisionItem } from './report-item';

const BATCH_SIZE = 25; // DynamoDB's limit for one BatchWriteItem
/** Batches in flight: more only queue up inside DynamoDB Local, which writes one at a time. */
const CONCURRENCY = 2;

/**
 * importReports: loads reports and their revisions, already made by the domain, into an empty
 * table in batches of 25. Unconditional, so only for a table nobody else writes yet (the local
 * demo data); every other write goes through `DynamoReportStore.save` and its transaction.
 */
export async function importReports(
  db: DynamoDBDocumentClient,
  tableName: string,
  contents: { reports: readonly StoredReport[]; revisions: readonly Revision[] },
): Promise<{ items: number }> {
  const items = [...contents.revisions.map(toRevisionItem), ...contents.reports.map(toReportItem)];
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += BATCH_SIZE) batches.push(items.slice(i, i + BATCH_SIZE));
  let next = 0;
  const worker = async () => {
    for (let n = next++; n < batches.length; n = next++) await writeBatch(db, tableName, batches[n]!);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { items: items.length };
}

async function writeBatch(db: DynamoDBDocumentClient, tableName: string, batch: Record<string, unknown>[]): Promise<void> {
  let requests = batch.map((Item) => ({ PutRequest: { Item } }));
  for (let attempt = 1; requests.length > 0; attempt++) {
    if (attempt > 8) throw new Error(`importReports: ${requests.length} items still unprocessed after ${attempt - 1} attempts`);
    const { UnprocessedItems } = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
    requests = (UnprocessedItems?.[tableName] ?? []) as typeof requests;
    // Unprocessed items mean the table is throttling: back off before the next try.
    if (requests.length > 0) await delay(50 * 2 ** attempt);
  }
}
