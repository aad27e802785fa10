import type { SeriesResponse } from '@etip/core/dashboard';
import { findIndicator } from '@etip/core/framework';
import { describe, expect, it } from 'vitest';
import { PRT_01, PRT_06, TARGETS } from '../components/series-chart/series.fixture';
import { monthlyTarget, monthlyTargets } from './monthly-target';

/** The region's series over December 2025 and January 2026: KH reported 4 then 7, LA as given. */
const khAndLa = (la: SeriesResponse['series'][number]['points']): SeriesResponse['series'] => [
  {
    country: 'KH',
    points: [
      { period: '2025-12', value: 4 },
      { period: '2026-01', value: 7 },
    ],
  },
  { country: 'LA', points: la },
];

describe('monthly targets from annual ones', () => {
  it("pro-rates a sum indicator's annual target, a twelfth a month, year by year", () => {
    expect(monthlyTargets(PRT_01, ['2025-12', '2026-01'], 'KH', TARGETS)).toEqual([10, 20]);
  });

  it('keeps the annual target of a ratio (a percentage) and of a stock in every month', () => {
    expect(monthlyTarget(PRT_06, '2026-03', 'KH', TARGETS)).toBe(75);
    const latest = findIndicator('PRV-02')!;
    const targets = new Map([
      [2026, { year: 2026, countries: [{ country: 'LA' as const, targets: { 'PRV-02': 300 }, version: 1, updatedAt: '2026-01-01T00:00:00Z' }] }],
    ]);
    expect(monthlyTarget(latest, '2026-05', 'LA', targets)).toBe(300);
  });

  it('has none where the year or the country has none (never a 0)', () => {
    expect(monthlyTargets(PRT_01, ['2025-12', '2026-01'], 'LA', TARGETS)).toEqual([null, 5]);
    expect(monthlyTarget(PRT_01, '2024-06', 'KH', TARGETS)).toBeNull();
  });

  it('adds up the targets of the countries that reported each month for the region, none when one lacks one, none for a ratio', () => {
    const both = khAndLa([
      { period: '2025-12', value: 3 },
      { period: '2026-01', value: 2 },
    ]);
    expect(monthlyTargets(PRT_01, ['2025-12', '2026-01'], { region: both }, TARGETS)).toEqual([null, 25]);
    expect(monthlyTargets(PRT_06, ['2026-01'], { region: both }, TARGETS)).toEqual([null]);
  });

  it('leaves a country out of the regional target in a month it has not reported (found in the tryout: the region read behind target)', () => {
    // LA reported nothing in December 2025 and has no 2025 target; in January 2026 it has not reported yet either.
    const laSilent = khAndLa([
      { period: '2025-12', value: null },
      { period: '2026-01', value: null, notDue: true },
    ]);
    expect(monthlyTargets(PRT_01, ['2025-12', '2026-01'], { region: laSilent }, TARGETS)).toEqual([10, 20]);
  });
});
