import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, UpdateCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { CountryCode, MonthAggregate, Period, SeriesEntry, ValueVector } from '@etip/core';
import { keys } from './keys';
import { queryAll } from './query-all';

/** One country's year as the dashboards read it: a month aggregate per reported month. */
export interface CountryYear {
  country: CountryCode;
  year: number;
  months: Record<Period, MonthAggregate>;
}

export interface SeriesPoint {
  country: CountryCode;
  period: Period;
  publishedVersion: number;
  values: ValueVector;
}

type Slot = { v: number; s: MonthAggregate['status']; t: MonthAggregate['timeliness']; pv: number | null; x: ValueVector | null };

const toSlot = (a: MonthAggregate): Slot => ({ v: a.version, s: a.status, t: a.timeliness, pv: a.publishedVersion, x: a.values });
const fromSlot = (s: Slot): MonthAggregate => ({ version: s.v, status: s.s, timeliness: s.t, publishedVersion: s.pv, values: s.x });

const skipped = (error: unknown) => error instanceof ConditionalCheckFailedException;
const units = (c: { CapacityUnits?: number } | undefined) => c?.CapacityUnits ?? 0;

/**
 * The dashboards' precomputed aggregates (DESIGN.md 5.3). Every write is conditional on the
 * version it comes from, so a record seen twice or late changes nothing: the newest state wins.
 */
export class DynamoAggregateStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** putMonthOfRollup: one month's slot in the country's year, if newer than what is there. */
  async putMonth(country: CountryCode, period: Period, aggregate: MonthAggregate): Promise<{ applied: boolean; consumedWriteUnits: number }> {
    try {
      const result = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.rollup(Number(period.slice(0, 4)), country),
          UpdateExpression: 'SET #slot = :slot, entity = :entity',
          ConditionExpression: 'attribute_not_exists(#slot) OR #slot.v < :version',
          ExpressionAttributeNames: { '#slot': keys.rollupSlot(period) },
          ExpressionAttributeValues: { ':slot': toSlot(aggregate), ':version': aggregate.version, ':entity': 'rollup' },
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      return { applied: true, consumedWriteUnits: units(result.ConsumedCapacity) };
    } catch (error) {
      if (skipped(error)) return { applied: false, consumedWriteUnits: 0 };
      throw error;
    }
  }

  /** putSeriesEntry: one indicator's published cells for a country and month, if newer. */
  async putSeries(country: CountryCode, period: Period, entry: SeriesEntry): Promise<{ applied: boolean; consumedWriteUnits: number }> {
    try {
      const result = await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.series(entry.indicator, period, country), entity: 'series', pv: entry.publishedVersion, x: entry.values },
          ConditionExpression: 'attribute_not_exists(pk) OR pv < :version',
          ExpressionAttributeValues: { ':version': entry.publishedVersion },
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      return { applied: true, consumedWriteUnits: units(result.ConsumedCapacity) };
    } catch (error) {
      if (skipped(error)) return { applied: false, consumedWriteUnits: 0 };
      throw error;
    }
  }

  /** rollupsOfYears: every country's year, for each year asked (one query a year). */
  async rollups(years: readonly number[]): Promise<{ rollups: CountryYear[]; consumedReadUnits: number }> {
    const pages = await Promise.all(years.map((year) => this.query({ KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.rollupsOfYear(year).pk } })));
    const rollups = pages.flatMap(({ items }, n) =>
      items.map((item) => ({
        country: item.sk as CountryCode,
        year: years[n]!,
        months: Object.fromEntries(
          Object.entries(item)
            .filter(([name]) => /^m\d\d$/.test(name))
            .map(([name, slot]) => [`${years[n]}-${name.slice(1)}`, fromSlot(slot as Slot)]),
        ),
      })),
    );
    return { rollups, consumedReadUnits: pages.reduce((sum, p) => sum + p.consumedReadUnits, 0) };
  }

  /** seriesOfIndicator: one indicator's published cells, every country, over a range of months. */
  async series(indicator: string, from: Period, to: Period): Promise<{ points: SeriesPoint[]; consumedReadUnits: number }> {
    const range = keys.seriesOfIndicator(indicator, from, to);
    const { items, consumedReadUnits } = await this.query({
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': range.pk, ':from': range.skFrom, ':to': range.skTo },
    });
    const points = items.map((item) => {
      const [period, country] = String(item.sk).split('#') as [Period, CountryCode];
      return { country, period, publishedVersion: item.pv as number, values: item.x as ValueVector };
    });
    return { points, consumedReadUnits };
  }

  /** Eventually consistent (half the cost): aggregates are seconds behind the reports anyway. */
  private query(input: Pick<QueryCommandInput, 'KeyConditionExpression' | 'ExpressionAttributeValues'>) {
    return queryAll(this.db, { TableName: this.tableName, ...input });
  }
}
