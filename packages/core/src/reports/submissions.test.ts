import { describe, expect, it } from 'vitest';
import { fullValues } from '../testing/report-values';
import { VersionConflictError } from '../versioning/store';
import { changeStatus, getReport, type Precondition, putReport, reportHistory } from './submissions';
import { create, deps, given, ifMatch, LA, NOW, none, refusal, reports, setNow, users } from './submissions.fixture';

describe('putReport', () => {
  it('creates version 1 as a draft with If-None-Match: *', async () => {
    // Act
    const written = await putReport(deps, users.laOffice, LA, { values: fullValues(), note: 'from the shelters' }, create);

    // Assess
    expect(written.created).toBe(true);
    expect(written.receipt).toEqual({ consumedWriteUnits: 1 });
    expect(written.report).toMatchObject({
      country: 'LA',
      period: '2026-10',
      status: 'draft',
      version: 1,
      note: 'from the shelters',
      updatedBy: users.laOffice.name,
    });
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
    ['the next month', '2026-12', 'period-in-future', { current: '2026-11', country: 'LA' }],
    ['a malformed month', '2026-13', 'not-a-period', { got: '2026-13' }],
    ['a month before 2015', '2014-12', 'period-too-early', { first: '2015-01' }],
  ])('refuses %s with a 400 on path period', async (_what, period, code, params) => {
    // Act
    const problem = await refusal(putReport(deps, users.laOffice, { country: 'LA', period }, { values: [] }, create));

    // Assess
    expect(problem.status).toBe(400);
    expect(problem.errors).toEqual([{ path: 'period', code, params, message: expect.any(String) }]);
    expect(reports.saved).toEqual([]);
  });

  it('accepts the current month in the country even while it is still the previous month in UTC', async () => {
    // Prepare: 20:00Z on 30 November is 03:00 on 1 December in Laos.
    setNow(new Date('2026-11-30T20:00:00Z'));

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
      putReport(
        deps,
        users.laOffice,
        LA,
        {
          values: [
            { indicator: 'PRV-04', value: -1 },
            { indicator: 'ADV-02', valeu: 3 },
          ],
          version: 5,
        },
        ifMatch(1),
      ),
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
    setNow(new Date('2026-11-10T17:00:00Z'));

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
    expect(problem.errors).toEqual([
      { path: 'status', code: 'server-field', params: { field: 'status' }, message: "'status' is set by the server and cannot be sent" },
    ]);
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
