import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { COUNTRY_CODES, type CountryCode, type Period, type PublishedValues, type StoredReport, withStoredPatterns } from '@etip/core';
import { unlessConditionFails } from './conditional-write';
import { type ItemKey, keys } from './keys';
import { queryAll } from './query-all';
import { fromReportItem, toPublishedItem } from './report-item';

/** What `storeMissingPatterns` did. */
export interface StoredPatterns {
  /** Reports given their patterns. */
  reports: number;
  /** Rollup slots given the pattern of the publication they hold. */
  slots: number;
  /** Reports changed while this ran: their new submission stored its own pattern. */
  skipped: number;
  /**
   * The months (`KH 2026-05`) that could not be read or written, e.g. a damaged item: each shows
   * only its zeros until a later run fills it. One never stops the others (a throw would fail the
   * deploy that runs this).
   */
  failed: string[];
}

/**
 * Gives every month published before withheld patterns were stored (2026-11-29) the pattern its
 * protected readers have been shown (`withStoredPatterns`, issue 9, DESIGN.md 5.4), in its report
 * and then in its rollup slot, so that reading never computes one. `threshold` must be the one in
 * force: such months have been protected at reading with it. Idempotent and cheap once done (one
 * query per country and one per year, no write), so it runs at every local start and every
 * deploy (a CDK trigger). Writes are conditional: a report changed meanwhile is skipped, and a
 * slot is written only while it holds that publication (one the aggregator has not written yet
 * is filled at the next run; until then it shows only its zeros).
 */
export async function storeMissingPatterns(db: DynamoDBDocumentClient, tableName: string, threshold: number): Promise<StoredPatterns> {
  const result: StoredPatterns = { reports: 0, slots: 0, skipped: 0, failed: [] };
  const publications = new Map<string, PublishedValues>();
  for (const country of COUNTRY_CODES) {
    const { pk, skPrefix } = keys.reportsOfCountry(country);
    const { items } = await queryAll(db, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
      ConsistentRead: true,
    });
    for (const item of items) {
      try {
        const report = fromReportItem(item);
        if (!report.published) continue;
        const filled = withStoredPatterns(report.published, threshold);
        if (filled && !(await storeInReport(db, tableName, report, filled))) {
          result.skipped += 1;
          continue;
        }
        if (filled) result.reports += 1;
        publications.set(`${country}|${report.period}`, filled ?? report.published);
      } catch {
        result.failed.push(`${country} ${String(item.sk).slice(skPrefix.length)}`);
      }
    }
  }
  const years = new Set([...publications.keys()].map((key) => Number(key.slice(3, 7))));
  for (const year of years) {
    const { items } = await queryAll(db, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.rollupsOfYear(year).pk },
    });
    for (const item of items) {
      const country = keys.parseRollup(item as ItemKey)?.country;
      if (!country) continue;
      for (const [attribute, slot] of Object.entries(item)) {
        const period = keys.periodOfRollupSlot(year, attribute);
        const published = period ? publications.get(`${country}|${period}`) : undefined;
        if (!period || !published?.withheld || (slot as Slot).pv !== published.version || sameBytes((slot as Slot).w, published.withheld)) continue;
        try {
          if (await storeInSlot(db, tableName, country, period, published)) result.slots += 1;
        } catch {
          result.failed.push(`${country} ${period}`);
        }
      }
    }
  }
  return result;
}

/** The part of a rollup slot read here (aggregate-store.ts has the whole). */
type Slot = { pv?: number | null; w?: Uint8Array };
const sameBytes = (a: Uint8Array | undefined, b: Uint8Array) => !!a && a.length === b.length && a.every((x, n) => x === b[n]);

/** The report's published values with their patterns, if the report is still at the version read. */
async function storeInReport(db: DynamoDBDocumentClient, tableName: string, report: StoredReport, published: PublishedValues) {
  return conditional(
    db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.report(report.country, report.period),
        UpdateExpression: 'SET published = :published',
        ConditionExpression: 'version = :version',
        ExpressionAttributeValues: { ':published': toPublishedItem(published), ':version': report.version },
      }),
    ),
  );
}

/** The pattern in the month's rollup slot, if the slot still holds this publication. */
async function storeInSlot(db: DynamoDBDocumentClient, tableName: string, country: CountryCode, period: Period, published: PublishedValues) {
  return conditional(
    db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.rollup(Number(period.slice(0, 4)), country),
        UpdateExpression: 'SET #slot.w = :withheld',
        ConditionExpression: '#slot.pv = :version',
        ExpressionAttributeNames: { '#slot': keys.rollupSlot(period) },
        ExpressionAttributeValues: { ':withheld': published.withheld, ':version': published.version },
      }),
    ),
  );
}

/** True when the write was made, false when its condition did not hold. */
const conditional = async (write: Promise<unknown>): Promise<boolean> => (await unlessConditionFails(write)) !== null;
