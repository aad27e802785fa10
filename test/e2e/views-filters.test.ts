import { addMonths, type Period } from '@etip/core/framework';
import type { Page } from 'playwright-core';
import { expect, freshPage, test } from './support/fixtures';
import { signIn } from './support/sign-in';
import { charts, withoutTarget } from './support/views/charts';
import { completeness, completenessFromApi, expectedHeatmapTable, expectedRates } from './support/views/completeness';
import { countrySeriesFromApi, countryView } from './support/views/country';
import { shell } from './support/views/shell';
import { signInPage } from './support/views/sign-in';
import { expectedEntityRows, expectedTrendsRows, seriesFromApi, trends } from './support/views/trends';

/**
 * The trends, drill-down and completeness filters live in the URL (issue 10, 1 and 7): each
 * change writes the address and changes the tables to what the API answers for it; the copied
 * address, opened in another browser and signed in there, shows the same view with the same numbers.
 */

const LEAD = { role: 'regional-lead' } as const;
const OFFICE = { role: 'country-office', country: 'LA' } as const;

/** Every chart's table rows, targets aside. */
const tableRows = async (page: Page) => (await charts.readTables(page)).map((t) => withoutTarget(t).rows);

/** Opens `url` in another browser, signs in there through the picker, and returns what that page shows. */
async function openCopied(browser: Parameters<typeof freshPage>[0], url: string, as: { role: 'regional-lead' | 'country-office'; country?: 'LA' }) {
  const other = await freshPage(browser);
  try {
    await other.page.goto(url);
    await signInPage.shown(other.page);
    await signInPage.pick(other.page, as.role, as.country);
    await charts.allDrawn(other.page);
    return { url: other.page.url(), tables: await charts.readTables(other.page), problems: other.problems };
  } finally {
    await other.close();
  }
}

test('trends: indicator, breakdown, period and countries change the URL and the series; the copied URL shows the same', async ({ page, browser }) => {
  await signIn(page, LEAD.role, undefined, {}, trends.path);
  await charts.allDrawn(page);
  const byDefault = await seriesFromApi(LEAD, { indicator: 'PRV-01' });
  expect(await tableRows(page)).toEqual(expectedTrendsRows(byDefault));
  await expect.poll(() => trends.filters.to(page).inputValue()).toBe(byDefault.to);

  await trends.filters.indicator(page).selectOption('PRT-02');
  await expect.poll(() => shell.query(page).get('indicator')).toBe('PRT-02');
  await expect.poll(() => tableRows(page)).toEqual(expectedTrendsRows(await seriesFromApi(LEAD, { indicator: 'PRT-02' })));

  await trends.filters.by(page).selectOption('age');
  await expect.poll(() => shell.query(page).get('by')).toBe('age');
  await expect.poll(() => tableRows(page)).toEqual(expectedTrendsRows(await seriesFromApi(LEAD, { indicator: 'PRT-02', by: 'age' })));

  const from: Period = addMonths(byDefault.to, -5);
  await trends.filters.from(page).fill(from);
  await expect.poll(() => shell.query(page).get('from')).toBe(from);
  await trends.filters.countries(page).nth(1).uncheck(); // China
  await expect.poll(() => shell.query(page).get('countries')).toBe('KH,LA,MM,TH,VN');
  const query = { indicator: 'PRT-02', by: 'age', from, countries: 'KH,LA,MM,TH,VN' } as const;
  const filtered = expectedTrendsRows(await seriesFromApi(LEAD, query));
  await expect.poll(() => tableRows(page)).toEqual(filtered);
  expect(filtered[1]).toHaveLength(6); // six months, from `from` to the default's last
  await charts.allDrawn(page);

  const copied = page.url();
  const shown = await charts.readTables(page);
  const other = await openCopied(browser, copied, LEAD);
  expect(other.url).toBe(copied);
  expect(other.tables).toEqual(shown);
  expect(other.problems).toEqual([]);
});

test('drill-down: country, pillar, breakdown and period change the URL and the charts; the copied URL shows the same', async ({ page, browser }) => {
  await signIn(page, OFFICE.role, OFFICE.country, {}, countryView.path('LA'));
  await charts.allDrawn(page);

  // Another country, as the office may see it: protected as for any reader outside Thailand.
  await countryView.filters.country(page).selectOption('TH');
  await expect.poll(() => new URL(page.url()).pathname).toBe('/country/TH');
  const expected = async (query: Parameters<typeof countrySeriesFromApi>[2]) =>
    (await countrySeriesFromApi(OFFICE, 'TH', query)).map((r) => expectedEntityRows(r.series[0]!.points, r.by, r.indicator));
  await expect.poll(() => tableRows(page)).toEqual(await expected({}));
  await expect.poll(() => countryView.heading(page).textContent()).toBe('Country: Thailand');

  await countryView.filters.pillar(page).selectOption('protection');
  await expect.poll(() => shell.query(page).get('pillar')).toBe('protection');
  await countryView.filters.by(page).selectOption('sex');
  await expect.poll(() => shell.query(page).get('by')).toBe('sex');
  const first = await seriesFromApi(OFFICE, { indicator: 'PRT-01', countries: 'TH' });
  const to: Period = addMonths(first.to, -1);
  const from: Period = addMonths(first.to, -12);
  await countryView.filters.to(page).fill(to);
  await countryView.filters.from(page).fill(from);
  await expect.poll(() => Object.fromEntries(shell.query(page))).toEqual({ pillar: 'protection', by: 'sex', from, to });
  const filtered = await expected({ pillar: 'protection', by: 'sex', from, to });
  expect(filtered).toHaveLength(6);
  await expect.poll(() => tableRows(page)).toEqual(filtered);
  await charts.allDrawn(page);

  const copied = page.url();
  const other = await openCopied(browser, copied, OFFICE);
  expect(other.url).toBe(copied);
  expect(other.tables).toEqual(await charts.readTables(page));
  expect(other.problems).toEqual([]);
});

test('completeness: period and countries change the URL, the heat map and the rates; the copied URL shows the same', async ({ page, browser }) => {
  await signIn(page, LEAD.role, undefined, {}, completeness.path);
  await charts.allDrawn(page);
  const byDefault = await completenessFromApi(LEAD);
  const from: Period = addMonths(byDefault.from, -6);
  const to: Period = addMonths(byDefault.to, -3);
  await completeness.filters.from(page).fill(from);
  await completeness.filters.to(page).fill(to);
  await completeness.filters.countries(page).nth(0).uncheck(); // Cambodia
  await expect.poll(() => Object.fromEntries(shell.query(page))).toEqual({ from, to, countries: 'CN,LA,MM,TH,VN' });
  const filtered = await completenessFromApi(LEAD, { from, to, countries: 'CN,LA,MM,TH,VN' });
  const heatmap = async () => {
    const [table] = await charts.readTables(page);
    return { columns: table!.columns, rows: table!.rows };
  };
  await expect.poll(heatmap).toEqual(expectedHeatmapTable(filtered));
  expect((await completeness.readRates(page)).rows).toEqual(expectedRates(filtered));
  expect(filtered.rows[0]!.months).toHaveLength(15);
  await charts.allDrawn(page);

  const copied = page.url();
  const other = await openCopied(browser, copied, LEAD);
  expect(other.url).toBe(copied);
  expect(other.tables).toEqual(await charts.readTables(page));
  expect(other.problems).toEqual([]);

  await page.goBack(); // Cambodia back
  await expect.poll(() => shell.query(page).get('countries')).toBeNull();
  await expect.poll(heatmap).toEqual(expectedHeatmapTable(await completenessFromApi(LEAD, { from, to })));
});
