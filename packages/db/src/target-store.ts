import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { CountryCode, TargetRepository, TargetRevision, TargetSet, TargetSetChange, TargetsOfYear, WriteReceipt } from '@etip/core';
import { keys } from './keys';
import { partitionItems, queryAll } from './query-all';
import { fromTargetRevisionItem, fromTargetSetItem, toTargetRevisionItem, toTargetSetItem } from './target-item';
import { putVersioned } from './versioned-write';

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
    return (await partitionItems(this.db, this.tableName, keys.revisionsOfTargets(year, country).pk)).map(fromTargetRevisionItem);
  }

  /**
   * saveTargetSetChange: the target set and its revision in one transaction, conditional on the
   * version the change was computed from. Either both are written or neither is.
   */
  async save(change: TargetSetChange): Promise<WriteReceipt> {
    return putVersioned(this.db, this.tableName, {
      item: toTargetSetItem(change.targetSet),
      revision: toTargetRevisionItem(change.revision),
      expectedVersion: change.expectedVersion,
    });
  }
}
