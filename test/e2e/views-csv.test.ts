import type { Page } from 'playwright-core';
import { parseCsv } from './support/csv';
import { EN, isWithheldText } from './support/figures';
import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';
import { type ChartTable, charts, englishMonth } from './support/views/charts';
import { completeness } from './support/views/completeness';
import { countryView } from './support/views/country';
import { trends } from './support/views/trends';

/**
 * Each chart's CSV matches its accessible table (issue 10, 3 and 7), on the trends, the
 * drill-down and the completeness view: downloaded through the browser, read back with the
 * test's own reader, row for row the table's figures as plain digits ("1234" for "1,234"), the
 * month as `YYYY-MM`, a ratio's percentage, numerator and denominator in columns of their own,
 * "<10" and "not reported" in the same words (never 0 or blank), and the reason beside each "<10".
 */

/** A figure as the table writes it, as the CSV should: grouping and the % sign dropped from numbers, words left as they are. */
const plain = (text: string) => (/^\d{1,3}(,\d{3})*(\.\d+)?%?$/.test(text) ? text.replaceAll(',', '').replace(/%$/, '') : text);

/** A ratio's cell ("82.5% (33/40)", "no percentage (0/0)", "<10") as its three CSV fields. */
function ratioFields(cell: string): string[] {
  const ratio = /^(.+) \(([\d,]+)\/([\d,]+)\)$/.exec(cell);
  if (!ratio) return [cell, cell, cell];
  return [plain(ratio[1]!), plain(ratio[2]!), plain(ratio[3]!)];
}

/** The CSV a chart's table must give: its header, and per row the month as a period, its figures plain (a ratio's in three fields), the note. */
function expectCsvOfTable(table: ChartTable, csv: string[][]): void {
  const [header, ...records] = csv;
  const ratio = header!.some((h) => h.endsWith(' (%)'));
  expect(records, table.title).toHaveLength(table.rows.length);
  const withNote = table.note !== null;
  expect(header!.at(-1) === 'Note', table.title).toBe(withNote);
  if (!ratio) expect(header, table.title).toEqual([...table.columns, ...(withNote ? ['Note'] : [])]);
  records.forEach((record, n) => {
    const [month, ...figures] = table.rows[n]!;
    expect(record[0], table.title).toMatch(/^\d{4}-\d{2}$/);
    expect(englishMonth(record[0]!), table.title).toBe(month);
    // The target and the countries reported close the row: not a ratio's three fields.
    const last = figures.length - table.columns.filter((c) => c === 'Target' || c === EN.reported).length;
    const expected = figures.flatMap((f, k) => (ratio && k < last ? ratioFields(f) : [plain(f)]));
    expect(record.slice(1, withNote ? -1 : undefined), `${table.title} ${month}`).toEqual(expected);
    if (withNote) expect(record.at(-1) === table.note, `${table.title} ${month}`).toBe(expected.some(isWithheldText));
  });
}

const DOWNLOADS_PER_PAGE = 8;

/** Downloads every chart's CSV on the page and checks each against its table; returns how many "<10" they held. */
async function everyCsvMatchesItsTable(page: Page, fileName: RegExp): Promise<number> {
  const tables = await charts.readTables(page);
  let withheld = 0;
  for (const [n, table] of tables.entries()) {
    // Chromium lets one page start ten downloads; the drill-down has fifteen charts.
    if (n > 0 && n % DOWNLOADS_PER_PAGE === 0) {
      await page.reload();
      await charts.allDrawn(page);
    }
    const file = await charts.downloadCsv(charts.frames(page).nth(n));
    expect(file.name).toMatch(fileName);
    expect(file.text.startsWith('\uFEFF')).toBe(true);
    const csv = parseCsv(file.text);
    expectCsvOfTable(table, csv);
    withheld += csv.flat().filter(isWithheldText).length;
  }
  return tables.length && withheld;
}

test('trends: every chart’s CSV is its table, breakdown and target included', async ({ page }) => {
  await signIn(page, 'viewer', undefined, { indicator: 'PRT-01', by: 'age' }, trends.path);
  await charts.allDrawn(page);
  expect(await charts.frames(page).count()).toBe(8); // side by side, the region, six countries
  expect(await everyCsvMatchesItsTable(page, /^etip-trends-PRT-01-(countries|region|[A-Z]{2})-by-age-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/)).toBeGreaterThan(0);
});

test('drill-down: every indicator’s CSV is its table, a ratio’s numerator and denominator apart', async ({ page }) => {
  await signIn(page, 'viewer', undefined, {}, countryView.path('KH'));
  await charts.allDrawn(page);
  expect(await charts.frames(page).count()).toBe(15);
  expect(await everyCsvMatchesItsTable(page, /^etip-KH-[A-Z]{3}-\d{2}-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/)).toBeGreaterThan(0);
});

test('completeness: the heat map’s CSV is its table, the rates’ CSV is the rates table with each deadline', async ({ page }) => {
  await signIn(page, 'country-office', 'LA', {}, completeness.path);
  await charts.allDrawn(page);
  const [heatmap] = await charts.readTables(page);
  const file = await charts.downloadCsv(completeness.heatmap(page));
  expect(file.name).toMatch(/^etip-completeness-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/);
  const [header, ...records] = parseCsv(file.text);
  expect(header).toEqual(heatmap!.columns);
  expect(records).toEqual(heatmap!.rows.map((row) => row.map(plain)));

  const rates = await completeness.readRates(page);
  const ratesFile = await completeness.downloadRatesCsv(page);
  expect(ratesFile.name).toMatch(/^etip-reporting-rates-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/);
  const [ratesHeader, ...ratesRecords] = parseCsv(ratesFile.text);
  expect(ratesHeader).toEqual([...rates.columns.slice(0, -1), 'Report month', 'Next deadline', 'Deadline (local time)']);
  expect(ratesRecords.map((r) => r.slice(0, 7))).toEqual(rates.rows.map((row) => row.map(plain)));
  ratesRecords.forEach((record, n) => {
    const [month, relative, absolute] = record.slice(7);
    // The region has no deadline of its own; each country's reads as the table's.
    if (rates.rows[n]![0] === 'Region') return expect([month, relative, absolute]).toEqual(['', '', '']);
    expect(rates.deadlines[n]).toBe(`${relative}report for ${month} · ${absolute}`);
  });
});
