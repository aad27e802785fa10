import { setTimeout as delay } from 'node:timers/promises';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { VersionConflictError, type WriteReceipt } from '@etip/core';

/** How often a transaction that collided with another one is tried again. */
const CONFLICT_RETRIES = 5;

/**
 * Writes a versioned item (a report, a target set) and its immutable revision in one
 * transaction, conditional on the version the change was computed from: both or neither, and
 * never over a change made meanwhile (`VersionConflictError`).
 */
export async function putVersioned(
  db: DynamoDBDocumentClient,
  tableName: string,
  change: { item: object; revision: object; expectedVersion: number | null },
): Promise<WriteReceipt> {
  const condition =
    change.expectedVersion === null
      ? { ConditionExpression: 'attribute_not_exists(pk)' }
      : { ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': change.expectedVersion } };
  const transaction = new TransactWriteCommand({
    TransactItems: [
      { Put: { TableName: tableName, Item: change.item as Record<string, unknown>, ...condition, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
      { Put: { TableName: tableName, Item: change.revision as Record<string, unknown>, ConditionExpression: 'attribute_not_exists(pk)' } },
    ],
    ReturnConsumedCapacity: 'TOTAL',
  });
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await db.send(transaction);
      return { consumedWriteUnits: (result.ConsumedCapacity ?? []).reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0) };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      if (reasons.some((r) => r.Code === 'ConditionalCheckFailed')) throw new VersionConflictError(Boolean(reasons[0]?.Item));
      // Another transaction held the item: ours was not applied, and the condition makes a
      // retry safe (it fails cleanly if the other one changed the version meanwhile).
      if (!reasons.some((r) => r.Code === 'TransactionConflict') || attempt >= CONFLICT_RETRIES) throw error;
      await delay(10 * attempt + Math.random() * 20);
    }
  }
}
