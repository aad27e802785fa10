import { describe, expect, it } from 'vitest';
import { type Cell, cellKey } from '../framework/cells';
import { fullValues } from '../testing/report-values';
import { diffCells, orderCells, publicView, summarise } from './report';
import { later, reportAfter } from './report.fixture';

/** How a report shows and compares its cells: its public views, cell diffs and framework order. */

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
