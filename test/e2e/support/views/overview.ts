import { type OverviewIndicator, type OverviewResponse, overviewResponseSchema } from '@etip/core/dashboard';
import { type CountryCode, INDICATORS, type PillarCode } from '@etip/core/framework';
import type { Locator, Page } from 'playwright-core';
import { apiGet, type Reader } from '../api';
import { type Downloaded, downloadOf } from '../download';
import { EN, englishFigure } from '../figures';

/** A column of the matrix: a country, or the region. */
export type Column = CountryCode | 'region';
/** The matrix's actuals as written: indicator → column → text. */
export type MatrixText = Record<string, Partial<Record<Column, string>>>;
/** The overview's query as its URL and the API take it. */
export interface OverviewQuery {
  from?: string;
  to?: string;
  countries?: string;
}

/** What the API answers `reader` for the overview (`GET /v1/dashboard/overview`), fetched apart from the page. */
export const overviewFromApi = (reader: Reader, query: OverviewQuery = {}): Promise<OverviewResponse> =>
  apiGet(reader, '/dashboard/overview', overviewResponseSchema, { ...query });

/** The matrix an English page must show for `response`: every country's actual and the region's (optionally one pillar's indicators). */
export function expectedMatrix(response: OverviewResponse, pillar?: PillarCode): MatrixText {
  const matrix: MatrixText = {};
  // Nothing reported while nothing was due yet reads "not due yet", as completeness says it.
  const figure = (entry: OverviewIndicator | undefined, code: string) =>
    entry && entry.actual === null && entry.months.of > 0 && entry.months.notDue === entry.months.of
      ? EN.notDue
      : englishFigure(entry?.actual ?? null, code, entry?.months.reported);
  for (const indicator of INDICATORS.filter((i) => !pillar || i.pillar === pillar)) {
    const row: Partial<Record<Column, string>> = {};
    for (const c of response.countries)
      row[c.country] = figure(
        c.indicators.find((f) => f.indicator === indicator.code),
        indicator.code,
      );
    row.region = figure(
      response.regional.indicators.find((f) => f.indicator === indicator.code),
      indicator.code,
    );
    matrix[indicator.code] = row;
  }
  return matrix;
}

/**
 * The regional overview (dashboard/src/features/overview): where its parts are, how to wait
 * for it, and its figures read back as text. The other views get a file like this one.
 */
export const overview = {
  /** Resolves once the numbers are in the page (the `etip:numbers` mark the bench also reads). */
  async numbersShown(page: Page): Promise<void> {
    await page.waitForFunction(() => performance.getEntriesByName('etip:numbers').length > 0);
    await page.locator('.matrix-table td[data-indicator]').first().waitFor();
  },
  /** Resolves once the map has drawn (`etip:first-chart`), after its fonts. */
  async mapDrawn(page: Page): Promise<void> {
    await page.waitForFunction(() => performance.getEntriesByName('etip:first-chart').length > 0);
  },
  /** The numbers and the map, with every font the page asked for. */
  async ready(page: Page): Promise<void> {
    await overview.numbersShown(page);
    await overview.mapDrawn(page);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  },

  heading: (page: Page): Locator => page.locator('.overview h1'),
  /** "Jan 2026 to Oct 2026 · Months awaiting approval: 9". */
  range: (page: Page): Locator => page.locator('.overview .view-head .range'),
  matrix: (page: Page): Locator => page.locator('.matrix-table'),
  cell: (page: Page, indicator: string, column: Column): Locator => page.locator(`td[data-indicator="${indicator}"][data-column="${column}"]`),
  matrixCsvButton: (page: Page): Locator => page.locator('section.matrix .section-head button'),
  mapFrame: (page: Page): Locator => page.locator('figure.chart-frame').first(),
  mapCanvas: (page: Page): Locator => page.locator('figure.chart-frame .chart-canvas canvas').first(),
  mapCsvButton: (page: Page): Locator => page.locator('figure.chart-frame .chart-actions button').first(),
  showNumbers: (page: Page): Locator => page.locator('figure.chart-frame details.chart-table > summary').first(),
  mapTable: (page: Page): Locator => page.locator('figure.chart-frame details.chart-table table').first(),

  filters: {
    form: (page: Page): Locator => page.locator('form.filters'),
    from: (page: Page): Locator => page.locator('form.filters input[type=month]').nth(0),
    to: (page: Page): Locator => page.locator('form.filters input[type=month]').nth(1),
    countries: (page: Page): Locator => page.locator('form.filters fieldset input[type=checkbox]'),
    pillar: (page: Page): Locator => page.locator('form.filters select').nth(0),
    indicator: (page: Page): Locator => page.locator('form.filters select').nth(1),
    reset: (page: Page): Locator => page.locator('form.filters button'),
  },

  /** Every actual of the matrix as written in its cells. */
  readMatrix: (page: Page): Promise<MatrixText> =>
    page.evaluate(() => {
      const matrix: Record<string, Record<string, string>> = {};
      for (const cell of document.querySelectorAll<HTMLElement>('.matrix-table td[data-indicator]')) {
        matrix[cell.dataset.indicator!] ??= {};
        matrix[cell.dataset.indicator!]![cell.dataset.column!] = cell.querySelector('.actual')?.textContent ?? '';
      }
      return matrix;
    }),

  /** The matrix as a table reads: header, then per indicator its row header and each cell's actual. */
  readMatrixTable: (page: Page): Promise<{ columns: string[]; rows: { code: string; name: string; actuals: string[] }[] }> =>
    page.evaluate(() => {
      const table = document.querySelector('.matrix-table')!;
      const columns = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
      const rows = [...table.querySelectorAll('tbody tr')]
        .filter((tr) => tr.querySelector('td[data-indicator]'))
        .map((tr) => {
          const header = tr.querySelector('th[scope=row]')!;
          const code = header.querySelector('.code')?.textContent ?? '';
          return {
            code,
            name: (header.textContent ?? '').slice(code.length).trim(),
            actuals: [...tr.querySelectorAll('td')].map((td) => td.querySelector('.actual')?.textContent ?? ''),
          };
        });
      return { columns, rows };
    }),

  /** Each pillar card: its title and its four counts (on track, at risk, off track, not assessed) as written. */
  readPillars: (page: Page): Promise<{ title: string; counts: string[] }[]> =>
    page.evaluate(() =>
      [...document.querySelectorAll('.pillar-card')].map((card) => ({
        title: card.querySelector('h3')?.textContent ?? '',
        counts: [...card.querySelectorAll('dd')].map((dd) => dd.textContent ?? ''),
      })),
    ),

  /** The map's numbers as the accessible table behind "Show the numbers" gives them (opening it if closed). */
  async readMapTable(page: Page): Promise<string[][]> {
    const details = page.locator('figure.chart-frame details.chart-table').first();
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await overview.showNumbers(page).click();
    await overview.mapTable(page).waitFor();
    return overview
      .mapTable(page)
      .evaluate((table) => [...table.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')));
  },

  downloadMatrixCsv: (page: Page): Promise<Downloaded> => downloadOf(page, () => overview.matrixCsvButton(page).click()),
  downloadMapCsv: (page: Page): Promise<Downloaded> => downloadOf(page, () => overview.mapCsvButton(page).click()),

  /**
   * The share of the map's canvas that is not background: an empty or failed chart is near 0.
   * The canvas is the page's own (same origin), so its pixels can be read.
   */
  mapInk: (page: Page): Promise<number> =>
    overview.mapCanvas(page).evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let inked = 0;
      for (let n = 0; n < data.length; n += 4) if (data[n + 3]! > 0 && (data[n]! < 240 || data[n + 1]! < 240 || data[n + 2]! < 240)) inked++;
      return inked / (data.length / 4);
    }),
};
