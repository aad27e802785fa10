import { beforeEach, describe, expect, it } from 'vitest';
import type { Period } from './calendar';
import { ALL_CELLS, type Cell } from './cells';
import type { CountryCode } from './countries';
import { findIndicator } from './framework';
import { ProblemError, type Problem } from './problem';
import type { ReportChange, ReportSummary, Revision, StoredReport } from './report';
import { InMemoryReportRepository } from './memory-report-repository';
import { VersionConflictError, type ReportQuery, type WriteReceipt } from './report-repository';
import type { User } from './roles';
import { changeStatus, getReport, listReports, putReport, reportHistory, type Precondition, type SubmissionsDeps } from './submissions';

/**
 * The in-memory repository, recording what it was asked: enough to unit-test the orchestration
 * of the use cases. The DynamoDB adapter has its own integration tests.
 */
class InMemoryReports extends InMemoryReportRepository {
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

const users = {
  laOffice: { sub: 'co-la', name: 'Somchai (Vientiane)', role: 'country-office', country: 'LA' },
  khOffice: { sub: 'co-kh', name: 'Sophea (Phnom Penh)', role: 'country-office', country: 'KH' },
  lead: { sub: 'lead', name: 'Mai (regional lead)', role: 'regional-lead', country: null },
  admin: { sub: 'admin', name: 'Data manager', role: 'admin', country: null },
  viewer: { sub: 'donor', name: 'Donor', role: 'viewer', country: null },
} satisfies Record<string, User>;
type Who = keyof typeof users;

const LA = { country: 'LA', period: '2026-10' } as const;
const NOW = new Date('2026-11-05T04:00:00Z'); // November in Laos: 2026-10 may be reported, on time
const create: Precondition = { kind: 'create' };
const none: Precondition = { kind: 'none' };
const ifMatch = (version: number): Precondition => ({ kind: 'replace', version });

function fullValues(bump = 0): Cell[] {
  return ALL_CELLS.map((address, n) =>
    findIndicator(address.indicator)?.aggregation === 'ratio'
      ? { ...address, numerator: n + bump, denominator: n + bump + 2 }
      : { ...address, value: n + bump },
  );
}

/** The problem a use case refused with; fails the test if it did not refuse. */
async function refusal(pending: Promise<unknown>): Promise<Problem> {
  try {
    await pending;
  } catch (error) {
    if (error instanceof ProblemError) return error.problem;
    throw error;
  }
  throw new Error('expected a ProblemError');
}

let reports: InMemoryReports;
let deps: SubmissionsDeps;

beforeEach(() => {
  reports = new InMemoryReports();
  deps = { reports, now: () => NOW };
});

/** Puts a report of LA 2026-10 into the repository, taken through the given actions. */
async function given(...actions: ('submit' | 'approve' | 'return')[]) {
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

describe('who may do what', () => {
  // Every action on LA 2026-10; the expected outcome per person: 'ok' or a 403.
  const matrix: [action: string, run: (user: User, version: number) => Promise<unknown>, setup: ('submit' | 'approve' | 'return')[], allowed: Who[]][] = [
    ['get', (u) => getReport(deps, u, 'LA', '2026-10'), [], ['laOffice', 'lead', 'admin']],
    ['history', (u) => reportHistory(deps, u, 'LA', '2026-10'), [], ['laOffice', 'lead', 'admin']],
    ['list LA', (u) => listReports(deps, u, { country: 'LA' }), [], ['laOffice', 'lead', 'admin']],
    ['put', (u, v) => putReport(deps, u, LA, { values: fullValues(1) }, ifMatch(v)), [], ['laOffice', 'admin']],
    ['submit', (u, v) => changeStatus(deps, u, LA, 'submit', ifMatch(v)), [], ['laOffice', 'admin']],
    ['approve', (u, v) => changeStatus(deps, u, LA, 'approve', ifMatch(v)), ['submit'], ['lead', 'admin']],
    ['return', (u, v) => changeStatus(deps, u, LA, 'return', ifMatch(v), { reason: 'check PRV-01' }), ['submit'], ['lead', 'admin']],
  ];
  const cases = matrix.flatMap(([action, run, setup, allowed]) =>
    (Object.keys(users) as Who[]).map((who) => [action, who, allowed.includes(who), run, setup] as const),
  );

  it.each(cases)('%s by %s: allowed %s', async (_action, who, allowed, run, setup) => {
    // Prepare
    const version = await given(...setup);

    // Act
    const outcome = await run(users[who], version).then(
      () => 'ok',
      (error: unknown) => (error instanceof ProblemError ? error.problem.status : error),
    );

    // Assess: a refused request stores nothing.
    expect(outcome).toBe(allowed ? 'ok' : 403);
    if (!allowed) expect(reports.saved).toEqual([]);
  });

  it('lets a country office list only its own country, whatever it asks for', async () => {
    // Prepare
    await given();

    // Act
    const own = await listReports(deps, users.laOffice, {});
    const other = await refusal(listReports(deps, users.laOffice, { country: 'KH' }));

    // Assess
    expect(reports.queries[0]?.countries).toEqual(['LA']);
    expect(own.map((r) => r.country)).toEqual(['LA']);
    expect(other.status).toBe(403);
  });

  it('lets leads and admins list every country, and passes the filters on', async () => {
    // Act
    await listReports(deps, users.lead, { from: '2026-01', to: '2026-06', status: 'submitted' });
    await listReports(deps, users.admin, { country: 'MM' });

    // Assess
    expect(reports.queries).toEqual([
      { countries: ['KH', 'CN', 'LA', 'MM', 'TH', 'VN'], from: '2026-01', to: '2026-06', status: 'submitted' },
      { countries: ['MM'] },
    ]);
  });

  it('refuses a viewer any list', async () => {
    expect((await refusal(listReports(deps, users.viewer, {}))).status).toBe(403);
  });

  it('refuses before looking: a 403, not a 404, for a report that does not exist', async () => {
    expect((await refusal(getReport(deps, users.khOffice, 'LA', '2025-01'))).status).toBe(403);
    expect((await refusal(reportHistory(deps, users.viewer, 'LA', '2025-01'))).status).toBe(403);
  });
});

describe('putReport', () => {
  it('creates version 1 as a draft with If-None-Match: *', async () => {
    // Act
    const written = await putReport(deps, users.laOffice, LA, { values: fullValues(), note: 'from the shelters' }, create);

    // Assess
    expect(written.created).toBe(true);
    expect(written.receipt).toEqual({ consumedWriteUnits: 1 });
    expect(written.report).toMatchObject({ country: 'LA', period: '2026-10', status: 'draft', version: 1, note: 'from the shelters', updatedBy: users.laOffice.name });
    expect(written.report).not.toHaveProperty('published');
    expect(reports.saved).toHaveLength(1);
  });

  it('replaces the current version with If-Match', async () => {
    // Prepare
    await given();

    // Act
    const written = await putReport(deps, users.admin, LA, { values: fullValues(1) }, ifMatch(1));

    // Assess
    expect(written.created).toBe(false);
    expect(written.report.version).toBe(2);
    expect(written.report.updatedBy).toBe(users.admin.name);
    expect(reports.saved[0]?.revision.action).toBe('replace');
  });

  it.each<[string, Precondition, number, string]>([
    ['a create without If-None-Match', none, 428, '/problems/precondition-required'],
    ['a replace of a report that does not exist', ifMatch(1), 404, '/problems/not-found'],
  ])('refuses %s when there is no report', async (_what, precondition, status, type) => {
    // Act
    const problem = await refusal(putReport(deps, users.laOffice, LA, { values: [] }, precondition));

    // Assess
    expect(problem).toMatchObject({ status, type });
    expect(reports.saved).toEqual([]);
  });

  it.each<[string, Precondition, number, string]>([
    ['a create over it', create, 409, '/problems/conflict'],
    ['a replace with a stale version', ifMatch(1), 412, '/problems/stale-version'],
    ['a replace with a version from the future', ifMatch(9), 412, '/problems/stale-version'],
    ['a replace without If-Match', none, 428, '/problems/precondition-required'],
  ])('refuses %s when the report is at version 2', async (_what, precondition, status, type) => {
    // Prepare
    await given('submit');

    // Act
    const problem = await refusal(putReport(deps, users.laOffice, LA, { values: [] }, precondition));

    // Assess
    expect(problem).toMatchObject({ status, type });
    expect(reports.saved).toEqual([]);
    expect((await reports.get('LA', '2026-10'))?.version).toBe(2);
  });

  it.each([
    ['the next month', '2026-12', 'future'],
    ['a malformed month', '2026-13', 'YYYY-MM'],
    ['a month before 2015', '2014-12', '2015-01'],
  ])('refuses %s with a 400 on path period', async (_what, period, reason) => {
    // Act
    const problem = await refusal(putReport(deps, users.laOffice, { country: 'LA', period }, { values: [] }, create));

    // Assess
    expect(problem.status).toBe(400);
    expect(problem.errors).toEqual([{ path: 'period', message: expect.stringContaining(reason) }]);
    expect(reports.saved).toEqual([]);
  });

  it('accepts the current month in the country even while it is still the previous month in UTC', async () => {
    // Prepare: 20:00Z on 30 November is 03:00 on 1 December in Laos.
    deps = { reports, now: () => new Date('2026-11-30T20:00:00Z') };

    // Act
    const written = await putReport(deps, users.laOffice, { country: 'LA', period: '2026-12' }, { values: [] }, create);

    // Assess
    expect(written.report.period).toBe('2026-12');
  });

  it('refuses an invalid body with every field error and saves nothing', async () => {
    // Prepare
    await given();

    // Act
    const problem = await refusal(
      putReport(deps, users.laOffice, LA, { values: [{ indicator: 'PRV-04', value: -1 }, { indicator: 'ADV-02', valeu: 3 }], version: 5 }, ifMatch(1)),
    );

    // Assess
    expect(problem.status).toBe(400);
    expect(problem.type).toBe('/problems/invalid-request');
    expect(problem.errors?.map((e) => e.path)).toEqual(['values/0/value', 'values/1/valeu', 'values/1/value', 'version']);
    expect(reports.saved).toEqual([]);
  });

  it.each<[string, Precondition, VersionConflictError, number]>([
    ['a create', create, new VersionConflictError(true), 409],
    ['a replace', ifMatch(1), new VersionConflictError(true), 412],
  ])('maps a concurrent write during %s to %i', async (_what, precondition, conflict, status) => {
    // Prepare
    if (precondition.kind === 'replace') await given();
    reports.failNextSave = conflict;

    // Act
    const problem = await refusal(putReport(deps, users.laOffice, LA, { values: fullValues(3) }, precondition));

    // Assess
    expect(problem.status).toBe(status);
  });

  it('lets an error that is not a version conflict through unchanged', async () => {
    // Prepare
    const outage = new Error('the store is down');
    reports.failNextSave = outage;

    // Act
    const thrown = await putReport(deps, users.laOffice, LA, { values: [] }, create).catch((error: unknown) => error);

    // Assess
    expect(thrown).toBe(outage);
  });
});

describe('changeStatus', () => {
  it('submits with If-Match, stamping the time from the clock', async () => {
    // Prepare
    await given();

    // Act
    const written = await changeStatus(deps, users.laOffice, LA, 'submit', ifMatch(1));

    // Assess
    expect(written.report).toMatchObject({ status: 'submitted', version: 2, timeliness: 'on-time', updatedAt: NOW.toISOString() });
    expect(written.created).toBe(false);
  });

  it('stamps late a submission after the deadline', async () => {
    // Prepare
    await given();
    deps = { reports, now: () => new Date('2026-11-10T17:00:00Z') };

    // Act
    const written = await changeStatus(deps, users.laOffice, LA, 'submit', ifMatch(1));

    // Assess
    expect(written.report.timeliness).toBe('late');
  });

  it('accepts an empty object as the body of submit and approve', async () => {
    // Prepare
    await given();

    // Act
    await changeStatus(deps, users.laOffice, LA, 'submit', ifMatch(1), {});
    const written = await changeStatus(deps, users.lead, LA, 'approve', ifMatch(2), {});

    // Assess
    expect(written.report.status).toBe('approved');
  });

  it('returns with the reason, and refuses a return without one', async () => {
    // Prepare
    const version = await given('submit');

    // Act
    const missing = await refusal(changeStatus(deps, users.lead, LA, 'return', ifMatch(version), {}));
    const blank = await refusal(changeStatus(deps, users.lead, LA, 'return', ifMatch(version), { reason: '   ' }));
    const written = await changeStatus(deps, users.lead, LA, 'return', ifMatch(version), { reason: 'ADV-01 counts trainers twice' });

    // Assess
    expect(missing.status).toBe(400);
    expect(missing.errors?.[0]?.path).toBe('reason');
    expect(blank.status).toBe(400);
    expect(written.report).toMatchObject({ status: 'returned', returnReason: 'ADV-01 counts trainers twice' });
    expect(reports.saved.map((c) => c.revision.reason)).toEqual(['ADV-01 counts trainers twice']);
  });

  it('refuses fields in the body of submit', async () => {
    // Prepare
    await given();

    // Act
    const problem = await refusal(changeStatus(deps, users.laOffice, LA, 'submit', ifMatch(1), { status: 'approved' }));

    // Assess
    expect(problem.status).toBe(400);
    expect(problem.errors).toEqual([{ path: 'status', message: "'status' is set by the server and cannot be sent" }]);
    expect(reports.saved).toEqual([]);
  });

  it.each<[string, Precondition, number]>([
    ['without If-Match', none, 428],
    ['with If-None-Match: *', create, 428],
    ['with a stale If-Match', ifMatch(0), 412],
  ])('refuses a transition %s', async (_what, precondition, status) => {
    // Prepare
    await given();

    // Act
    const problem = await refusal(changeStatus(deps, users.laOffice, LA, 'submit', precondition));

    // Assess
    expect(problem.status).toBe(status);
    expect(reports.saved).toEqual([]);
  });

  it('refuses a transition of a report that does not exist with a 404', async () => {
    expect((await refusal(changeStatus(deps, users.lead, LA, 'approve', ifMatch(1)))).status).toBe(404);
  });

  it('refuses an illegal transition with a 409', async () => {
    // Prepare
    await given();

    // Act
    const problem = await refusal(changeStatus(deps, users.lead, LA, 'approve', ifMatch(1)));

    // Assess
    expect(problem.status).toBe(409);
    expect(reports.saved).toEqual([]);
  });

  it('refuses to submit an incomplete report, naming each missing cell', async () => {
    // Prepare
    await putReport(deps, users.laOffice, LA, { values: fullValues().slice(2) }, create);

    // Act
    const problem = await refusal(changeStatus(deps, users.laOffice, LA, 'submit', ifMatch(1)));

    // Assess
    expect(problem).toMatchObject({ status: 400, type: '/problems/incomplete-report' });
    expect(problem.errors?.map((e) => e.message)).toEqual(['missing cell PRV-01 female 0-8', 'missing cell PRV-01 female 9-17']);
  });

  it('maps a concurrent write during a transition to 412', async () => {
    // Prepare
    await given();
    reports.failNextSave = new VersionConflictError(true);

    // Act
    const problem = await refusal(changeStatus(deps, users.laOffice, LA, 'submit', ifMatch(1)));

    // Assess
    expect(problem.status).toBe(412);
  });
});

describe('reading', () => {
  it('gets the current report without its storage-only fields', async () => {
    // Prepare
    await given('submit');

    // Act
    const report = await getReport(deps, users.lead, 'LA', '2026-10');

    // Assess
    expect(report).toMatchObject({ status: 'submitted', version: 2 });
    expect(report).not.toHaveProperty('published');
    expect(report).not.toHaveProperty('submittedAt');
  });

  it('answers 404 for a report that does not exist, and for its history', async () => {
    expect((await refusal(getReport(deps, users.laOffice, 'LA', '2025-01'))).status).toBe(404);
    expect((await refusal(reportHistory(deps, users.laOffice, 'LA', '2025-01'))).status).toBe(404);
  });

  it('lists the history, every revision in order', async () => {
    // Prepare
    await given('submit', 'return', 'submit', 'approve');

    // Act
    const history = await reportHistory(deps, users.laOffice, 'LA', '2026-10');

    // Assess
    expect(history.map((r) => [r.version, r.action, r.status])).toEqual([
      [1, 'create', 'draft'],
      [2, 'submit', 'submitted'],
      [3, 'return', 'returned'],
      [4, 'submit', 'submitted'],
      [5, 'approve', 'approved'],
    ]);
  });
});
