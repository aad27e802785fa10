import { describe, expect, it } from 'vitest';
import { buildCompleteness } from './completeness';
import { fullReport, LEAD, memoryAggregates, month, neverSubmitted, rangeOf, rollups } from './dashboard.fixture';
import { completenessView } from './dashboard-views';

const noTargets = { list: async () => ({ targetSets: [], consumedReadUnits: 0 }) };

describe('buildCompleteness', () => {
  it('a month not yet due is not-due with its deadline, never missing, and the rates leave it out', () => {
    // Prepare: 29 November 2026. LA's September was approved on time, October (due 10 November) never came.
    const now = new Date('2026-11-29T06:00:00Z');
    const held = rollups({ LA: { '2026-09': month(fullReport()) } });

    // Act
    const view = buildCompleteness({ range: rangeOf('2026-09', '2026-11'), rollups: held, countries: ['LA'], now });

    // Assess
    expect(view.rows).toEqual([
      {
        country: 'LA',
        months: [
          { period: '2026-09', status: 'approved', timeliness: 'on-time' },
          { period: '2026-10', status: 'missing', timeliness: null },
          // Due by the end of 10 December in Vientiane (UTC+7): 17:00 UTC that day.
          { period: '2026-11', status: 'not-due', timeliness: null, dueAt: '2026-12-10T17:00:00.000Z', due: '2026-12-10' },
        ],
        summary: { due: 2, reported: 1, onTime: 1, late: 0, missing: 1, completeness: 50, timeliness: 100 },
      },
    ]);
  });

  it('counts a draft never submitted past its deadline as missing, keeping its status; a reopened report stays reported', () => {
    // Prepare: VN's first half of 2026, seen in November.
    const now = new Date('2026-11-29T06:00:00Z');
    const held = rollups({
      VN: {
        '2026-01': month(fullReport(), 'submitted', 'on-time'),
        '2026-02': month(fullReport(), 'submitted', 'late'),
        '2026-03': month(fullReport(), 'returned', 'on-time'),
        '2026-04': month(fullReport(), 'approved', 'late'),
        '2026-05': neverSubmitted(),
        // Submitted late, approved, then reopened: a draft again, its stamp kept.
        '2026-06': month(fullReport(), 'draft', 'late'),
      },
    });

    // Act
    const view = buildCompleteness({ range: rangeOf('2026-01', '2026-07'), rollups: held, countries: ['VN'], now });

    // Assess
    const [row] = view.rows;
    expect(row!.months.map((m) => [m.status, m.timeliness])).toEqual([
      ['submitted', 'on-time'],
      ['submitted', 'late'],
      ['returned', 'on-time'],
      ['approved', 'late'],
      ['draft', null],
      ['draft', 'late'],
      ['missing', null],
    ]);
    // Seven due; five submitted (two on time, three late); May's draft and July missing.
    expect(row!.summary).toEqual({ due: 7, reported: 5, onTime: 2, late: 3, missing: 2, completeness: 71.4, timeliness: 40 });
  });

  it('shows a month submitted ahead of its deadline at once, and leaves it out of the rates until it falls due', () => {
    // Prepare: on 5 November TH sent October already; its deadline is the end of 10 November.
    const held = rollups({ TH: { '2026-09': month(fullReport(), 'approved', 'late'), '2026-10': month(fullReport(), 'submitted', 'on-time') } });
    const view = (now: string) => buildCompleteness({ range: rangeOf('2026-09', '2026-10'), rollups: held, countries: ['TH'], now: new Date(now) });

    // Act
    const early = view('2026-11-05T03:00:00Z');
    const after = view('2026-11-11T03:00:00Z');

    // Assess
    expect(early.rows[0]!.months[1]).toEqual({
      period: '2026-10',
      status: 'submitted',
      timeliness: 'on-time',
      dueAt: '2026-11-10T17:00:00.000Z',
      due: '2026-11-10',
    });
    expect(early.rows[0]!.summary).toEqual({ due: 1, reported: 1, onTime: 0, late: 1, missing: 0, completeness: 100, timeliness: 0 });
    expect(after.rows[0]!.months[1]).toEqual({ period: '2026-10', status: 'submitted', timeliness: 'on-time' });
    expect(after.rows[0]!.summary).toEqual({ due: 2, reported: 2, onTime: 1, late: 1, missing: 0, completeness: 100, timeliness: 50 });
  });

  it('has no rates where nothing is due or nothing was reported: null, not 0 % or 100 %', () => {
    // Act
    const view = buildCompleteness({ range: rangeOf('2026-10', '2026-11'), rollups: [], countries: ['KH'], now: new Date('2026-11-29T06:00:00Z') });
    const nothingDue = buildCompleteness({ range: rangeOf('2026-11', '2026-11'), rollups: [], countries: ['KH'], now: new Date('2026-11-29T06:00:00Z') });

    // Assess
    expect(view.rows[0]!.summary).toEqual({ due: 1, reported: 0, onTime: 0, late: 0, missing: 1, completeness: 0, timeliness: null });
    expect(nothingDue.rows[0]!.summary).toEqual({ due: 0, reported: 0, onTime: 0, late: 0, missing: 0, completeness: null, timeliness: null });
  });
});

describe('completenessView', () => {
  it('a month current in China but not yet begun in Lao PDR is in range, and not-due in both', async () => {
    // Prepare: 30 November 16:30 UTC is 1 December 00:30 in Shanghai, 30 November 23:30 in Vientiane.
    const deps = { aggregates: memoryAggregates([]), targets: noTargets, now: () => new Date('2026-11-30T16:30:00Z') };

    // Act
    const view = await completenessView(deps, LEAD, { from: ['2026-11'], to: ['2026-12'], countries: ['CN,LA'] });

    // Assess
    expect(view.data.rows.map((r) => [r.country, r.months])).toEqual([
      [
        'CN',
        [
          { period: '2026-11', status: 'not-due', timeliness: null, dueAt: '2026-12-10T16:00:00.000Z', due: '2026-12-10' },
          { period: '2026-12', status: 'not-due', timeliness: null, dueAt: '2027-01-10T16:00:00.000Z', due: '2027-01-10' },
        ],
      ],
      [
        'LA',
        [
          { period: '2026-11', status: 'not-due', timeliness: null, dueAt: '2026-12-10T17:00:00.000Z', due: '2026-12-10' },
          { period: '2026-12', status: 'not-due', timeliness: null, dueAt: '2027-01-10T17:00:00.000Z', due: '2027-01-10' },
        ],
      ],
    ]);
  });

  it('still refuses a month after the current one everywhere', async () => {
    // Prepare
    const deps = { aggregates: memoryAggregates([]), targets: noTargets, now: () => new Date('2026-11-29T06:00:00Z') };

    // Act and assess
    await expect(completenessView(deps, LEAD, { to: ['2026-12'] })).rejects.toMatchObject({
      problem: { errors: [{ path: 'query/to', code: 'period-in-future' }] },
    });
  });
});
