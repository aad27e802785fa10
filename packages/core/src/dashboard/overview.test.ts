import { describe, expect, it } from 'vitest';
import { SUPPRESSED } from '../protection';
import { fullReport, LEAD, month, neverSubmitted, rangeOf, rollups, targetsOf, VIEWER } from './dashboard.fixture';
import { buildOverview } from './overview';
import type { OverviewResponse } from './schemas';

const NOW = new Date('2027-01-20T00:00:00Z'); // every month of 2026 fell due everywhere
const entry = (view: OverviewResponse, country: string, code: string) =>
  view.countries.find((c) => c.country === country)!.indicators.find((i) => i.indicator === code);
const regional = (view: OverviewResponse, code: string) => view.regional.indicators.find((i) => i.indicator === code);
const pillar = (view: OverviewResponse, code: string) => view.pillars.find((p) => p.pillar === code);

describe('buildOverview', () => {
  it('pro-rates a sum target across two calendar years, by the months of each in range', () => {
    // Prepare: July 2025 to June 2026, PRV-01 10 in each of its 8 cells every month (80 a month).
    const months = Object.fromEntries(rangeOf('2025-07', '2026-06').periods.map((p) => [p, month(fullReport({ 'PRV-01': 10 }))]));
    const targets = targetsOf({ 2025: { LA: { 'PRV-01': 1200, 'PRV-02': 90 } }, 2026: { LA: { 'PRV-01': 600, 'PRV-02': 30 } } });

    // Act
    const view = buildOverview({ user: LEAD, range: rangeOf('2025-07', '2026-06'), rollups: rollups({ LA: months }), targets, countries: ['LA'], now: NOW });
    const without2025 = buildOverview({
      user: LEAD,
      range: rangeOf('2025-07', '2026-06'),
      rollups: rollups({ LA: months }),
      targets: targetsOf({ 2026: { LA: { 'PRV-01': 600 } } }),
      countries: ['LA'],
      now: NOW,
    });

    // Assess: 1200 × 6/12 + 600 × 6/12 = 900; 12 × 80 = 960 is 106.7 % of it.
    const year = { reported: 12, of: 12, notDue: 0 };
    expect(entry(view, 'LA', 'PRV-01')).toEqual({ indicator: 'PRV-01', actual: 960, target: 900, achievement: 106.7, months: year });
    // A latest target is the level for the year the range ends in; PRV-02 is female 20 + male 20.
    expect(entry(view, 'LA', 'PRV-02')).toEqual({ indicator: 'PRV-02', actual: 40, target: 30, achievement: 133.3, months: year });
    // Half the range has no target: no pro-rated target can be made of half a year's.
    expect(entry(without2025, 'LA', 'PRV-01')).toEqual({ indicator: 'PRV-01', actual: 960, target: null, achievement: null, months: year });
  });

  it('takes the last reported month of a latest indicator, over months missing, unpublished or never submitted', () => {
    // Prepare: PRV-04 (one cell) 12 in January, 15 in March; February missing, April a draft never submitted.
    const held = rollups({
      LA: { '2026-01': month(fullReport({ 'PRV-04': 12 })), '2026-03': month(fullReport({ 'PRV-04': 15, 'PRV-02': [7, 3] })), '2026-04': neverSubmitted() },
    });

    // Act
    const view = (from: string, to: string) =>
      buildOverview({ user: LEAD, range: rangeOf(from, to), rollups: held, targets: targetsOf({}), countries: ['LA'], now: NOW });

    // Assess
    expect(entry(view('2026-01', '2026-05'), 'LA', 'PRV-04')?.actual).toBe(15);
    expect(entry(view('2026-01', '2026-05'), 'LA', 'PRV-02')?.actual).toBe(10);
    expect(entry(view('2026-01', '2026-02'), 'LA', 'PRV-04')?.actual).toBe(12);
    expect(entry(view('2026-04', '2026-05'), 'LA', 'PRV-04')?.actual).toBeNull();
  });

  it('counts each pillar’s achievements by threshold with their median, where a mean would say on track', () => {
    // Prepare: one month; sum targets are for the year, so a twelfth of each counts.
    //   PRV-01 8 × 30 = 240 of 960/12 = 80 → 300 %    PRV-02 20 + 20 = 40 of 100 → 40 %
    //   PRV-03 8 × 20 = 160 of 3840/12 = 320 → 50 %   PRV-04 30 of 50 → 60 %
    //   PRV-05 8 × 20 = 160 of 2400/12 = 200 → 80 %   mean 106 %, median 60 %
    const held = rollups({ LA: { '2026-01': month(fullReport({ 'PRV-01': 30, 'PRV-04': 30 })) } });
    const targets = targetsOf({ 2026: { LA: { 'PRV-01': 960, 'PRV-02': 100, 'PRV-03': 3840, 'PRV-04': 50, 'PRV-05': 2400 } } });

    // Act
    const la = buildOverview({ user: LEAD, range: rangeOf('2026-01', '2026-01'), rollups: held, targets, countries: ['LA'], now: NOW });
    const region = buildOverview({ user: LEAD, range: rangeOf('2026-01', '2026-01'), rollups: held, targets, countries: ['KH', 'LA', 'VN'], now: NOW });

    // Assess
    expect(la.countries[0]!.indicators.slice(0, 5).map((i) => i.achievement)).toEqual([300, 40, 50, 60, 80]);
    expect(pillar(la, 'prevention')).toEqual({ pillar: 'prevention', onTrack: 1, atRisk: 1, offTrack: 3, notAssessed: 0, median: 60 });
    // Protection and advocacy have no targets: nothing is assessed, nothing is guessed.
    expect(pillar(la, 'protection')).toEqual({ pillar: 'protection', onTrack: 0, atRisk: 0, offTrack: 0, notAssessed: 6, median: null });
    // Countries without targets or reports add only to notAssessed.
    expect(pillar(region, 'prevention')).toEqual({ pillar: 'prevention', onTrack: 1, atRisk: 1, offTrack: 3, notAssessed: 10, median: 60 });
  });

  it('counts a withheld achievement as not assessed, for a reader it is withheld from', () => {
    // Prepare: TH's PRV-03 totals 5 survivors (withheld from a viewer); PRV-01 is on track.
    const held = rollups({ TH: { '2026-03': month(fullReport({ 'PRV-03': [1, 1, 1, 1, 1, 0, 0, 0], 'PRV-01': 15 })) } });
    const targets = targetsOf({ 2026: { TH: { 'PRV-01': 1440, 'PRV-03': 120 } } });
    const view = (user: typeof LEAD) => buildOverview({ user, range: rangeOf('2026-03', '2026-03'), rollups: held, targets, countries: ['TH'], now: NOW });

    // Act
    const lead = view(LEAD);
    const viewer = view(VIEWER);

    // Assess: PRV-01 120 of 120 → 100 %; PRV-03 5 of 10 → 50 %.
    expect(pillar(lead, 'prevention')).toMatchObject({ onTrack: 1, offTrack: 1, notAssessed: 3, median: 75 });
    expect(entry(viewer, 'TH', 'PRV-03')).toEqual({
      indicator: 'PRV-03',
      actual: SUPPRESSED,
      target: 10,
      achievement: SUPPRESSED,
      // A withheld month was reported: its coverage and target are statuses and plans, no survivor count.
      months: { reported: 1, of: 1, notDue: 0 },
    });
    expect(pillar(viewer, 'prevention')).toMatchObject({ onTrack: 1, offTrack: 0, notAssessed: 4, median: 100 });
  });

  /** LA, June to November 2026: published June, July and August (submitted, returned), September a draft, October never came, November a draft. */
  const laJuneToNovember = () =>
    rollups({
      LA: {
        '2026-06': month(fullReport()),
        '2026-07': month(fullReport(), 'submitted'),
        '2026-08': month(fullReport(), 'returned'),
        '2026-09': neverSubmitted(),
        '2026-11': neverSubmitted(),
      },
    });

  it('says how each country’s months stand beside its achievements: approved, awaiting approval, returned, draft, missing, not due', () => {
    // Prepare: 29 November 2026, June to November for LA.
    const held = laJuneToNovember();

    // Act
    const view = buildOverview({
      user: VIEWER,
      range: rangeOf('2026-06', '2026-11'),
      rollups: held,
      targets: targetsOf({}),
      countries: ['CN', 'LA'],
      now: new Date('2026-11-29T06:00:00Z'),
    });

    // Assess: October was due on 10 November and never came, nor did September's draft (missing,
    // as completeness counts it); November's draft is not due until 10 December, nor is CN's November.
    expect(view.countries.map((c) => [c.country, c.months])).toEqual([
      ['CN', { approved: 0, submitted: 0, returned: 0, draft: 0, missing: 5, notDue: 1 }],
      ['LA', { approved: 1, submitted: 1, returned: 1, draft: 1, missing: 2, notDue: 0 }],
    ]);
    expect(view.awaitingApproval).toBe(1);
    // The months are beside the indicators, the response's fields in their order.
    expect(Object.keys(view)).toEqual(['from', 'to', 'countries', 'regional', 'pillars', 'awaitingApproval']);
    expect(Object.keys(view.countries[0]!)).toEqual(['country', 'indicators', 'months']);
  });

  it('measures a range reaching months missing or not due against the months reported, and says which are which', () => {
    // Prepare: 29 November 2026. LA published June, July and August (160 on PRV-01 each: 20 in
    // each of 8 cells); September's draft was never submitted, October never came, November is
    // not due until 10 December. CN reported nothing.
    const held = laJuneToNovember();
    const targets = targetsOf({ 2026: { LA: { 'PRV-01': 1200 }, CN: { 'PRV-01': 1200 } } });

    // Act
    const view = buildOverview({
      user: LEAD,
      range: rangeOf('2026-06', '2026-11'),
      rollups: held,
      targets,
      countries: ['CN', 'LA'],
      now: new Date('2026-11-29T06:00:00Z'),
    });

    // Assess: 3 × 160 = 480 against 1200 × 3/12 = 300, not against six months' 600 (80 %, at risk).
    expect(entry(view, 'LA', 'PRV-01')).toEqual({ indicator: 'PRV-01', actual: 480, target: 300, achievement: 160, months: { reported: 3, of: 6, notDue: 1 } });
    expect(entry(view, 'CN', 'PRV-01')).toEqual({
      indicator: 'PRV-01',
      actual: null,
      target: null,
      achievement: null,
      months: { reported: 0, of: 6, notDue: 1 },
    });
    // The region is LA's figure: CN adds neither actual nor target, and is counted as not reported.
    expect(regional(view, 'PRV-01')).toEqual({
      indicator: 'PRV-01',
      actual: 480,
      target: 300,
      achievement: 160,
      months: { reported: 3, of: 12, notDue: 2 },
      countries: { reported: 1, of: 2, notDue: 0 },
    });
  });

  it('adds the countries asked into a regional value: sums, Σnumerator/Σdenominator, each country’s latest added up', () => {
    // Prepare
    //   LA January and February: PRV-01 10 a cell (80 a month), PRV-04 5 then 7, PRT-06 female 10/20, male 0/20.
    //   MM January: PRV-01 20 a cell (160), PRV-04 30, PRT-06 female 15/30, male 15/30.
    //   TH: nothing published.
    const la = fullReport({
      'PRV-01': 10,
      'PRV-04': 5,
      'PRT-06': [
        { numerator: 10, denominator: 20 },
        { numerator: 0, denominator: 20 },
      ],
    });
    const held = rollups({
      LA: {
        '2026-01': month(la),
        '2026-02': month(
          fullReport({
            'PRV-01': 10,
            'PRV-04': 7,
            'PRT-06': [
              { numerator: 10, denominator: 20 },
              { numerator: 0, denominator: 20 },
            ],
          }),
        ),
      },
      MM: { '2026-01': month(fullReport({ 'PRV-04': 30, 'PRT-06': { numerator: 15, denominator: 30 } })) },
    });
    const targets = targetsOf({
      2026: { LA: { 'PRV-01': 1200, 'PRV-04': 10, 'PRT-06': 50 }, MM: { 'PRV-01': 2400, 'PRV-04': 40, 'PRT-06': 60 }, TH: { 'PRV-04': 5 } },
    });
    const view = (countries: ('LA' | 'MM' | 'TH')[]) =>
      buildOverview({ user: LEAD, range: rangeOf('2026-01', '2026-02'), rollups: held, targets, countries, now: NOW });

    // Act
    const two = view(['LA', 'MM']);
    const three = view(['LA', 'MM', 'TH']);

    // Assess
    const both = { months: { reported: 3, of: 4, notDue: 0 }, countries: { reported: 2, of: 2, notDue: 0 } };
    const withTh = { months: { reported: 3, of: 6, notDue: 0 }, countries: { reported: 2, of: 3, notDue: 0 } };
    // PRV-01: 160 + 160 = 320 against the months reported, LA's two and MM's January:
    // 1200 × 2/12 + 2400 × 1/12 = 400. MM's missing February adds neither actual nor target
    // (against both countries' two months, 600, the region would read 53.3 %, behind).
    expect(regional(two, 'PRV-01')).toEqual({ indicator: 'PRV-01', actual: 320, target: 400, achievement: 80, ...both });
    // PRV-04 (latest): LA's February 7 + MM's January 30, against 10 + 40.
    expect(regional(two, 'PRV-04')).toEqual({ indicator: 'PRV-04', actual: 37, target: 50, achievement: 74, ...both });
    // PRT-06: (20 + 30) of (80 + 60); no regional target for a ratio.
    expect(regional(two, 'PRT-06')).toEqual({
      indicator: 'PRT-06',
      actual: { value: 35.7, numerator: 50, denominator: 140 },
      target: null,
      achievement: null,
      ...both,
    });
    // TH reported nothing: its null adds nothing, nor do its targets (PRV-04's 5) or the lack of one (PRV-01).
    expect(regional(three, 'PRV-01')).toEqual({ indicator: 'PRV-01', actual: 320, target: 400, achievement: 80, ...withTh });
    expect(regional(three, 'PRV-04')).toEqual({ indicator: 'PRV-04', actual: 37, target: 50, achievement: 74, ...withTh });
    // Each country's own figure says the months it is made of and is measured against those.
    expect(entry(two, 'MM', 'PRV-01')).toEqual({ indicator: 'PRV-01', actual: 160, target: 200, achievement: 80, months: { reported: 1, of: 2, notDue: 0 } });
    // No country reported: null, not 0, and no target to measure against.
    expect(regional(view(['TH']), 'PRV-01')).toMatchObject({ actual: null, target: null, achievement: null, countries: { reported: 0, of: 1, notDue: 0 } });
  });
});
