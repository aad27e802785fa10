import { type DimensionKey, INDICATORS } from '@etip/core/framework';
import type { Page } from 'playwright-core';
import { parseCsv } from './support/csv';
import { EN, isSmallCount, isWithheldText, SENSITIVE_INDICATORS, wholeNumbersIn, withoutCoverage } from './support/figures';
import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';
import { type ChartTable, charts, type DrawnChart, withoutTarget } from './support/views/charts';
import { completenessFromApi } from './support/views/completeness';
import { countrySeriesFromApi, countryView } from './support/views/country';
import { expectedEntityRows, expectedTrendsRows, seriesFromApi, trends } from './support/views/trends';

/**
 * Survivors stay protected on the trends and the drill-down (DESIGN.md 5.4, issue 10, 3 and 7):
 * a viewer meets "<10" and no survivor count from 1 to 9 in the page's text, the tables, the
 * canvas' texts (tooltips) or the CSVs, with every breakdown PRT-01 has; what a lead reads as
 * 1–9 the viewer reads "<10"; a withheld or unreported month is a gap in what ECharts is given
 * to draw, never a 0; "not reported" reads as words.
 */

const VIEWER = { role: 'viewer' } as const;
const LEAD = { role: 'regional-lead' } as const;
const PRT_01 = INDICATORS.find((i) => i.code === 'PRT-01')!;

/** The figures of a table (month, target and the countries reported aside) that hold a count from 1 to 9. */
function smallInTable(table: ChartTable): string[] {
  const figures = table.columns.map((c, n) => (n > 0 && c !== 'Target' && c !== EN.reported ? n : -1)).filter((n) => n > 0);
  return table.rows.flatMap((row) =>
    figures.filter((n) => wholeNumbersIn(row[n]!).some(isSmallCount)).map((n) => `${table.title} ${row[0]} ${table.columns[n]}: ${row[n]}`),
  );
}

/** The canvas' tooltip lines ("Female: 12") holding a count from 1 to 9; the month, target and countries-reported lines aside (they have no ": "). */
function smallInTooltips(chart: DrawnChart): string[] {
  return chart.texts
    .flatMap((text) => text.split('\n'))
    .filter((line) => /: /.test(line) && !line.startsWith('Target:'))
    .filter((line) => wholeNumbersIn(line.slice(line.lastIndexOf(': ') + 2)).some(isSmallCount))
    .map((line) => `${chart.title}: ${line}`);
}

/** The records of a chart's CSV holding a count from 1 to 9 among its figures (a ratio's numerator and denominator included); month, target, countries reported and note aside. */
function smallInCsv(title: string, text: string): string[] {
  const [header, ...records] = parseCsv(text);
  const figures = header!.flatMap((h, c) => (c > 0 && !h.startsWith('Target') && h !== 'Note' && h !== EN.reported ? [c] : []));
  return records.filter((r) => figures.some((c) => wholeNumbersIn(r[c]!).some(isSmallCount))).map((r) => `${title} ${r.join(',')}`);
}

/**
 * The page's own text (tables, notes, links), with what is not a figure left out: the filters,
 * headings, keys, notes and explanations (which say "1 to 9" of the rule), indicator codes and
 * how many countries a regional month is made of (counts of reports, not of survivors).
 */
const pageFiguresText = async (page: Page): Promise<string> =>
  withoutCoverage(
    await page.evaluate(() => {
      const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
      for (const e of main.querySelectorAll('form.filters, h1, h2, h3, .range, .hint, .table-note, .legend, thead, caption, summary')) e.remove();
      return (main.textContent ?? '').replace(/\b[A-Z]{3}-\d{2}\b/g, '');
    }),
  );

/** The whole numbers from `first` to `last`. */
const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, n) => first + n);

/** Checks every drawn series against the table: a number where the table has one, a gap (null) for "<10" and "not reported". */
function expectGapsNotZeros(drawn: DrawnChart[], tables: ChartTable[]): number {
  let gaps = 0;
  drawn.forEach((chart, k) => {
    const table = tables[k]!;
    for (const series of chart.series) {
      const column = table.columns.indexOf(series.name);
      if (column < 1 || series.name === 'Target') continue;
      series.data.forEach((value, n) => {
        const cell = table.rows[n]![column]!;
        if (isWithheldText(cell) || cell === EN.notReported || cell === EN.notDue) {
          expect(value, `${chart.title} ${series.name} ${table.rows[n]![0]}: ${cell}`).toBeNull();
          gaps++;
        } else expect(value, `${chart.title} ${series.name} ${table.rows[n]![0]}: ${cell}`).toEqual(expect.any(Number));
      });
    }
    // A withheld month of the chart's total is labelled "<10" where it is drawn, never left blank.
    const totals = table.columns.indexOf('Total');
    if (totals > 0) {
      const labelled = new Set(chart.series.flatMap((s) => s.bands.filter((b) => isWithheldText(b.label)).flatMap((b) => range(b.first, b.last))));
      expect(
        [...labelled].sort((a, b) => a - b),
        chart.title,
      ).toEqual(table.rows.flatMap((r, n) => (isWithheldText(r[totals]) ? [n] : [])));
    }
  });
  return gaps;
}

/** Every survivor figure a lead reads as 1–9 that the viewer must read "<10", table by table, cell by cell. */
function expectLeadsSmallCountsWithheld(lead: string[][][], viewer: ChartTable[]): number {
  let small = 0;
  lead.forEach((rows, k) =>
    rows.forEach((row, n) =>
      row.forEach((cell, c) => {
        // The countries a regional month is made of count reports, not survivors.
        if (c === 0 || !wholeNumbersIn(withoutCoverage(cell)).some(isSmallCount)) return;
        expect(isWithheldText(viewer[k]!.rows[n]![c]), `${viewer[k]!.title} ${row[0]} ${viewer[k]!.columns[c]}: ${viewer[k]!.rows[n]![c]}`).toBe(true);
        small++;
      }),
    ),
  );
  return small;
}

test('trends: a viewer meets "<10" and no survivor count 1–9, with every breakdown of PRT-01, in text, tables, tooltips and CSVs', async ({ page }) => {
  for (const by of [undefined, ...PRT_01.dims] as (DimensionKey | undefined)[]) {
    const query = { indicator: 'PRT-01', ...(by ? { by } : {}) };
    await signIn(page, VIEWER.role, undefined, query, trends.path);
    await charts.allDrawn(page);
    const [viewer, lead] = await Promise.all([seriesFromApi(VIEWER, query), seriesFromApi(LEAD, query)]);
    const tables = await charts.readTables(page);
    expect(tables.map((t) => withoutTarget(t).rows)).toEqual(expectedTrendsRows(viewer));
    expect(expectLeadsSmallCountsWithheld(expectedTrendsRows(lead), tables), `small counts by ${by}`).toBeGreaterThan(0);
    expect(tables.flatMap(smallInTable)).toEqual([]);
    const drawn = await charts.readDrawn(page);
    expect(drawn.flatMap(smallInTooltips)).toEqual([]);
    expect(wholeNumbersIn(await pageFiguresText(page)).filter(isSmallCount)).toEqual([]);
    expect(expectGapsNotZeros(drawn, tables)).toBeGreaterThan(0);
    // The CSVs of the region and of each country, with the finest split (each CSV is its table: views-csv; the tables were read with every breakdown).
    if (by !== 'exploitation') continue;
    for (let n = 1; n < tables.length; n++) {
      expect(smallInCsv(tables[n]!.title, (await charts.downloadCsv(charts.frames(page).nth(n))).text)).toEqual([]);
    }
  }
});

test('drill-down: a viewer meets "<10" and no survivor count 1–9 in any indicator’s table, tooltips or CSV; gaps, never zeros', async ({ page }) => {
  // Every indicator, then the survivor counts (protection) by their finest split.
  const queries: { pillar?: 'protection'; by?: 'exploitation' }[] = [{}, { pillar: 'protection', by: 'exploitation' }];
  for (const query of queries) {
    const { by } = query;
    await signIn(page, VIEWER.role, undefined, query, countryView.path('CN'));
    await charts.allDrawn(page);
    const [viewer, lead] = await Promise.all([countrySeriesFromApi(VIEWER, 'CN', query), countrySeriesFromApi(LEAD, 'CN', query)]);
    const tables = await charts.readTables(page);
    const sensitive = tables.flatMap((_, k) => (SENSITIVE_INDICATORS.includes(viewer[k]!.indicator) ? [k] : []));
    expect(sensitive).toHaveLength(SENSITIVE_INDICATORS.length - (by ? 1 : 0)); // PRV-03, prevention's survivor count, is not in the protection pillar
    expect(tables.map((t) => withoutTarget(t).rows)).toEqual(viewer.map((r) => expectedEntityRows(r.series[0]!.points, r.by, r.indicator)));
    const leadRows = lead.map((r) => expectedEntityRows(r.series[0]!.points, r.by, r.indicator));
    expect(
      expectLeadsSmallCountsWithheld(
        sensitive.map((k) => leadRows[k]!),
        sensitive.map((k) => tables[k]!),
      ),
    ).toBeGreaterThan(0);
    expect(sensitive.flatMap((k) => smallInTable(tables[k]!))).toEqual([]);
    const drawn = await charts.readDrawn(page);
    expect(sensitive.flatMap((k) => smallInTooltips(drawn[k]!))).toEqual([]);
    expect(expectGapsNotZeros(drawn, tables)).toBeGreaterThan(0);
    if (by) continue; // the CSVs once: each is its table (views-csv), and the tables were read with every breakdown
    for (const k of sensitive) {
      expect(smallInCsv(tables[k]!.title, (await charts.downloadCsv(charts.frames(page).nth(k))).text)).toEqual([]);
    }
  }
});

test('"not reported" reads as words and is a gap in the chart, never 0, in the table and the CSV', async ({ page }) => {
  // A month a country never reported, found in the API's completeness.
  const standing = await completenessFromApi(LEAD, {});
  const gap = standing.rows.flatMap((row) => row.months.filter((m) => m.status === 'missing').map((m) => ({ country: row.country, period: m.period })))[0];
  expect(gap, 'the demo data has a missing month').toBeDefined();
  await signIn(page, LEAD.role, undefined, { pillar: 'prevention' }, countryView.path(gap!.country));
  await charts.allDrawn(page);
  const series = (await countrySeriesFromApi(LEAD, gap!.country, { pillar: 'prevention' }))[0]!;
  const at = series.series[0]!.points.findIndex((p) => p.period === gap!.period);
  expect(at).toBeGreaterThanOrEqual(0);
  const [table] = await charts.readTables(page);
  expect(table!.rows[at]![1]).toBe(EN.notReported);
  const [drawn] = await charts.readDrawn(page);
  expect(drawn!.series.find((s) => s.name === 'Total')!.data[at]).toBeNull();
  const [, ...records] = parseCsv((await charts.downloadCsv(charts.frames(page).first())).text);
  expect(records[at]!.slice(0, 2)).toEqual([gap!.period, EN.notReported]);
});
