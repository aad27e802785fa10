import { describe, expect, it } from 'vitest';
import type { User } from '../access/roles';
import { ProblemError } from '../problems/problem';
import { fullValues } from '../testing/report-values';
import { changeStatus, getReport, listReports, putReport, reportHistory } from './submissions';
import { deps, given, ifMatch, LA, refusal, reports, users, type Who } from './submissions.fixture';

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
