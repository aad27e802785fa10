import type { StoredReport } from '../reports/report';
import { type MonthAggregate, monthAggregate } from './month-aggregate';

/**
 * From the old and new image of a report (a stream record) to the month's new aggregate, or
 * null when nothing a dashboard shows changed — so a draft's autosave costs the dashboards nothing.
 */
export function aggregateChange(before: StoredReport | null, after: StoredReport): MonthAggregate | null {
  const visible = (r: StoredReport | null) => r && [r.status, r.timeliness, r.published?.version ?? null].join('|');
  return visible(before) === visible(after) ? null : monthAggregate(after);
}
