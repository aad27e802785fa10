import { describe, expect, it } from 'vitest';
import type { User } from '../access/roles';
import { dueAt } from '../framework/calendar';
import { ALL_CELLS, type Cell, cellKey } from '../framework/cells';
import { type Problem, ProblemError } from '../problems/problem';
import { fullValues } from '../testing/report-values';
import { diffCells, draft, orderCells, publicView, type StoredReport, summarise, transition } from './report';

const office: User = { sub: 'co-la', name: 'Somchai (M&E, Vientiane)', role: 'country-office', country: 'LA' };
const lead: User = { sub: 'lead', name: 'Mai (regional lead)', role: 'regional-lead', country: null };
const target = { country: 'LA', period: '2026-10' } as const;

const T0 = new Date('2026-11-02T03:00:00Z');
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const DUE = dueAt('LA', '2026-10'); // 2026-11-10T17:00Z

/** The problem a lifecycle step refused with; fails the test if it did not refuse. */
function refusal(step: () => unknown): Problem {
  try {
    step();
  } catch (error) {
    if (error instanceof ProblemError) return error.problem;
    throw error;
  }
  throw new Error('expected a ProblemError');
}

/** A report created in full by the office at T0, then taken through the given actions. */
function reportAfter(...actions: ('submit' | 'approve' | 'return')[]): StoredReport {
  let report = draft(null, target, { values: fullValues() }, office, T0).report;
  actions.forEach((action, n) => {
    const user = action === 'submit' ? office : lead;
    report = transition(report, action, user, later(n + 1), action === 'return' ? 'PRT-01 does not match the shelter log' : undefined).report;
  });
  return report;
}

describe('draft: create', () => {
  it('makes version 1, a draft, not yet timed or published', () => {
    // Prepare
    const values = fullValues();

    // Act
    const { report, expectedVersion } = draft(null, target, { values, note: 'first entry' }, office, T0);

    // Assess
    expect(expectedVersion).toBeNull();
    expect(report).toEqual({
      country: 'LA',
      period: '2026-10',
      status: 'draft',
      version: 1,
      timeliness: null,
      values,
      note: 'first entry',
      updatedAt: '2026-11-02T03:00:00.000Z',
      updatedBy: office.name,
      returnReason: null,
      submittedAt: null,
      published: null,
    });
  });

  it('records a create revision with every cell as a change from null', () => {
    // Prepare
    const values = fullValues();

    // Act
    const { revision } = draft(null, target, { values }, office, T0);

    // Assess
    expect(revision).toMatchObject({ country: 'LA', period: '2026-10', version: 1, status: 'draft', action: 'create', at: T0.toISOString() });
    expect(revision.actor).toEqual({ sub: 'co-la', name: office.name, role: 'country-office' });
    expect(revision.changes).toHaveLength(ALL_CELLS.length);
    expect(revision.changes.every((c) => c.from === null)).toBe(true);
    expect(revision.changes[0]).toEqual({ indicator: 'PRV-01', sex: 'female', age: '0-8', from: null, to: 7 });
    const ratio = revision.changes.find((c) => c.indicator === 'PRT-06' && c.sex === 'male');
    expect(ratio?.to).toEqual({ numerator: expect.any(Number), denominator: expect.any(Number) });
  });

  it('puts the cells in framework order whatever order they were sent in', () => {
    // Prepare
    const values = fullValues().reverse();

    // Act
    const { report } = draft(null, target, { values }, office, T0);

    // Assess
    expect(report.values.map(cellKey)).toEqual(ALL_CELLS.map(cellKey));
  });

  it('stores a missing note as null', () => {
    expect(draft(null, target, { values: [] }, office, T0).report.note).toBeNull();
  });
});

describe('draft: replace', () => {
  it('bumps the version and records only the cells that changed', () => {
    // Prepare
    const first = draft(null, target, { values: fullValues() }, office, T0).report;
    const values = fullValues().map((cell) => (cell.indicator === 'ADV-02' ? { ...cell, value: 99 } : cell));

    // Act
    const { report, revision, expectedVersion } = draft(first, target, { values }, office, later(5));

    // Assess
    expect(expectedVersion).toBe(1);
    expect(report.version).toBe(2);
    expect(report.status).toBe('draft');
    expect(revision.action).toBe('replace');
    expect(revision.version).toBe(2);
    const before = first.values.find((c) => c.indicator === 'ADV-02') as { value: number };
    expect(revision.changes).toEqual([{ indicator: 'ADV-02', from: before.value, to: 99 }]);
  });

  it('records a cell left out as a change to null (not reported is not zero)', () => {
    // Prepare
    const first = draft(
      null,
      target,
      {
        values: [
          { indicator: 'PRV-04', value: 3 },
          { indicator: 'ADV-02', value: 0 },
        ],
      },
      office,
      T0,
    ).report;

    // Act
    const { revision } = draft(first, target, { values: [{ indicator: 'PRV-04', value: 3 }] }, office, later(1));

    // Assess
    expect(revision.changes).toEqual([{ indicator: 'ADV-02', from: 0, to: null }]);
  });

  it('records no change when the same values are sent again, but still makes a new version', () => {
    // Prepare
    const first = draft(null, target, { values: fullValues() }, office, T0).report;

    // Act
    const { report, revision } = draft(first, target, { values: fullValues() }, office, later(1));

    // Assess
    expect(report.version).toBe(2);
    expect(revision.changes).toEqual([]);
  });
});

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
    expect(report.published).toEqual({ version: 2, status: 'submitted', timeliness: 'on-time', submittedAt: at.toISOString(), values: full.values });
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

describe('editing a published report', () => {
  it.each([
    ['submitted', ['submit'] as const],
    ['approved', ['submit', 'approve'] as const],
  ] as const)('makes a %s report a draft again but keeps what dashboards show', (_status, history) => {
    // Prepare
    const published = reportAfter(...history);
    const corrected = fullValues(1000);

    // Act
    const { report, revision } = draft(published, target, { values: corrected }, office, later(90));

    // Assess: the working copy is the new draft; the published values are the old ones.
    expect(report.status).toBe('draft');
    expect(report.version).toBe(published.version + 1);
    expect(report.values).toEqual(corrected);
    expect(report.published).toEqual(published.published);
    expect(report.published?.values).toEqual(fullValues());
    expect(revision.changes).toHaveLength(ALL_CELLS.length);
  });

  it('publishes the corrected values only when the draft is submitted again', () => {
    // Prepare
    const approved = reportAfter('submit', 'approve');
    const edited = draft(approved, target, { values: fullValues(1000) }, office, later(90)).report;

    // Act
    const { report } = transition(edited, 'submit', office, later(91));

    // Assess
    expect(report.published?.values).toEqual(fullValues(1000));
    expect(report.published?.status).toBe('submitted');
    expect(report.published?.version).toBe(report.version);
  });
});

describe('views of a report', () => {
  it('publicView drops the storage-only fields and summarise keeps the list fields', () => {
    // Prepare
    const submitted = reportAfter('submit');

    // Act
    const view = publicView(submitted);
    const summary = summarise(view);

    // Assess
    expect(view).not.toHaveProperty('published');
    expect(view).not.toHaveProperty('submittedAt');
    expect(Object.keys(view).sort()).toEqual([
      'country',
      'note',
      'period',
      'returnReason',
      'status',
      'timeliness',
      'updatedAt',
      'updatedBy',
      'values',
      'version',
    ]);
    expect(summary).toEqual({ country: 'LA', period: '2026-10', status: 'submitted', version: 2, timeliness: 'on-time', updatedAt: later(1).toISOString() });
  });
});

describe('diffCells', () => {
  it('lists added, removed and changed cells in framework order, and skips equal ones', () => {
    // Prepare
    const before: Cell[] = [
      { indicator: 'ADV-02', value: 1 },
      { indicator: 'PRV-04', value: 5 },
      { indicator: 'PRT-06', sex: 'female', numerator: 2, denominator: 4 },
      { indicator: 'PRV-02', sex: 'male', value: 8 },
    ];
    const after: Cell[] = [
      { indicator: 'PRT-06', sex: 'female', numerator: 3, denominator: 4 },
      { indicator: 'PRV-02', sex: 'male', value: 8 },
      { indicator: 'ADV-03', value: 0 },
      { indicator: 'PRV-04', value: 6 },
    ];

    // Act
    const changes = diffCells(before, after);

    // Assess
    expect(changes).toEqual([
      { indicator: 'PRV-04', from: 5, to: 6 },
      { indicator: 'PRT-06', sex: 'female', from: { numerator: 2, denominator: 4 }, to: { numerator: 3, denominator: 4 } },
      { indicator: 'ADV-02', from: 1, to: null },
      { indicator: 'ADV-03', from: null, to: 0 },
    ]);
  });

  it('treats 0 and not reported as different', () => {
    expect(diffCells([], [{ indicator: 'ADV-02', value: 0 }])).toEqual([{ indicator: 'ADV-02', from: null, to: 0 }]);
  });

  it('finds nothing between equal reports', () => {
    expect(diffCells(fullValues(), fullValues().reverse())).toEqual([]);
  });
});

describe('orderCells', () => {
  it('sorts cells into framework order without changing them or the input', () => {
    // Prepare
    const input: Cell[] = [
      { indicator: 'ADV-04', sex: 'male', age: '30+', value: 1 },
      { indicator: 'PRT-01', sex: 'female', age: '0-8', exploitation: 'other', value: 2 },
      { indicator: 'PRT-01', sex: 'female', age: '0-8', exploitation: 'sexual', value: 3 },
      { indicator: 'PRV-01', sex: 'male', age: '0-8', value: 4 },
      { indicator: 'PRV-01', sex: 'female', age: '30+', value: 5 },
    ];
    const copy = structuredClone(input);

    // Act
    const ordered = orderCells(input);

    // Assess
    expect(ordered.map(cellKey)).toEqual(['PRV-01|female|30+', 'PRV-01|male|0-8', 'PRT-01|female|0-8|sexual', 'PRT-01|female|0-8|other', 'ADV-04|male|30+']);
    expect(input).toEqual(copy);
  });
});
