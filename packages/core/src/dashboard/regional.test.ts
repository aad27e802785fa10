import { describe, expect, it } from 'vitest';
import type { User } from '../access/roles';
import { findIndicator, INDICATORS } from '../framework/indicators';
import { isSuppressed, SUPPRESSED } from '../protection';
import { smallCountsReport } from '../testing/report-values';
import { fullReport, LEAD, month, office, rangeOf, rollups, targetsOf, VIEWER } from './dashboard.fixture';
import { buildOverview } from './overview';
import { addCoverage, countriesCoverage, coverageOf, regionalTarget, regionalValue } from './regional';
import type { ProtectedValue } from './schemas';
import { buildSeries } from './series';

const S = SUPPRESSED;
const NOW = new Date('2027-01-20T00:00:00Z');

describe('regionalValue and regionalTarget', () => {
  const sum = findIndicator('PRV-01')!;
  const latest = findIndicator('PRV-04')!;
  const ratio = findIndicator('PRT-06')!;

  it('adds counts (each country’s latest for a latest indicator) and skips countries that reported nothing', () => {
    expect(regionalValue(sum, [10, null, 32])).toBe(42);
    expect(regionalValue(latest, [7, 30])).toBe(37);
    expect(regionalValue(sum, [null, null])).toBeNull();
  });

  it('divides Σ numerator by Σ denominator for a ratio, not a mean of percentages', () => {
    const la = { value: 25, numerator: 20, denominator: 80 };
    const mm = { value: 50, numerator: 30, denominator: 60 };
    expect(regionalValue(ratio, [la, null, mm])).toEqual({ value: 35.7, numerator: 50, denominator: 140 });
  });

  it('is withheld when any country value it is made of is withheld', () => {
    expect(regionalValue(sum, [S, 40, 12])).toEqual(S);
    expect(regionalValue(ratio, [{ value: 50, numerator: 10, denominator: 20 }, S])).toEqual(S);
  });

  it('a target is the reporting countries’ targets added up, none when one of them has none or none reported, and none for a ratio', () => {
    const reporting = (target: number | null) => ({ target, reported: true });
    const silent = (target: number | null) => ({ target, reported: false });
    expect(regionalTarget(sum, [reporting(100), reporting(250.5)])).toBe(350.5);
    expect(regionalTarget(latest, [reporting(10), reporting(null)])).toBeNull();
    expect(regionalTarget(ratio, [reporting(50), reporting(60)])).toBeNull();
    // A country not reported yet adds nothing to the target, and its missing target does not matter.
    expect(regionalTarget(sum, [reporting(100), silent(250), silent(null)])).toBe(100);
    expect(regionalTarget(sum, [silent(100), silent(250)])).toBeNull();
  });

  it('covers the parts with a value (a withheld one too), and counts those without one whose deadline is ahead as not due', () => {
    expect(
      coverageOf([
        { value: 10, due: true },
        { value: S, due: true },
        { value: null, due: true },
        { value: null, due: false },
        { value: 3, due: false },
      ]),
    ).toEqual({
      reported: 3,
      of: 5,
      notDue: 1,
    });
    expect(
      addCoverage([
        { reported: 3, of: 5, notDue: 1 },
        { reported: 0, of: 5, notDue: 2 },
      ]),
    ).toEqual({ reported: 3, of: 10, notDue: 3 });
    // Countries from their months: reported when any month was; not due when none was and nothing was due yet.
    expect(
      countriesCoverage([
        { reported: 1, of: 3, notDue: 1 },
        { reported: 0, of: 3, notDue: 3 },
        { reported: 0, of: 3, notDue: 1 },
      ]),
    ).toEqual({
      reported: 1,
      of: 3,
      notDue: 1,
    });
  });
});

/*
 * An attacker with a protected reader's response: a regional figure minus the countries shown
 * beside it is what the withheld countries add up to. Run over every indicator, split and range
 * of a table where TH's March holds survivor counts from 1 to 9; the lead's response (nothing
 * withheld) says what each withheld value really is.
 */
const thMarch = smallCountsReport();
const held = rollups({
  TH: { '2026-03': month(thMarch), '2026-04': month(fullReport()) },
  VN: { '2026-03': month(fullReport()), '2026-04': month(fullReport()) },
  LA: { '2026-03': month(fullReport()), '2026-04': month(fullReport({ 'PRT-05': [0, 25], 'PRT-02': [2, 30, 30, 30, 30, 30, 30, 30] })) },
});
const COUNTRIES = ['LA', 'TH', 'VN'] as const;
const RANGES = [rangeOf('2026-03', '2026-03'), rangeOf('2026-03', '2026-04'), rangeOf('2026-04', '2026-04')];
const targets = targetsOf({ 2026: { LA: { 'PRV-03': 120 }, TH: { 'PRV-03': 120 }, VN: { 'PRV-03': 120 } } });

/** One regional figure with the country figures it is made of, as a reader and as the lead see them. */
interface Margin {
  where: string;
  regional: ProtectedValue;
  countries: ProtectedValue[];
  truth: ProtectedValue[];
}

/** Every regional figure of every overview and series a reader may ask for on this table. */
function margins(reader: User): Margin[] {
  const found: Margin[] = [];
  for (const range of RANGES) {
    const [mine, lead] = [reader, LEAD].map((user) => buildOverview({ user, range, rollups: held, targets, countries: COUNTRIES, now: NOW }));
    INDICATORS.forEach((indicator, i) => {
      const at = (view: typeof mine) => view!.countries.map((c) => c.indicators[i]!.actual);
      found.push({
        where: `overview ${range.from}…${range.to} ${indicator.code}`,
        regional: mine!.regional.indicators[i]!.actual,
        countries: at(mine),
        truth: at(lead),
      });
    });
    for (const indicator of INDICATORS) {
      for (const by of [undefined, ...indicator.dims]) {
        const [mine, lead] = [reader, LEAD].map((user) => buildSeries({ user, indicator, by, range, countries: COUNTRIES, rollups: held, now: NOW }));
        mine!.regional.points.forEach((point, n) => {
          const at = (view: typeof mine, cell?: string) => view!.series.map((s) => (cell ? s.points[n]!.cells![cell]! : s.points[n]!.value));
          const where = `series ${indicator.code} ${point.period}`;
          found.push({ where: `${where} total`, regional: point.value, countries: at(mine), truth: at(lead) });
          for (const cell of Object.keys(point.cells ?? {}))
            found.push({ where: `${where} ${by}=${cell}`, regional: point.cells![cell]!, countries: at(mine, cell), truth: at(lead, cell) });
        });
      }
    }
  }
  return found;
}

/** A figure as the counts it shows: [count, 0], [numerator, denominator], or [0, 0] for not reported. */
const counts = (v: ProtectedValue): [number, number] =>
  v === null || isSuppressed(v) ? [0, 0] : typeof v === 'number' ? [v, 0] : [v.numerator, v.denominator];

/** What subtracting the shown countries from a shown regional figure gives, and what the withheld countries really hold. */
function subtract(regional: ProtectedValue, countries: ProtectedValue[], truth: ProtectedValue[]) {
  const learned = counts(regional);
  for (const c of countries) if (!isSuppressed(c)) [learned[0], learned[1]] = [learned[0] - counts(c)[0], learned[1] - counts(c)[1]];
  const withheld = truth.filter((_, n) => isSuppressed(countries[n]));
  return { learned, withheld: withheld.map(counts) };
}

describe('a regional figure a protected reader sees', () => {
  it.each([
    ['a viewer', VIEWER],
    ['the LA office', office('LA')],
  ])('%s cannot learn a withheld country value by subtracting the countries shown', (_name, reader) => {
    // Act
    const all = margins(reader);

    // Assess: there were withheld values to protect, in overviews and series alike.
    const withheldSomewhere = all.filter((m) => m.countries.some(isSuppressed));
    expect(withheldSomewhere.some((m) => m.where.startsWith('overview'))).toBe(true);
    expect(withheldSomewhere.some((m) => m.where.includes('=female'))).toBe(true);
    for (const margin of all) {
      if (isSuppressed(margin.regional)) continue;
      const { learned, withheld } = subtract(margin.regional, margin.countries, margin.truth);
      expect(withheld, margin.where).toEqual([]);
      expect(learned, margin.where).toEqual([0, 0]);
    }
  });

  it('is withheld exactly where a figure the lead sees would have given a withheld country value away', () => {
    // Act: the lead's regional figures set beside the viewer's country figures.
    const viewer = margins(VIEWER);
    const lead = margins(LEAD);

    // Assess
    const leaks = viewer.flatMap((m, n) => {
      const { learned, withheld } = subtract(lead[n]!.regional, m.countries, m.truth);
      return withheld.length === 1 && learned[0] === withheld[0]![0] && learned[1] === withheld[0]![1] ? [m] : [];
    });
    // E.g. March's PRV-03: 160 + 5 + 160 regionally, minus LA's and VN's 160s, is TH's withheld 5.
    expect(leaks.map((m) => m.where)).toContain('overview 2026-03…2026-03 PRV-03');
    expect(lead.find((m) => m.where === 'overview 2026-03…2026-03 PRV-03')?.regional).toBe(325);
    for (const m of leaks) expect(m.regional, m.where).toEqual(S);
  });

  it('is shown as it is to a reader entitled to every country', () => {
    // Act
    const view = buildSeries({ user: LEAD, indicator: findIndicator('PRT-05')!, by: 'sex', range: RANGES[0]!, countries: COUNTRIES, rollups: held, now: NOW });

    // Assess: LA 20 + 20, TH 3 + 12, VN 20 + 20.
    expect(view.regional.points).toEqual([{ period: '2026-03', value: 95, cells: { female: 43, male: 52 }, countries: { reported: 3, of: 3, notDue: 0 } }]);
  });
});
