import { describe, expect, it } from 'vitest';
import { findIndicator } from '../framework/indicators';
import { buildCompleteness } from './completeness';
import { fullReport, month, neverSubmitted, rangeOf, rollups, targetsOf, VIEWER } from './dashboard.fixture';
import { buildOverview } from './overview';
import { completenessResponseSchema, overviewResponseSchema, protectedValueSchema, seriesResponseSchema } from './schemas';
import { buildSeries } from './series';

/*
 * The browser parses every dashboard response with these schemas: each must accept what the
 * builders really make — as JSON, with withheld, unreported, ratio and not-due values in it —
 * and refuse what they never make.
 */
const now = new Date('2026-11-29T06:00:00Z');
const held = rollups({
  TH: {
    '2026-09': month(
      fullReport({
        'PRT-05': [3, 12],
        'PRT-06': [
          { numerator: 4, denominator: 15 },
          { numerator: 0, denominator: 0 },
        ],
      }),
    ),
    '2026-10': neverSubmitted(),
  },
  LA: { '2026-09': month(fullReport(), 'submitted', 'late') },
});
const range = rangeOf('2026-09', '2026-11');
const countries = ['LA', 'TH', 'VN'] as const;
const asJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

const overview = asJson(
  buildOverview({ user: VIEWER, range, rollups: held, targets: targetsOf({ 2026: { TH: { 'PRT-05': 120, 'PRT-06': 50 } } }), countries, now }),
);
const series = asJson(buildSeries({ user: VIEWER, indicator: findIndicator('PRT-06')!, by: 'sex', range, countries, rollups: held, now }));
const completeness = asJson(buildCompleteness({ range, rollups: held, countries, now }));

describe('response schemas', () => {
  it('accept a real overview, series and completeness, and give back the same data', () => {
    // Act
    const parsed = [overviewResponseSchema.safeParse(overview), seriesResponseSchema.safeParse(series), completenessResponseSchema.safeParse(completeness)];

    // Assess
    for (const result of parsed) expect(result.error).toBeUndefined();
    expect(parsed.map((r) => r.data)).toEqual([overview, series, completeness]);
    // What they were tried on: a withheld value, a ratio of nobody, a not-due month.
    expect(JSON.stringify(overview)).toContain('"suppressed":true');
    expect(JSON.stringify(series)).toContain('"value":null,"numerator":0,"denominator":0');
    expect(JSON.stringify(completeness)).toContain('"status":"not-due"');
    expect(JSON.stringify(series)).toContain('"notDue":true');
  });

  it.each<[string, (o: any) => void]>([
    ['an achievement as text', (o) => (o.countries[0].indicators[0].achievement = '80%')],
    ['a negative count', (o) => (o.countries[0].indicators[0].actual = -1)],
    ['a count with decimals', (o) => (o.regional.indicators[0].actual = 2.5)],
    ['suppressed: false', (o) => (o.countries[1].indicators[5].actual = { suppressed: false })],
    ['no regional value', (o) => delete o.regional],
    ['pillar counts missing', (o) => delete o.pillars[0].notAssessed],
    ['a month count missing', (o) => delete o.countries[0].months.notDue],
    ['an unknown country', (o) => (o.countries[0].country = 'XX')],
    ['a value without the months it covers', (o) => delete o.countries[0].indicators[0].months],
    ['a coverage of part of a country', (o) => (o.regional.indicators[0].countries.reported = 1.5)],
  ])('refuse an overview with %s', (_name, spoil) => {
    const wrong = structuredClone(overview);
    spoil(wrong);
    expect(overviewResponseSchema.safeParse(wrong).success).toBe(false);
  });

  it.each<[string, (o: any) => void]>([
    ['a ratio without its denominator', (o) => delete o.series[0].points[0].value.denominator],
    ['a period not written YYYY-MM', (o) => (o.regional.points[0].period = '2026-9')],
    ['a split by an unknown dimension', (o) => (o.by = 'colour')],
    ['no regional series', (o) => delete o.regional],
    ['a not-due month marked false', (o) => (o.series[0].points[2].notDue = false)],
    ['a regional coverage without its count of countries', (o) => delete o.regional.points[0].countries.of],
  ])('refuse a series with %s', (_name, spoil) => {
    const wrong = structuredClone(series);
    spoil(wrong);
    expect(seriesResponseSchema.safeParse(wrong).success).toBe(false);
  });

  it.each<[string, (o: any) => void]>([
    ['an unknown status', (o) => (o.rows[0].months[0].status = 'late')],
    ['a deadline that is not an instant', (o) => (o.rows[0].months[2].dueAt = '10 December')],
    ['a last day that is not a date', (o) => (o.rows[0].months[2].due = '2026-12')],
    ['no summary', (o) => delete o.rows[0].summary],
    ['a rate as text', (o) => (o.rows[0].summary.completeness = 'n/a')],
  ])('refuse a completeness with %s', (_name, spoil) => {
    const wrong = structuredClone(completeness);
    spoil(wrong);
    expect(completenessResponseSchema.safeParse(wrong).success).toBe(false);
  });

  it('describe every value one way: a count, a ratio, null or withheld', () => {
    for (const value of [0, 12, null, { suppressed: true }, { value: 26.7, numerator: 4, denominator: 15 }, { value: null, numerator: 0, denominator: 0 }]) {
      expect(protectedValueSchema.safeParse(value).success, JSON.stringify(value)).toBe(true);
    }
    for (const value of ['12', -3, { suppressed: 'yes' }, { value: 26.7 }, undefined])
      expect(protectedValueSchema.safeParse(value).success, JSON.stringify(value)).toBe(false);
  });
});
