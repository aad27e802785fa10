import type { Role } from '@etip/core/access';
import { type CountryCode, latestPeriod } from '@etip/core/framework';
import { EN } from './support/figures';
import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';
import { charts, englishMonth, withoutTarget } from './support/views/charts';
import { COUNTRY_NAMES, completeness, completenessFromApi, expectedHeatmapTable, expectedRates } from './support/views/completeness';
import { countrySeriesFromApi, countryView } from './support/views/country';
import { expectedEntityRows, expectedTrendsRows, seriesFromApi, trends } from './support/views/trends';

/**
 * Each role opens the trends, the country drill-down and the completeness view, and each shows
 * what the real API answers that role (issue 10, 3 and 7): every table behind every chart
 * (month by month, breakdown included, "<10" and "not reported" as words) compared with
 * `GET /v1/dashboard/series` and `/completeness` fetched apart with the role's own token.
 */
const READERS: { label: string; role: Role; country?: CountryCode }[] = [
  { label: 'a regional lead', role: 'regional-lead' },
  { label: 'the Lao PDR country office', role: 'country-office', country: 'LA' },
  { label: 'a viewer', role: 'viewer' },
];

const withheldIn = (rows: string[][][]) => rows.flat(2).filter((cell) => cell === EN.withheld).length;

test.for(READERS)('$label sees the API’s figures for that role on the trends, the drill-down and the completeness', async (reader, { page }) => {
  // Trends of a survivor count by sex: what each role may see of it differs (DESIGN.md 5.4).
  await signIn(page, reader.role, reader.country, { indicator: 'PRT-01', by: 'sex' }, trends.path);
  await charts.allDrawn(page);
  const series = await seriesFromApi(reader, { indicator: 'PRT-01', by: 'sex' });
  const trendTables = await charts.readTables(page);
  expect(trendTables.map((t) => withoutTarget(t).rows)).toEqual(expectedTrendsRows(series));
  // The region's table says how many countries each month is made of (the API's `countries`).
  expect(withoutTarget(trendTables[1]!).columns).toEqual(['Month', 'Total', 'Female', 'Male', EN.reported]);
  expect(trendTables.slice(2).map((t) => t.title)).toEqual(series.series.map((s) => COUNTRY_NAMES[s.country]));
  expect(await trends.range(page).textContent()).toContain(`${englishMonth(series.from)} to ${englishMonth(series.to)}`);

  // The drill-down of Lao PDR: every indicator, its months against the API's.
  await page.goto(countryView.path('LA'));
  await charts.allDrawn(page);
  const perIndicator = await countrySeriesFromApi(reader, 'LA');
  const countryTables = await charts.readTables(page);
  expect(countryTables.map((t) => t.title)).toEqual(perIndicator.map((r) => expect.stringMatching(new RegExp(`^${r.indicator} `))));
  expect(countryTables.map((t) => withoutTarget(t).rows)).toEqual(perIndicator.map((r) => expectedEntityRows(r.series[0]!.points, r.by, r.indicator)));
  await expect.poll(() => countryView.heading(page).textContent()).toBe('Country: Lao PDR');

  // What differs by role: the office reads its own survivor counts whole, the viewer meets "<10".
  const laRows = countryTables.map((t) => withoutTarget(t).rows);
  if (reader.role === 'viewer') expect(withheldIn(laRows)).toBeGreaterThan(0);
  else expect(withheldIn(laRows)).toBe(0);
  if (reader.role !== 'regional-lead') expect(withheldIn(trendTables.map((t) => t.rows))).toBeGreaterThan(0);

  // Completeness: the heat map's table and the rates, as the API counted them.
  await page.goto(completeness.path);
  await charts.allDrawn(page);
  const standing = await completenessFromApi(reader);
  const [heatmap] = await charts.readTables(page);
  expect({ columns: heatmap!.columns, rows: heatmap!.rows }).toEqual(expectedHeatmapTable(standing));
  const rates = await completeness.readRates(page);
  expect(rates.rows).toEqual(expectedRates(standing));
  // Each country's next deadline: the first month whose deadline is ahead (the API gives its day) and whose report is not in,
  // read from the months up to the current one (the default range ends at the last month due everywhere).
  const upToNow = await completenessFromApi(reader, { from: standing.from, to: latestPeriod(new Date()) });
  upToNow.rows.forEach((row, n) => {
    const next = row.months.find((m) => m.due !== undefined && m.timeliness === null);
    if (!next) return expect(rates.deadlines[n]).toMatch(/overdue/);
    const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${next.due}T00:00:00Z`),
    );
    expect(rates.deadlines[n]).toMatch(/^due (today|tomorrow|in \d+ days)/);
    expect(rates.deadlines[n]).toContain(`report for ${englishMonth(next.period)}`);
    expect(rates.deadlines[n]).toContain(day);
  });
});
