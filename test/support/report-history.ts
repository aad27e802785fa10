import {
  type Cell,
  COUNTRY_CODES,
  type CountryCode,
  changeStatus,
  dueAt,
  ifMatchVersion,
  type Period,
  periodRange,
  putReport,
  type StoredReport,
  type User,
} from '@etip/core';
import { InMemoryReportRepository } from '@etip/core/testing';
import { importReports } from '@etip/db';
import type { TestTable } from './database';

const DAY = 24 * 60 * 60 * 1000;
/** Five days before the deadline: the report's month is over, and the submission on time. */
export const onTime = (country: CountryCode, period: Period) => new Date(dueAt(country, period).getTime() - 5 * DAY);
/** Five days after the deadline. */
export const late = (country: CountryCode, period: Period) => new Date(dueAt(country, period).getTime() + 5 * DAY);

const office = (country: CountryCode): User => ({ sub: `office-${country}`, name: `${country} M&E officer`, role: 'country-office', country });
const LEAD: User = { sub: 'lead', name: 'Regional lead', role: 'regional-lead', country: null };

/**
 * Years of approved reports, made by the domain's own verbs in memory (created, submitted on
 * time, approved) as the local demo data is: what the API would have stored, without its cost.
 */
export async function approvedReports(options: {
  from: Period;
  to: Period;
  values: (country: CountryCode, period: Period) => Cell[];
  countries?: readonly CountryCode[];
}): Promise<StoredReport[]> {
  const memory = new InMemoryReportRepository();
  for (const country of options.countries ?? COUNTRY_CODES) {
    for (const period of periodRange(options.from, options.to)) {
      const target = { country, period };
      const deps = { reports: memory, now: () => onTime(country, period) };
      await putReport(deps, office(country), target, { values: options.values(country, period) }, { kind: 'create' });
      await changeStatus(deps, office(country), target, 'submit', ifMatchVersion(1));
      await changeStatus(deps, LEAD, target, 'approve', ifMatchVersion(2));
    }
  }
  return memory.contents().reports;
}

/**
 * Loads reports into a table in batches; its stream carries them to the aggregator like any
 * other write. Their revisions are left out: neither the aggregator nor any dashboard reads
 * them, and they would double the load time.
 */
export async function loadReports(table: TestTable, reports: readonly StoredReport[]): Promise<void> {
  await importReports(table.documents, table.tableName, { reports, revisions: [] });
}
