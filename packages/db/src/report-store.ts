import { setTimeout as delay } from 'node:timers/promises';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  VersionConflictError,
  summarise,
  type Report,
  type CountryCode,
  type Period,
  type ReportChange,
  type ReportQuery,
  type ReportRepository,
  type ReportSummary,
  type Revision,
  type StoredReport,
  type WriteReceipt,
} from '@etip/core';
import { keys } from './keys';
import { queryAll } from './query-all';
import { fromReportItem, fromRevisionItem, toReportItem, toRevisionItem } from './report-item';

/** How often a transaction that collided with another one is tried again. */
const CONFLICT_RETRIES = 5;

/** The DynamoDB adapter of the report repository: one table, key formats from `keys`. */
export class DynamoReportStore implements ReportRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(country: CountryCode, period: Period): Promise<StoredReport | null> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.report(country, period), ConsistentRead: true }),
    );
    return Item ? fromReportItem(Item) : null;
  }

  /** listReportsForCountries: one query per country over a range of months. */
  async list(query: ReportQuery): Promise<ReportSummary[]> {
    const perCountry = await Promise.all(query.countries.map((country) => this.listCountry(country, query)));
    return perCountry.flat();
  }

  private async listCountry(country: CountryCode, query: ReportQuery): Promise<ReportSummary[]> {
    const { pk, skPrefix } = keys.reportsOfCountry(country);
    const from = keys.reportSortKey(query.from ?? '0000-00');
    const { items } = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ...(query.status ? { FilterExpression: '#status = :status' } : {}),
      ProjectionExpression: 'country, period, #status, version, timeliness, updatedAt',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':pk': pk,
        ':from': from < skPrefix ? skPrefix : from,
        ':to': keys.reportSortKey(query.to ?? '9999-99'),
        ...(query.status ? { ':status': query.status } : {}),
      },
    });
    return (items as unknown as Report[]).map(summarise);
  }

  /** historyOfReport: every revision, oldest first. */
  async history(country: CountryCode, period: Period): Promise<Revision[]> {
    const { items } = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.revisionsOfReport(country, period).pk },
      ConsistentRead: true,
    });
    return items.map(fromRevisionItem);
  }

  /**
   * saveReportChange: the report and its revision in one transaction, conditional on the
   * version the change was computed from. Either both are written or neither is.
   */
  async save(change: ReportChange): Promise<WriteReceipt> {
    const report = toReportItem(change.report);
    const condition =
      change.expectedVersion === null
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : {
            ConditionExpression: 'version = :expected',
            ExpressionAttributeValues: { ':expected': change.expectedVersion },
          };
    const transaction = new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName: this.tableName, Item: report, ...condition, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
        { Put: { TableName: this.tableName, Item: toRevisionItem(change.revision), ConditionExpression: 'attribute_not_exists(pk)' } },
      ],
      ReturnConsumedCapacity: 'TOTAL',
    });
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.db.send(transaction);
        const consumedWriteUnits = (result.ConsumedCapacity ?? []).reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
        return { consumedWriteUnits };
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
