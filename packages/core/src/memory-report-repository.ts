import type { Period } from './calendar';
import type { CountryCode } from './countries';
import type { ReportChange, ReportSummary, Revision, StoredReport } from './report';
import { summarise } from './report';
import { VersionConflictError, type ReportQuery, type ReportRepository, type WriteReceipt } from './report-repository';

/**
 * The report repository in memory, keeping the port's promise (a change is stored only at the
 * version it was computed from). Used to prepare demo data before one bulk import, and by
 * unit tests of the use cases.
 */
export class InMemoryReportRepository implements ReportRepository {
  protected readonly reports = new Map<string, StoredReport>();
  protected readonly revisions = new Map<string, Revision[]>();

  async get(country: CountryCode, period: Period): Promise<StoredReport | null> {
    return structuredClone(this.reports.get(`${country}#${period}`) ?? null);
  }

  async list(query: ReportQuery): Promise<ReportSummary[]> {
    return [...this.reports.values()]
      .filter((r) => query.countries.includes(r.country))
      .filter((r) => (!query.from || r.period >= query.from) && (!query.to || r.period <= query.to) && (!query.status || r.status === query.status))
      .sort((a, b) => a.country.localeCompare(b.country) || a.period.localeCompare(b.period))
      .map(summarise);
  }

  async history(country: CountryCode, period: Period): Promise<Revision[]> {
    return structuredClone(this.revisions.get(`${country}#${period}`) ?? []);
  }

  async save(change: ReportChange): Promise<WriteReceipt> {
    const key = `${change.report.country}#${change.report.period}`;
    const current = this.reports.get(key);
    if ((current?.version ?? null) !== change.expectedVersion) throw new VersionConflictError(current !== undefined);
    this.reports.set(key, structuredClone(change.report));
    this.revisions.set(key, [...(this.revisions.get(key) ?? []), structuredClone(change.revision)]);
    return { consumedWriteUnits: 0 };
  }

  /** Everything stored: the current reports and all their revisions, oldest first. */
  contents(): { reports: StoredReport[]; revisions: Revision[] } {
    return { reports: [...this.reports.values()], revisions: [...this.revisions.values()].flat() };
  }
}
