import type { Period } from '../framework/calendar';
import type { CountryCode } from '../framework/countries';
import type { ReportChange, ReportSummary, Revision, StoredReport } from '../reports/report';
import { summarise } from '../reports/report';
import type { ReportQuery, ReportRepository } from '../reports/repository';
import type { WriteReceipt } from '../versioning/store';
import { MemoryVersionedStore } from './memory-versioned-store';

/**
 * The report repository in memory, keeping the port's promise (a change is stored only at the
 * version it was computed from). Used to prepare demo data before one bulk import, and by
 * unit tests of the use cases.
 */
export class InMemoryReportRepository implements ReportRepository {
  private readonly store = new MemoryVersionedStore<StoredReport, Revision>();

  async get(country: CountryCode, period: Period): Promise<StoredReport | null> {
    return this.store.get(`${country}#${period}`);
  }

  async list(query: ReportQuery): Promise<ReportSummary[]> {
    return [...this.store.items.values()]
      .filter((r) => query.countries.includes(r.country))
      .filter((r) => (!query.from || r.period >= query.from) && (!query.to || r.period <= query.to) && (!query.status || r.status === query.status))
      .sort((a, b) => a.country.localeCompare(b.country) || a.period.localeCompare(b.period))
      .map(summarise);
  }

  async history(country: CountryCode, period: Period): Promise<Revision[]> {
    return this.store.history(`${country}#${period}`);
  }

  async save(change: ReportChange): Promise<WriteReceipt> {
    this.store.save(`${change.report.country}#${change.report.period}`, {
      item: change.report,
      revision: change.revision,
      expectedVersion: change.expectedVersion,
    });
    return { consumedWriteUnits: 0 };
  }

  /** Everything stored: the current reports and all their revisions, oldest first. */
  contents(): { reports: StoredReport[]; revisions: Revision[] } {
    return { reports: [...this.store.items.values()], revisions: [...this.store.revisions.values()].flat() };
  }
}
