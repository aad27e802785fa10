import { type SeriesPoint, type SeriesResponse, seriesResponseSchema } from '@etip/core/dashboard';
import { DIMENSIONS, type DimensionKey } from '@etip/core/framework';
import type { Locator, Page } from 'playwright-core';
import { apiGet, type Reader } from '../api';
import { EN, englishCoverage, englishFigure } from '../figures';
import { englishMonth } from './charts';

/** The series' query as the trends' URL and the API take it. */
export interface SeriesQuery {
  indicator: string;
  countries?: string;
  from?: string;
  to?: string;
  by?: DimensionKey;
}

/** What the API answers `reader` for one indicator's series (`GET /v1/dashboard/series`), fetched apart from the page. */
export const seriesFromApi = (reader: Reader, query: SeriesQuery): Promise<SeriesResponse> =>
  apiGet(reader, '/dashboard/series', seriesResponseSchema, { ...query });

/**
 * The table an English page shows behind one entity's chart (a country, or the region), target
 * aside: per month its name, the total, and with a breakdown each value of the dimension in the
 * framework's order, every figure as DESIGN.md 5.1 and 5.4 say it is written.
 */
export function expectedEntityRows(points: readonly SeriesPoint[], by: DimensionKey | null, indicator: string): string[][] {
  return points.map((p) => {
    // Not reported is "not due yet" while the deadline is ahead: a country's `notDue`, a region none of whose countries was due.
    const notDue = p.notDue === true || (p.countries !== undefined && p.countries.reported === 0 && p.countries.notDue === p.countries.of);
    const figure = (value: SeriesPoint['value'] | undefined) =>
      value == null && notDue ? EN.notDue : englishFigure(value ?? null, indicator, p.countries?.reported);
    return [
      englishMonth(p.period),
      figure(p.value),
      ...(by ? DIMENSIONS[by].map((value) => figure(p.cells?.[value])) : []),
      ...(p.countries ? [englishCoverage(p.countries)] : []),
    ];
  });
}

/**
 * Every table of the trends for `response`, in page order, targets aside: the countries side
 * by side (with more than one country: each one's total per month), the region, each country.
 */
export function expectedTrendsRows(response: SeriesResponse): string[][][] {
  const comparison =
    response.series.length > 1
      ? [
          response.regional.points.map((p, n) => [
            englishMonth(p.period),
            ...response.series.map((s) => (s.points[n]?.notDue ? EN.notDue : englishFigure(s.points[n]?.value ?? null, response.indicator))),
          ]),
        ]
      : [];
  return [
    ...comparison,
    expectedEntityRows(response.regional.points, response.by, response.indicator),
    ...response.series.map((s) => expectedEntityRows(s.points, response.by, response.indicator)),
  ];
}

/** Indicator trends (dashboard/src/features/trends): its filters and head; its charts through `charts`. */
export const trends = {
  path: '/trends',
  heading: (page: Page): Locator => page.locator('.trends h1'),
  /** "PRT-01 Survivors identified … · Dec 2024 to Nov 2026". */
  range: (page: Page): Locator => page.locator('.trends .view-head .range'),
  /** Resolves once the series is in the page (the `etip:numbers` mark, as on the overview). */
  async numbersShown(page: Page): Promise<void> {
    await page.waitForFunction(() => performance.getEntriesByName('etip:numbers').length > 0);
  },
  filters: {
    indicator: (page: Page): Locator => page.locator('.trends form.filters select').nth(0),
    by: (page: Page): Locator => page.locator('.trends form.filters select').nth(1),
    from: (page: Page): Locator => page.locator('.trends form.filters input[type=month]').nth(0),
    to: (page: Page): Locator => page.locator('.trends form.filters input[type=month]').nth(1),
    countries: (page: Page): Locator => page.locator('.trends form.filters fieldset input[type=checkbox]'),
    reset: (page: Page): Locator => page.locator('.trends form.filters > button'),
  },
};
