import { describe, expect, it } from 'vitest';
import { ALL_CELLS, cellKey } from '../framework/cells';
import { fullValues } from '../testing/report-values';
import { draft, transition } from './report';
import { later, office, reportAfter, T0, target } from './report.fixture';

/** Drafts (DESIGN.md 3): creating and replacing values, and editing a report already published. */

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
