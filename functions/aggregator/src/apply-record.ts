import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { aggregateChange } from '@etip/core';
import { type DynamoAggregateStore, fromReportItem, keys } from '@etip/db';
import type { DynamoDBRecord } from 'aws-lambda';

type Image = Record<string, AttributeValue>;
const decode = (image: unknown) => unmarshall(image as Image);

/** What applying one stream record did, for logs and the bench. */
export interface Applied {
  kind: 'report' | 'ignored';
  /** False when nothing a dashboard shows changed, or a newer state was there already. */
  applied: boolean;
  consumedWriteUnits: number;
}

/**
 * Applies one stream record: a change of a current report becomes writes to the aggregates;
 * everything else in the table (revisions, targets, the aggregates themselves) is ignored.
 */
export async function applyRecord(store: DynamoAggregateStore, record: DynamoDBRecord): Promise<Applied> {
  const ignored: Applied = { kind: 'ignored', applied: false, consumedWriteUnits: 0 };
  const image = record.dynamodb?.NewImage;
  const key = record.dynamodb?.Keys && decode(record.dynamodb.Keys);
  const address = key && keys.parseReport({ pk: String(key.pk), sk: String(key.sk) });
  // Reports are never deleted; a REMOVE (a table being emptied by hand) leaves dashboards as they are.
  if (!address || !image || record.eventName === 'REMOVE') return ignored;

  const after = fromReportItem(decode(image));
  const before = record.dynamodb?.OldImage ? fromReportItem(decode(record.dynamodb.OldImage)) : null;
  const month = aggregateChange(before, after);
  if (!month) return { kind: 'report', applied: false, consumedWriteUnits: 0 };
  const written = await store.putMonth(address.country, address.period, month);
  return { kind: 'report', ...written };
}
