import { describe, expect, it } from 'vitest';
import { ALL_CELLS } from '../framework/cells';
import { fullValues } from '../testing/report-values';
import { planTransition, planValues } from './plan';
import { previewValues } from './preview';
import { create, deps, given, ifMatch, LA, NOW, none, reports, users } from './submissions.fixture';

/**
 * The pure plans (no store) and the dry run built on them: what a form validating as a person
 * types and an import's preview rely on, with the same answers as the API's use cases.
 */
describe('planValues', () => {
  it('plans a new draft from nothing, without saving anything', () => {
    // Act: what a form checks before its first save.
    const plan = planValues({ user: users.laOffice, address: LA, body: { values: fullValues().slice(0, 3) }, precondition: create, existing: null, now: NOW });

    // Assess
    expect(plan.ok && plan.change.report).toMatchObject({ status: 'draft', version: 1 });
    expect(plan.ok && plan.change.revision.changes).toHaveLength(3);
    expect(reports.saved).toEqual([]);
  });

  it.each([
    ["another country's office", users.khOffice, LA, create, 403, '/problems/forbidden'],
    ['a viewer', users.viewer, LA, create, 403, '/problems/forbidden'],
    ['a future month', users.laOffice, { country: 'LA', period: '2026-12' } as const, create, 400, '/problems/invalid-request'],
    ['no precondition', users.laOffice, LA, none, 428, '/problems/precondition-required'],
    ['a replace of nothing', users.laOffice, LA, ifMatch(1), 404, '/problems/not-found'],
  ])('returns the problem for %s rather than throwing', (_what, user, address, precondition, status, type) => {
    // Act
    const plan = planValues({ user, address, body: { values: [] }, precondition, existing: null, now: NOW });

    // Assess
    expect(plan).toEqual({ ok: false, problem: expect.objectContaining({ status, type }) });
  });
});

describe('planTransition', () => {
  it('names every missing cell of a submit as its problem', async () => {
    // Prepare
    await given();
    const existing = await reports.get('LA', '2026-10');
    const partial = { ...existing!, values: existing!.values.slice(1) };

    // Act
    const plan = planTransition({ user: users.laOffice, address: LA, action: 'submit', precondition: ifMatch(1), existing: partial, now: NOW });

    // Assess
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.problem).toMatchObject({
      type: '/problems/incomplete-report',
      errors: [{ path: 'values', code: 'missing-cell', params: { cell: 'PRV-01 female 0-8', indicator: 'PRV-01', sex: 'female', age: '0-8' } }],
    });
  });

  it('refuses a stale If-Match and a weak one, which never matches (RFC 9110 13.1.1)', async () => {
    // Prepare
    await given();
    const existing = await reports.get('LA', '2026-10');
    const weak = { kind: 'replace' as const, tags: [{ value: '1', weak: true }] };

    // Act
    const stale = planTransition({ user: users.laOffice, address: LA, action: 'submit', precondition: ifMatch(2), existing, now: NOW });
    const weakly = planTransition({ user: users.laOffice, address: LA, action: 'submit', precondition: weak, existing, now: NOW });

    // Assess
    expect(!stale.ok && stale.problem.status).toBe(412);
    expect(!weakly.ok && weakly.problem).toMatchObject({ status: 412, detail: expect.stringContaining('W/"1" never matches') });
  });
});

describe('previewValues', () => {
  it('plans many reports at once, each as a PUT would, and saves none', async () => {
    // Prepare: LA 2026-10 exists at version 1; LA 2026-09 does not.
    await given();

    // Act
    const preview = await previewValues(deps, users.laOffice, [
      { country: 'LA', period: '2026-10', body: { values: fullValues(5) } },
      { country: 'LA', period: '2026-09', body: { values: fullValues().slice(0, 10) } },
      { country: 'LA', period: '2026-08', body: { values: [{ indicator: 'PRV-04', valeu: 3 }] } },
      { country: 'KH', period: '2026-10', body: { values: [] } },
    ]);

    // Assess
    expect(preview.map((p) => [p.period, p.country, p.ok])).toEqual([
      ['2026-10', 'LA', true],
      ['2026-09', 'LA', true],
      ['2026-08', 'LA', false],
      ['2026-10', 'KH', false],
    ]);
    expect(preview[0]).toMatchObject({ created: false, missingCells: 0 });
    expect(preview[0]!.ok && preview[0]!.changes.length).toBe(ALL_CELLS.length);
    expect(preview[1]).toMatchObject({ created: true, missingCells: ALL_CELLS.length - 10 });
    expect(!preview[2]!.ok && preview[2]!.problem.errors?.map((e) => e.code)).toEqual(['unknown-field', 'required']);
    expect(!preview[3]!.ok && preview[3]!.problem.status).toBe(403);
    expect(reports.saved).toEqual([]);
  });
});
