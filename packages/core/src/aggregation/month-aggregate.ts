import type { Timeliness } from '../framework/calendar';
import type { WithheldMask } from '../protection/withheld-mask';
import type { StoredReport } from '../reports/report';
import type { ReportStatus } from '../reports/statuses';
import { toVector, type ValueVector } from './value-vector';

/**
 * What the dashboards keep of one report (DESIGN.md 5.3): its status for completeness, and the
 * values of its last submission — never a draft's. It carries the version it came from, so an
 * aggregator that sees records twice or out of order keeps the newest (idempotent).
 */
export interface MonthAggregate {
  /** The report version this state is from. */
  version: number;
  status: ReportStatus;
  timeliness: Timeliness | null;
  /** The version of the published values, or null if the report was never submitted. */
  publishedVersion: number | null;
  values: ValueVector | null;
  /** What protected readers are shown withheld of `values`, fixed at publication; null until stored for a month published before patterns were (then only its zeros are shown). */
  withheld: WithheldMask | null;
}

export function monthAggregate(report: StoredReport): MonthAggregate {
  return {
    version: report.version,
    status: report.status,
    timeliness: report.timeliness,
    publishedVersion: report.published?.version ?? null,
    values: report.published ? toVector(report.published.values) : null,
    withheld: report.published?.withheld ?? null,
  };
}
