import type { Period } from './calendar';
import type { CountryCode } from './countries';
import type { ReportChange, ReportStatus, ReportSummary, Revision, StoredReport } from './report';

export interface ReportQuery {
  countries: readonly CountryCode[];
  from?: Period;
  to?: Period;
  status?: ReportStatus;
}

/** What a storage write cost, so callers can report it (DESIGN.md 7). */
export interface WriteReceipt {
  consumedWriteUnits: number;
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

/** The stored report was not at the version the change was computed from. */
export class VersionConflictError extends Error {
  constructor(readonly reportExists: boolean) {
    super(reportExists ? 'the report has another version' : 'the report does not exist');
    this.name = 'VersionConflictError';
  }
}
