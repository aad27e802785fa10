import { describe, expect, it } from 'vitest';
import { toVector } from '../aggregation/value-vector';
import type { Cell } from '../framework/cells';
import { ALL_CELLS, cellKey } from '../framework/cells';
import { fullValues } from '../testing/report-values';
import { KEPT_EARLIER } from './publication';
import { draft, type StoredReport, transition } from './report';
import { DUE, later, lead, office, refusal, reportAfter, T0, target } from './report.fixture';

/** Status transitions (DESIGN.md 3): submit with its timeliness stamp, approve and return. */

describe('transition: submit', () => {
  it('refuses a report with cells missing, listing each missing cell', () => {
    // Prepare
    const missing = ['PRT-01|male|9-17|labour', 'PRV-04', 'PRT-06|female'];
    const values = fullValues().filter((cell) => !missing.includes(cellKey(cell)));
    const partial = draft(null, target, { values }, office, T0).report;

    // Act
    const problem = refusal(() => transition(partial, 'submit', office, later(1)));

    // Assess
    expect(problem.status).toBe(400);
    expect(problem.type).toBe('/problems/incomplete-report');
    expect(problem.detail).toContain(`3 of ${ALL_CELLS.length} cells are missing`);
    expect(problem.errors).toEqual([
      { path: 'values', code: 'missing-cell', params: { cell: 'PRV-04', indicator: 'PRV-04' }, message: 'missing cell PRV-04' },
      {
        path: 'values',
        code: 'missing-cell',
        params: { cell: 'PRT-01 male 9-17 labour', indicator: 'PRT-01', sex: 'male', age: '9-17', exploitation: 'labour' },
        message: 'missing cell PRT-01 male 9-17 labour',
      },
      { path: 'values', code: 'missing-cell', params: { cell: 'PRT-06 female', indicator: 'PRT-06', sex: 'female' }, message: 'missing cell PRT-06 female' },
    ]);
  });

  it('refuses an empty draft with one error per cell of the framework', () => {
    // Prepare
    const empty = draft(null, target, { values: [] }, office, T0).report;

    // Act
    const problem = refusal(() => transition(empty, 'submit', office, later(1)));

    // Assess
    expect(problem.errors).toHaveLength(ALL_CELLS.length);
  });

  it('stamps on time a millisecond before the deadline, and publishes the values', () => {
    // Prepare
    const full = draft(null, target, { values: fullValues() }, office, T0).report;
    const at = new Date(DUE.getTime() - 1);

    // Act
    const { report, revision, expectedVersion } = transition(full, 'submit', office, at);

    // Assess
    expect(expectedVersion).toBe(1);
    expect(report).toMatchObject({ status: 'submitted', version: 2, timeliness: 'on-time', submittedAt: at.toISOString(), updatedAt: at.toISOString() });
    expect(report.published).toEqual({
      version: 2,
      status: 'submitted',
      timeliness: 'on-time',
      submittedAt: at.toISOString(),
      values: full.values,
      withheld: expect.any(Uint8Array),
    });
    expect(revision).toMatchObject({ version: 2, status: 'submitted', action: 'submit', changes: [] });
  });

  it('stamps late at the deadline itself', () => {
    // Prepare
    const full = draft(null, target, { values: fullValues() }, office, T0).report;

    // Act
    const { report } = transition(full, 'submit', office, DUE);

    // Assess
    expect(report.timeliness).toBe('late');
    expect(report.published?.timeliness).toBe('late');
  });

  it('resubmits a returned report, clearing the return reason', () => {
    // Prepare
    const returned = reportAfter('submit', 'return');

    // Act
    const { report } = transition(returned, 'submit', office, later(10));

    // Assess
    expect(report.status).toBe('submitted');
    expect(report.returnReason).toBeNull();
    expect(report.version).toBe(returned.version + 1);
  });

  it('keeps the values dashboards showed before a correction, once each, the first KEPT_EARLIER of them', () => {
    // Prepare: published, then returned by the lead and resubmitted, with or without changes.
    const published = reportAfter('submit');
    const first = toVector(published.published!.values);
    let minute = 10;
    const resubmit = (report: StoredReport, values?: Cell[]) => {
      let next = transition(report, 'return', lead, later(minute++), 'please check').report;
      if (values) next = draft(next, target, { values }, office, later(minute++)).report;
      return transition(next, 'submit', office, later(minute++)).report;
    };

    // Act: corrected; the same values again; then five more corrections.
    let report = resubmit(published, fullValues(2));
    const corrected = report.published;
    report = resubmit(report);
    const again = report.published;
    const kept = [first, toVector(fullValues(2))];
    for (let seed = 3; seed <= 7; seed++) {
      report = resubmit(report, fullValues(seed));
      kept.push(toVector(fullValues(seed)));
    }

    // Assess
    const valuesOf = (p: typeof corrected) => p?.earlier?.map((e) => e.values);
    expect(published.published).not.toHaveProperty('earlier');
    expect([valuesOf(corrected), corrected?.corrections]).toEqual([[first], 1]);
    expect(corrected?.earlier?.[0]?.withheld).toEqual(published.published?.withheld);
    expect([valuesOf(again), again?.corrections, again?.withheld]).toEqual([[first], 1, corrected?.withheld]);
    expect([valuesOf(report.published), report.published?.corrections]).toEqual([kept.slice(0, KEPT_EARLIER), 6]);
  });
});

describe('transition: approve and return', () => {
  it('approves a submitted report and marks its published values approved', () => {
    // Prepare
    const submitted = reportAfter('submit');

    // Act
    const { report, revision } = transition(submitted, 'approve', lead, later(30));

    // Assess
    expect(report.status).toBe('approved');
    expect(report.version).toBe(3);
    expect(report.updatedBy).toBe(lead.name);
    expect(report.timeliness).toBe(submitted.timeliness);
    expect(report.published).toEqual({ ...submitted.published, status: 'approved' });
    expect(revision).toMatchObject({ action: 'approve', status: 'approved', actor: { role: 'regional-lead' } });
  });

  it('returns a submitted report with the reason, in the report and its revision', () => {
    // Prepare
    const submitted = reportAfter('submit');

    // Act
    const { report, revision } = transition(submitted, 'return', lead, later(30), 'PRV-01 males look doubled');

    // Assess
    expect(report.status).toBe('returned');
    expect(report.returnReason).toBe('PRV-01 males look doubled');
    expect(revision).toMatchObject({ action: 'return', status: 'returned', reason: 'PRV-01 males look doubled' });
  });

  it.each([
    ['no reason', undefined],
    ['a blank reason', '  '],
  ])('refuses to return a report with %s (DESIGN.md 3: the reason is required)', (_what, reason) => {
    // Prepare
    const submitted = reportAfter('submit');

    // Act
    const problem = refusal(() => transition(submitted, 'return', lead, later(30), reason));

    // Assess
    expect(problem.status).toBe(400);
  });

  it.each([
    ['approve', 'draft', [] as const],
    ['approve', 'approved', ['submit', 'approve'] as const],
    ['approve', 'returned', ['submit', 'return'] as const],
    ['return', 'draft', [] as const],
    ['return', 'approved', ['submit', 'approve'] as const],
    ['return', 'returned', ['submit', 'return'] as const],
    ['submit', 'submitted', ['submit'] as const],
    ['submit', 'approved', ['submit', 'approve'] as const],
  ] as const)('refuses to %s a report that is %s with a 409', (action, status, history) => {
    // Prepare
    const existing = reportAfter(...history);
    expect(existing.status).toBe(status);

    // Act
    const problem = refusal(() => transition(existing, action, lead, later(60), 'a reason'));

    // Assess
    expect(problem.status).toBe(409);
    expect(problem.type).toBe('/problems/conflict');
    expect(problem.detail).toContain(`cannot ${action} a report that is ${status}`);
  });
});
