import type { StoredReport } from '../report';
import { monthAggregate, seriesEntries, type MonthAggregate, type SeriesEntry } from './month-aggregate';

/** What one change of a report means for the aggregates: only what the dashboards can see. */
export interface AggregateChange {
  /** The month's new slot, or null when nothing a dashboard shows changed (a draft saved again). */
  month: MonthAggregate | null;
  /** New published cells per indicator; empty unless a submission published new values. */
  series: SeriesEntry[];
}

/**
 * From the old and new image of a report (the stream record) to the aggregate writes. Writing
 * only what changed keeps a draft's autosave from costing the dashboards anything.
 */
export function aggregateChange(before: StoredReport | null, after: StoredReport): AggregateChange {
  const visible = (r: StoredReport | null) => r && [r.status, r.timeliness, r.published?.version ?? null].join('|');
  const published = (r: StoredReport | null) => r?.published?.version ?? null;
  return {
    month: visible(before) === visible(after) ? null : monthAggregate(after),
    series: published(before) === published(after) ? [] : seriesEntries(after),
  };
}
