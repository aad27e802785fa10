import type { SeriesResponse } from '@etip/core/dashboard';
import { type CountryCode, type DimensionKey, INDICATORS, type PillarCode } from '@etip/core/framework';
import type { Locator, Page } from 'playwright-core';
import type { Reader } from '../api';
import { seriesFromApi } from './trends';

/** The drill-down's query: its URL's parameters (the country is in the path). */
export interface CountryQuery {
  pillar?: PillarCode;
  by?: DimensionKey;
  from?: string;
  to?: string;
}

/**
 * What the API answers `reader` for each indicator the drill-down of `country` shows (the
 * pillar's, or all), split by `by` where the indicator has that dimension, as the page asks.
 */
export function countrySeriesFromApi(reader: Reader, country: CountryCode, query: CountryQuery = {}): Promise<SeriesResponse[]> {
  return Promise.all(
    INDICATORS.filter((i) => !query.pillar || i.pillar === query.pillar).map((i) =>
      seriesFromApi(reader, {
        indicator: i.code,
        countries: country,
        ...(query.from ? { from: query.from } : {}),
        ...(query.to ? { to: query.to } : {}),
        ...(query.by && i.dims.includes(query.by) ? { by: query.by } : {}),
      }),
    ),
  );
}

/** Country drill-down (dashboard/src/features/country): every indicator of one country; its charts through `charts`. */
export const countryView = {
  path: (country: CountryCode): string => `/country/${country}`,
  heading: (page: Page): Locator => page.locator('.country-drill-down h1'),
  range: (page: Page): Locator => page.locator('.country-drill-down .view-head .range'),
  filters: {
    country: (page: Page): Locator => page.locator('.country-drill-down form.filters select').nth(0),
    pillar: (page: Page): Locator => page.locator('.country-drill-down form.filters select').nth(1),
    by: (page: Page): Locator => page.locator('.country-drill-down form.filters select').nth(2),
    from: (page: Page): Locator => page.locator('.country-drill-down form.filters input[type=month]').nth(0),
    to: (page: Page): Locator => page.locator('.country-drill-down form.filters input[type=month]').nth(1),
  },
};
