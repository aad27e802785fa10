import { setTimeout as delay } from 'node:timers/promises';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  VersionConflictError,
  type CountryCode,
  type TargetRepository,
  type TargetRevision,
  type TargetSet,
  type TargetSetChange,
  type TargetsOfYear,
  type WriteReceipt,
} from '@etip/core';
import { keys } from './keys';
import { queryAll } from './query-all';
import { fromTargetRevisionItem, fromTargetSetItem, toTargetRevisionItem, toTargetSetItem } from './target-item';

/** How often a transaction that collided with another one is tried again. */
const CONFLICT_RETRIES = 5;

/** The DynamoDB adapter of the target repository: one table, key formats from `keys`. */
export class DynamoTargetStore implements TargetRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** targetsOfCountryYear: strongly consistent, since a write is checked against what it returns. */
  async get(country: CountryCode, year: number): Promise<TargetSet | null> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.targets(year, country), ConsistentRead: true }));
    return Item ? fromTargetSetItem(Item) : null;
  }

  /**
   * targetsOfYear: the six countries in one query. Eventually consistent, at half the cost: the
   * dashboard overview reads it on every view, and a version read a moment stale is refused by
   * the next write's If-Match, never overwritten.
   */
  async list(year: number): Promise<TargetsOfYear> {
    const { items, consumedReadUnits } = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.targetsOfYear(year).pk },
    });
    return { targetSets: items.map(fromTargetSetItem), consumedReadUnits };
  }

  /** historyOfTargets: every revision, oldest first. */
  async history(country: CountryCode, year: number): Promise<TargetRevision[]> {
    const { items } = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.revisionsOfTargets(year, country).pk },
      ConsistentRead: true,
    });
    return items.map(fromTargetRevisionItem);
  }

  /**
   * saveTargetSetChange: the target set and its revision in one transaction, conditional on the
   * version the change was computed from. Either both are written or neither is.
   */
  async save(change: TargetSetChange): Promise<WriteReceipt> {
    const condition =
      change.expectedVersion === null
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : { ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': change.expectedVersion } };
    const transaction = new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName: this.tableName, Item: toTargetSetItem(change.targetSet), ...condition, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
        { Put: { TableName: this.tableName, Item: toTargetRevisionItem(change.revision), ConditionExpression: 'attribute_not_exists(pk)' } },
      ],
      ReturnConsumedCapacity: 'TOTAL',
    });
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.db.send(transaction);
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
}
