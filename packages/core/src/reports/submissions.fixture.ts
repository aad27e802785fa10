import { beforeEach } from 'vitest';
import type { User } from '../access/roles';
import { type Problem, ProblemError } from '../problems/problem';
import { InMemoryReportRepository } from '../testing/memory-report-repository';
import { ifMatchVersion } from '../versioning/preconditions';
import type { WriteReceipt } from '../versioning/store';
import type { ReportChange, ReportSummary } from './report';
import type { ReportQuery } from './repository';
import { changeStatus, type Precondition, putReport, type SubmissionsDeps } from './submissions';

/**
 * Shared by the use-case tests: people, a clock, a recording repository and a report taken
 * through given actions. `reports` and `deps` are fresh for every test (live ESM bindings).
 */

/**
 * The in-memory repository, recording what it was asked: enough to unit-test the orchestration
 * of the use cases. The DynamoDB adapter has its own integration tests.
 */
export class InMemoryReports extends InMemoryReportRepository {
  readonly saved: ReportChange[] = [];
  readonly queries: ReportQuery[] = [];
  /** Set to make the next `save` fail, as a concurrent writer or a broken store would. */
  failNextSave: Error | null = null;

  override async list(query: ReportQuery): Promise<ReportSummary[]> {
    this.queries.push(query);
    return super.list(query);
  }

  override async save(change: ReportChange): Promise<WriteReceipt> {
    if (this.failNextSave) {
      const error = this.failNextSave;
      this.failNextSave = null;
      throw error;
    }
    await super.save(change);
    this.saved.push(change);
    // A receipt of its own, to show the use cases pass the store's receipt through.
    return { consumedWriteUnits: 1 };
  }
}

export const users = {
  laOffice: { sub: 'co-la', name: 'Somchai (Vientiane)', role: 'country-office', country: 'LA' },
  khOffice: { sub: 'co-kh', name: 'Sophea (Phnom Penh)', role: 'country-office', country: 'KH' },
  lead: { sub: 'lead', name: 'Mai (regional lead)', role: 'regional-lead', country: null },
  admin: { sub: 'admin', name: 'Data manager', role: 'admin', country: null },
  viewer: { sub: 'donor', name: 'Donor', role: 'viewer', country: null },
} satisfies Record<string, User>;
export type Who = keyof typeof users;

export const LA = { country: 'LA', period: '2026-10' } as const;
export const NOW = new Date('2026-11-05T04:00:00Z'); // November in Laos: 2026-10 may be reported, on time
export const create: Precondition = { kind: 'create' };
export const none: Precondition = { kind: 'none' };
export const ifMatch = (version: number): Precondition => ifMatchVersion(version);

import { fullValues } from '../testing/report-values';

/** The problem a use case refused with; fails the test if it did not refuse. */
export async function refusal(pending: Promise<unknown>): Promise<Problem> {
  try {
    await pending;
  } catch (error) {
    if (error instanceof ProblemError) return error.problem;
    throw error;
  }
  throw new Error('expected a ProblemError');
}

export let reports: InMemoryReports;
export let deps: SubmissionsDeps;

beforeEach(() => {
  reports = new InMemoryReports();
  deps = { reports, now: () => NOW };
});

/** Puts a report of LA 2026-10 into the repository, taken through the given actions. */
export async function given(...actions: ('submit' | 'approve' | 'return')[]) {
  await putReport(deps, users.laOffice, LA, { values: fullValues() }, create);
  let version = 1;
  for (const action of actions) {
    const user = action === 'submit' ? users.laOffice : users.lead;
    const body = action === 'return' ? { reason: 'PRT-01 does not match the shelter log' } : undefined;
    version = (await changeStatus(deps, user, LA, action, ifMatch(version), body)).report.version;
  }
  reports.saved.length = 0;
  return version;
}

/** Moves this test's clock: the use cases read the time through `deps.now`. */
export function setNow(at: Date) {
  deps = { reports, now: () => at };
}
