import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import {
  type CountryCode,
  type Period,
  type Report,
  type ReportChange,
  type ReportQuery,
  type ReportRepository,
  type ReportSummary,
  type Revision,
  type StoredReport,
  summarise,
  type WriteReceipt,
} from '@etip/core';
import { keys } from './keys';
import { partitionItems, queryAll } from './query-all';
import { fromReportItem, fromRevisionItem, toReportItem, toRevisionItem } from './report-item';
import { putVersioned } from './versioned-write';

/** The DynamoDB adapter of the report repository: one table, key formats from `keys`. */
export class DynamoReportStore implements ReportRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(country: CountryCode, period: Period): Promise<StoredReport | null> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.report(country, period), ConsistentRead: true }));
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
    return (await partitionItems(this.db, this.tableName, keys.revisionsOfReport(country, period).pk)).map(fromRevisionItem);
  }

  /**
   * saveReportChange: the report and its revision in one transaction, conditional on the
   * version the change was computed from. Either both are written or neither is.
   */
  async save(change: ReportChange): Promise<WriteReceipt> {
    return putVersioned(this.db, this.tableName, {
      item: toReportItem(change.report),
      revision: toRevisionItem(change.revision),
      expectedVersion: change.expectedVersion,
    });
  }
}
