import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  type AggregateReader,
  type Costed,
  type CountryCode,
  type CountryYear,
  decodeVector,
  encodeVector,
  type MonthAggregate,
  type Period,
} from '@etip/core';
import { unlessConditionFails } from './conditional-write';
import { keys } from './keys';
import { queryAll } from './query-all';

/** A month in a rollup item: short names, since every byte is read by every view. */
type Slot = {
  v: number;
  s: MonthAggregate['status'];
  t: MonthAggregate['timeliness'];
  pv: number | null;
  x: Uint8Array | null;
  /** What protected readers are shown withheld (`WithheldMask`); absent until `storeMissingPatterns` fills a month published before patterns were stored. */
  w?: Uint8Array;
};

const toSlot = (a: MonthAggregate): Slot => ({
  v: a.version,
  s: a.status,
  t: a.timeliness,
  pv: a.publishedVersion,
  x: a.values && encodeVector(a.values),
  ...(a.withheld ? { w: a.withheld } : {}),
});
const fromSlot = (s: Slot): MonthAggregate => ({
  version: s.v,
  status: s.s,
  timeliness: s.t,
  publishedVersion: s.pv,
  values: s.x && decodeVector(s.x),
  withheld: s.w ? new Uint8Array(s.w) : null,
});

/**
 * The dashboards' precomputed aggregates (DESIGN.md 5.3): one item per country and year, a slot
 * per month with its status and last published values. One query a year serves every view.
 */
export class DynamoAggregateStore implements AggregateReader {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * putMonthOfRollup: one month's slot in the country's year, only if newer than what is there —
   * so a record delivered twice, or after a later one, changes nothing.
   */
  async putMonth(country: CountryCode, period: Period, aggregate: MonthAggregate): Promise<{ applied: boolean; consumedWriteUnits: number }> {
    const result = await unlessConditionFails(
      this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.rollup(Number(period.slice(0, 4)), country),
          UpdateExpression: 'SET #slot = :slot, entity = :entity',
          ConditionExpression: 'attribute_not_exists(#slot) OR #slot.v < :version',
          ExpressionAttributeNames: { '#slot': keys.rollupSlot(period) },
          ExpressionAttributeValues: { ':slot': toSlot(aggregate), ':version': aggregate.version, ':entity': 'rollup' },
          ReturnConsumedCapacity: 'TOTAL',
        }),
      ),
    );
    if (!result) return { applied: false, consumedWriteUnits: 0 };
    return { applied: true, consumedWriteUnits: result.ConsumedCapacity?.CapacityUnits ?? 0 };
  }

  /** rollupsOfYears: every country's year, for each year asked; eventually consistent, half the cost. */
  async rollups(years: readonly number[]): Promise<Costed<CountryYear[]>> {
    const pages = await Promise.all(
      years.map((year) =>
        queryAll(this.db, { TableName: this.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.rollupsOfYear(year).pk } }),
      ),
    );
    const data = pages.flatMap(({ items }, n) =>
      items.map((item) => ({
        country: item.sk as CountryCode,
        year: years[n]!,
        months: Object.fromEntries(
          Object.entries(item).flatMap(([name, slot]) => {
            const period = keys.periodOfRollupSlot(years[n]!, name);
            return period ? [[period, fromSlot(slot as Slot)]] : [];
          }),
        ),
      })),
    );
    return { data, consumedReadUnits: pages.reduce((sum, p) => sum + p.consumedReadUnits, 0) };
  }
}
