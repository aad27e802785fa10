import { describe, expect, it } from 'vitest';
import { type DimensionKey, findIndicator } from '../framework/indicators';
import { fullReport, LEAD, month, rangeOf, rollups } from './dashboard.fixture';
import { buildSeries } from './series';

const NOW = new Date('2026-04-05T00:00:00Z'); // February fell due on 10 March; March is not due until 10 April

/** PRT-01's 32 cells (sex × age × exploitation, in that nesting) hold 0 … 31: cell n = 16·sex + 4·age + exploitation. */
const counting = fullReport({ 'PRT-01': Array.from({ length: 32 }, (_, n) => n) });
const held = rollups({
  LA: {
    '2026-01': month(counting),
    '2026-02': month(
      fullReport({
        'PRT-06': [
          { numerator: 11, denominator: 22 },
          { numerator: 10, denominator: 30 },
        ],
      }),
    ),
  },
  VN: { '2026-01': month(fullReport()), '2026-02': month(fullReport()) },
});
const series = (code: string, by?: DimensionKey, countries: ('LA' | 'VN' | 'KH')[] = ['LA']) =>
  buildSeries({ user: LEAD, indicator: findIndicator(code)!, by, range: rangeOf('2026-01', '2026-03'), countries, rollups: held, now: NOW });

describe('buildSeries', () => {
  it.each<[DimensionKey, Record<string, number>]>([
    // Female: 0 + … + 15; male: 16 + … + 31.
    ['sex', { female: 120, male: 376 }],
    // Each age band a: Σ over sex s and exploitation e of 16s + 4a + e = 64 + 32a + 12.
    ['age', { '0-8': 76, '9-17': 108, '18-29': 140, '30+': 172 }],
    // Each exploitation type e: Σ over sex and age of 16s + 4a + e = 64 + 48 + 8e.
    ['exploitation', { sexual: 112, labour: 120, 'forced-marriage': 128, other: 136 }],
  ])('splits a month by %s, each value the sum of its cells', (by, cells) => {
    // Act
    const view = series('PRT-01', by);

    // Assess
    expect(view.by).toBe(by);
    expect(view.series[0]!.points[0]).toEqual({ period: '2026-01', value: 496, cells });
  });

  it('gives a month without published values a null total and null splits, not due while its deadline is ahead, and no cells without `by`', () => {
    // Act
    const bySex = series('PRT-01', 'sex');
    const whole = series('PRT-01');

    // Assess
    expect(bySex.series[0]!.points[2]).toEqual({ period: '2026-03', value: null, cells: { female: null, male: null }, notDue: true });
    expect(whole.by).toBeNull();
    expect(whole.series[0]!.points.map((p) => Object.keys(p))).toEqual([
      ['period', 'value'],
      ['period', 'value'],
      ['period', 'value', 'notDue'],
    ]);
    // KH's January was due and never came: missing, not "not due".
    expect(series('PRT-01', undefined, ['KH']).series[0]!.points.map((p) => p.notDue)).toEqual([undefined, undefined, true]);
  });

  it('adds the countries into a regional series, split the same way; a ratio as Σnumerator/Σdenominator', () => {
    // Act
    const prt01 = series('PRT-01', 'sex', ['LA', 'VN', 'KH']);
    const prt06 = series('PRT-06', 'sex', ['LA', 'VN']);

    // Assess: VN has 20 in each of 32 cells (16 a sex); KH reported nothing, which adds nothing
    // and is said: 2 of the 3 countries; in March none, all three not due yet.
    const twoOfThree = { reported: 2, of: 3, notDue: 0 };
    expect(prt01.regional.points).toEqual([
      { period: '2026-01', value: 496 + 640, cells: { female: 120 + 320, male: 376 + 320 }, countries: twoOfThree },
      { period: '2026-02', value: 640 + 640, cells: { female: 640, male: 640 }, countries: twoOfThree },
      { period: '2026-03', value: null, cells: { female: null, male: null }, countries: { reported: 0, of: 3, notDue: 3 } },
    ]);
    // February: LA female 11/22, male 10/30; VN 20/40 each.
    expect(prt06.regional.points[1]).toEqual({
      period: '2026-02',
      value: { value: 46.2, numerator: 61, denominator: 132 },
      cells: { female: { value: 50, numerator: 31, denominator: 62 }, male: { value: 42.9, numerator: 30, denominator: 70 } },
      countries: { reported: 2, of: 2, notDue: 0 },
    });
    expect(Object.keys(prt06)).toEqual(['indicator', 'from', 'to', 'by', 'series', 'regional']);
  });
});
