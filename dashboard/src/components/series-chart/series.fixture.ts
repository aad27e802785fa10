import { type SeriesResponse, seriesResponseSchema } from '@etip/core/dashboard';
import { findIndicator, type Indicator } from '@etip/core/framework';
import type { YearTargets } from '../../lib/api/targets-query';

export const PRT_01: Indicator = findIndicator('PRT-01')!;
export const PRT_06: Indicator = findIndicator('PRT-06')!;

/**
 * PRT-01 by sex over three months as the API answers a viewer, figures chosen by hand: KH's
 * December total withheld (and its female cell), LA's January not reported; the region withheld
 * wherever a country value is, and its January made of KH alone (1 of 2 countries). Parsed with core's schema, so the fixture is a real response.
 */
export const PRT_01_BY_SEX: SeriesResponse = seriesResponseSchema.parse({
  indicator: 'PRT-01',
  from: '2025-12',
  to: '2026-02',
  by: 'sex',
  series: [
    {
      country: 'KH',
      points: [
        { period: '2025-12', value: { suppressed: true }, cells: { female: { suppressed: true }, male: 0 } },
        { period: '2026-01', value: 25, cells: { female: 15, male: 10 } },
        { period: '2026-02', value: 30, cells: { female: { suppressed: true }, male: { suppressed: true } } },
      ],
    },
    {
      country: 'LA',
      points: [
        { period: '2025-12', value: 12, cells: { female: 12, male: 0 } },
        { period: '2026-01', value: null, cells: { female: null, male: null } },
        { period: '2026-02', value: 40, cells: { female: 22, male: 18 } },
      ],
    },
  ],
  regional: {
    points: [
      { period: '2025-12', value: { suppressed: true }, cells: { female: { suppressed: true }, male: 0 }, countries: { reported: 2, of: 2, notDue: 0 } },
      { period: '2026-01', value: 25, cells: { female: 15, male: 10 }, countries: { reported: 1, of: 2, notDue: 0 } },
      { period: '2026-02', value: 70, cells: { female: { suppressed: true }, male: { suppressed: true } }, countries: { reported: 2, of: 2, notDue: 0 } },
    ],
  },
});

/** PRT-06 (a ratio) by sex in KH over two months: a percentage with its parts, a ratio of nobody, a withheld one. */
export const PRT_06_BY_SEX: SeriesResponse = seriesResponseSchema.parse({
  indicator: 'PRT-06',
  from: '2026-01',
  to: '2026-02',
  by: 'sex',
  series: [
    {
      country: 'KH',
      points: [
        {
          period: '2026-01',
          value: { value: 82.5, numerator: 33, denominator: 40 },
          cells: { female: { value: 80, numerator: 20, denominator: 25 }, male: { suppressed: true } },
        },
        { period: '2026-02', value: { value: null, numerator: 0, denominator: 0 }, cells: { female: null, male: null } },
      ],
    },
  ],
  regional: {
    points: [
      {
        period: '2026-01',
        value: { value: 82.5, numerator: 33, denominator: 40 },
        cells: { female: { value: 80, numerator: 20, denominator: 25 }, male: { suppressed: true } },
      },
      { period: '2026-02', value: { value: null, numerator: 0, denominator: 0 }, cells: { female: null, male: null } },
    ],
  },
});

const year = (y: number, countries: Record<string, Record<string, number>>): YearTargets => ({
  year: y,
  countries: Object.entries(countries).map(([country, targets]) => ({ country: country as 'KH', targets, version: 1, updatedAt: '2025-01-01T00:00:00Z' })),
});

/** Annual targets: PRT-01 KH 120 in 2025 and 240 in 2026, LA 60 in 2026 only; PRT-06 KH 75 %. */
export const TARGETS: ReadonlyMap<number, YearTargets> = new Map([
  [2025, year(2025, { KH: { 'PRT-01': 120 } })],
  [2026, year(2026, { KH: { 'PRT-01': 240, 'PRT-06': 75 }, LA: { 'PRT-01': 60, 'PRT-06': 70 } })],
]);
