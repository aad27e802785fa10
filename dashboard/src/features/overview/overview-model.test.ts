import { describe, expect, it } from 'vitest';
import { OVERVIEW } from './overview.fixture';
import { indicatorByCountry, isEmptyOverview, overviewMatrix } from './overview-model';

describe('overviewMatrix', () => {
  it('lays indicators down and the countries then the region across, each cell with its track', () => {
    // Act
    const matrix = overviewMatrix(OVERVIEW, 'prevention');

    // Assess
    expect(matrix.columns).toEqual(['KH', 'LA', 'region']);
    expect(matrix.rows.map((r) => r.indicator.code)).toEqual(['PRV-01', 'PRV-02', 'PRV-03', 'PRV-04', 'PRV-05']);
    const [kh, la, region] = matrix.rows[0]!.cells;
    expect(kh).toEqual({
      unit: 'count',
      actual: { kind: 'count', value: 1200 },
      target: 1000,
      achievement: 120,
      track: 'on-track',
      months: { reported: 3, of: 3, notDue: 0 },
    });
    expect(la).toEqual({
      unit: 'count',
      actual: { kind: 'not-reported' },
      target: null,
      achievement: null,
      track: 'not-assessed',
      months: { reported: 0, of: 3, notDue: 0 },
    });
    // LA not reported is not LA behind: the region is KH's 1200 against KH's 1000, and says it is 1 of 2 countries.
    expect(region).toMatchObject({ track: 'on-track', countries: { reported: 1, of: 2, notDue: 0 } });
  });

  it("adds up the countries' months for the region's column", () => {
    const matrix = overviewMatrix(OVERVIEW);
    expect(matrix.months[2]).toEqual({ approved: 3, submitted: 2, returned: 0, draft: 0, missing: 2, notDue: 0 });
  });

  it('keeps a withheld figure withheld and a reported zero a zero', () => {
    const prt01 = indicatorByCountry(OVERVIEW, 'PRT-01');
    // KH's three months reported: a withheld sum of three tables.
    expect(prt01.map((r) => r.standing.actual)).toEqual([
      { kind: 'suppressed', sum: true },
      { kind: 'count', value: 0 },
    ]);
    expect(prt01[0]!.standing.track).toBe('not-assessed');
  });

  it('marks the region withheld as a sum of countries, even over one month (found in the tryout: Region PRT-01 "<10" against 1,128.3)', () => {
    const oneMonth = { ...OVERVIEW, regional: { indicators: OVERVIEW.regional.indicators.map((i) => ({ ...i, months: { reported: 2, of: 2, notDue: 0 } })) } };
    const region = overviewMatrix(oneMonth, 'protection').rows[0]!.cells.at(-1)!;
    expect(region.actual).toEqual({ kind: 'suppressed', sum: true });
  });

  it('calls an overview empty only when nothing at all was reported', () => {
    expect(isEmptyOverview(OVERVIEW)).toBe(false);
    const nothing = { ...OVERVIEW, countries: OVERVIEW.countries.map((c) => ({ ...c, indicators: c.indicators.map((i) => ({ ...i, actual: null })) })) };
    expect(isEmptyOverview(nothing)).toBe(true);
  });
});
