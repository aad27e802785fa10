import type { Period } from '../framework/calendar';
import type { CountryCode } from '../framework/countries';
import type { WriteReceipt } from '../versioning/store';
import type { ReportChange, ReportSummary, Revision, StoredReport } from './report';
import type { ReportStatus } from './statuses';

export interface ReportQuery {
  countries: readonly CountryCode[];
  from?: Period;
  to?: Period;
  status?: ReportStatus;
}

/**
 * The persistence port of reports. The domain decides what changes; an adapter (DynamoDB in
 * `@etip/db`) stores the report and its revision together or not at all.
 */
export interface ReportRepository {
  get(country: CountryCode, period: Period): Promise<StoredReport | null>;
  list(query: ReportQuery): Promise<ReportSummary[]>;
  history(country: CountryCode, period: Period): Promise<Revision[]>;
  /** Stores the change only if the report is still at `expectedVersion` (absent for null). */
  save(change: ReportChange): Promise<WriteReceipt>;
}
