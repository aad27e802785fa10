import {
  type Cell,
  type CellAmount,
  type CellChange,
  cellKey,
  decodeVector,
  encodeVector,
  isRatioCell,
  orderCells,
  type PublishedValues,
  parseCellKey,
  type Revision,
  type StoredReport,
} from '@etip/core';
import { keys } from './keys';

/**
 * How a report and a revision sit in the table. Values are a map from cell key to amount
 * (`"PRV-01|female|9-17": 40`, a ratio as `[8, 10]`): about a third of the size of the API's
 * cell objects, and write cost is by size (DESIGN.md 7).
 */
type StoredAmount = number | [number, number];
type StoredValues = Record<string, StoredAmount>;

const toStored = (amount: CellAmount): StoredAmount => (typeof amount === 'number' ? amount : [amount.numerator, amount.denominator]);
const fromStored = (amount: StoredAmount): CellAmount => (typeof amount === 'number' ? amount : { numerator: amount[0], denominator: amount[1] });

export function encodeValues(values: readonly Cell[]): StoredValues {
  return Object.fromEntries(values.map((c) => [cellKey(c), toStored(isRatioCell(c) ? { numerator: c.numerator, denominator: c.denominator } : c.value)]));
}

export function decodeValues(stored: StoredValues | undefined): Cell[] {
  const cells = Object.entries(stored ?? {}).map(([key, amount]) => {
    const decoded = fromStored(amount);
    return (typeof decoded === 'number' ? { ...parseCellKey(key), value: decoded } : { ...parseCellKey(key), ...decoded }) as Cell;
  });
  return orderCells(cells);
}

/** Earlier submissions as value vectors in bytes (`encodeVector`, some 150 bytes each, not 2 KB of named cells) with their patterns. */
type PublishedItem = Omit<PublishedValues, 'values' | 'earlier'> & { values: StoredValues; earlier?: (StoredEarlier | Uint8Array)[] };
type StoredEarlier = { x: Uint8Array; w?: Uint8Array };
export type ReportItem = Omit<StoredReport, 'values' | 'published'> & {
  pk: string;
  sk: string;
  entity: 'report';
  values: StoredValues;
  published: PublishedItem | null;
};

export function toReportItem(report: StoredReport): ReportItem {
  return {
    ...keys.report(report.country, report.period),
    entity: 'report',
    ...report,
    values: encodeValues(report.values),
    published: report.published && toPublishedItem(report.published),
  };
}

export function fromReportItem(item: Record<string, unknown>): StoredReport {
  const { pk: _pk, sk: _sk, entity: _e, values, published, ...rest } = item as ReportItem;
  return {
    ...rest,
    values: decodeValues(values),
    published: published ? fromPublishedItem(published) : null,
  };
}

export function toPublishedItem({ values, earlier, ...rest }: PublishedValues): PublishedItem {
  const stored = earlier?.map((p) => ({ x: encodeVector(p.values), ...(p.withheld ? { w: p.withheld } : {}) }));
  return { ...rest, values: encodeValues(values), ...(stored ? { earlier: stored } : {}) };
}

function fromPublishedItem({ values, earlier, withheld, ...rest }: PublishedItem): PublishedValues {
  // Read from DynamoDB, bytes come as Uint8Array (a Buffer through some clients): kept as bytes.
  // An entry stored as bare vector bytes (for a few hours on 2026-11-29, before patterns were kept) has no pattern.
  const kept = earlier?.map((p) =>
    p instanceof Uint8Array ? { values: decodeVector(p) } : { values: decodeVector(p.x), ...(p.w ? { withheld: new Uint8Array(p.w) } : {}) },
  );
  return { ...rest, values: decodeValues(values), ...(withheld ? { withheld: new Uint8Array(withheld) } : {}), ...(kept ? { earlier: kept } : {}) };
}

type StoredChange = [string, StoredAmount | null, StoredAmount | null];
export type RevisionItem = Omit<Revision, 'changes'> & { pk: string; sk: string; entity: 'revision'; changes: StoredChange[] };

export function toRevisionItem(revision: Revision): RevisionItem {
  return {
    ...keys.revision(revision.country, revision.period, revision.version),
    entity: 'revision',
    ...revision,
    changes: revision.changes.map((c) => [cellKey(c), c.from === null ? null : toStored(c.from), c.to === null ? null : toStored(c.to)]),
  };
}

export function fromRevisionItem(item: Record<string, unknown>): Revision {
  const { pk: _pk, sk: _sk, entity: _e, changes, ...rest } = item as RevisionItem;
  return {
    ...rest,
    changes: changes.map(
      ([key, from, to]): CellChange => ({
        ...parseCellKey(key),
        from: from === null ? null : fromStored(from),
        to: to === null ? null : fromStored(to),
      }),
    ),
  };
}
