import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoAggregateStore } from './aggregate-store';
import { DynamoReportStore } from './report-store';
import { DynamoTargetStore } from './target-store';

/** Every store over the one table: what the API, the local stack and the tests wire in. */
export function createStores(db: DynamoDBDocumentClient, tableName: string) {
  return {
    reports: new DynamoReportStore(db, tableName),
    targets: new DynamoTargetStore(db, tableName),
    aggregates: new DynamoAggregateStore(db, tableName),
  };
}
