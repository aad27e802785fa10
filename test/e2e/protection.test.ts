import { completenessResponseSchema } from '@etip/core/dashboard';
import { INDICATORS } from '@etip/core/framework';
import { apiGet } from './support/api';
import { parseCsv } from './support/csv';
import { EN, englishFigure, isSmallCount, isWithheldText, SENSITIVE_INDICATORS, wholeNumbersIn } from './support/figures';
import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';
import { expectedMatrix, overview, overviewFromApi } from './support/views/overview';

/**
 * Survivors stay protected in the page (DESIGN.md 5.4, issue 10, 7): a viewer meets "<10", and
 * no survivor count from 1 to 9 appears in the matrix, the map, its table or either CSV, whatever
 * the range; every figure a lead sees as 1–9 reads "<10" for the viewer. "Not reported" reads as
 * words, never 0.
 */

const VIEWER = { role: 'viewer' } as const;
const LEAD = { role: 'regional-lead' } as const;

/** Every survivor figure's numbers in what a viewer was shown: none may be 1–9. */
function smallCounts(shown: { where: string; indicator: string; text: string }[]): string[] {
  return shown
    .filter((s) => SENSITIVE_INDICATORS.includes(s.indicator) && wholeNumbersIn(s.text).some(isSmallCount))
    .map((s) => `${s.where} ${s.indicator}: ${s.text}`);
}

test('a viewer meets "<10" and no survivor count from 1 to 9, in the page, the map’s table or the CSVs', async ({ page }) => {
  // One month: the range where small counts are most common.
  const lastMonth = (await overviewFromApi(LEAD)).to;
  const range = { from: lastMonth, to: lastMonth };
  for (const indicator of ['PRT-01', 'PRT-02']) {
    await signIn(page, VIEWER.role, undefined, { ...range, indicator });
    await overview.ready(page);
    const [viewer, lead] = await Promise.all([overviewFromApi(VIEWER, range), overviewFromApi(LEAD, range)]);
    const matrix = await overview.readMatrix(page);
    expect(matrix).toEqual(expectedMatrix(viewer));

    // What a lead sees as 1–9 the viewer sees as "<10": the small counts exist, and are withheld here.
    const small = Object.entries(expectedMatrix(lead)).flatMap(([code, row]) =>
      Object.entries(row)
        .filter(([, text]) => SENSITIVE_INDICATORS.includes(code) && wholeNumbersIn(text!).some(isSmallCount))
        .map(([column]) => [code, column]),
    );
    expect(small.length).toBeGreaterThan(0);
    for (const [code, column] of small) expect(isWithheldText(matrix[code!]![column as 'region']), `${code} ${column}`).toBe(true);

    const shown = Object.entries(matrix).flatMap(([code, row]) =>
      Object.entries(row).map(([column, text]) => ({ where: `matrix ${column}`, indicator: code, text: text! })),
    );
    const mapTable = await overview.readMapTable(page);
    const matrixCsv = parseCsv((await overview.downloadMatrixCsv(page)).text).slice(1);
    const mapCsv = parseCsv((await overview.downloadMapCsv(page)).text).slice(1);
    shown.push(
      ...mapTable.slice(1).map((row) => ({ where: `map table ${row[0]}`, indicator, text: row[1]! })),
      ...matrixCsv.map((r) => ({ where: `matrix CSV ${r[0]}`, indicator: r[1]!, text: r[3]! })),
      ...mapCsv.map((r) => ({ where: `map CSV ${r[0]}`, indicator, text: r[1]! })),
    );
    expect(smallCounts(shown)).toEqual([]);
    expect(shown.filter((s) => s.text === EN.withheld).length).toBeGreaterThan(0);
    // The map's labels are drawn on a canvas from the same words as its table: the API's, "<10" included.
    expect(mapTable.slice(1).map((row) => row[1])).toEqual(
      viewer.countries.map((c) => {
        const figure = c.indicators.find((f) => f.indicator === indicator)!;
        return englishFigure(figure.actual, indicator, figure.months.reported);
      }),
    );
  }
  // The reason is given beside the figures: "<10" for the countries' month, "withheld" for the region's sums.
  const note = await page.locator('.matrix .table-note').textContent();
  expect(note).toContain('<10: withheld to protect survivors');
  expect(note).toContain('withheld: a total over several months or countries');
});

test('a viewer meets "withheld", never "<10", on sums over months or countries, with its reason (found in the tryout: Region "<10" against 1,128.3)', async ({
  page,
}) => {
  // Two months: every country's figure adds up two tables, the region's twelve.
  const lastMonth = (await overviewFromApi(LEAD)).to;
  const [year, month] = lastMonth.split('-').map(Number);
  const before = month === 1 ? `${year! - 1}-12` : `${year}-${String(month! - 1).padStart(2, '0')}`;
  const range = { from: before, to: lastMonth };
  await signIn(page, VIEWER.role, undefined, { ...range, indicator: 'PRT-01' });
  await overview.ready(page);
  const viewer = await overviewFromApi(VIEWER, range);
  const matrix = await overview.readMatrix(page);
  expect(matrix).toEqual(expectedMatrix(viewer));
  const region = viewer.regional.indicators.find((f) => f.indicator === 'PRT-01')!;
  expect(region.actual, 'the demo data withholds the region’s PRT-01 from a viewer').toEqual({ suppressed: true });
  expect(matrix['PRT-01']!.region).toBe(EN.withheldPercent);
  expect(await page.locator('.matrix-table td[data-indicator="PRT-01"][data-column="region"] .actual + .visually-hidden').textContent()).toBe(
    EN.withheldSumReason,
  );

  // The map's table and CSV say the same of each country's two months, with the note beside a withheld one.
  const mapTable = await overview.readMapTable(page);
  const expected = viewer.countries.map((c) => {
    const figure = c.indicators.find((f) => f.indicator === 'PRT-01')!;
    return englishFigure(figure.actual, 'PRT-01', figure.months.reported);
  });
  expect(mapTable.slice(1).map((row) => row[1])).toEqual(expected);
  const [header, ...mapCsv] = parseCsv((await overview.downloadMapCsv(page)).text);
  expect(header!.at(-1)).toBe('Note');
  for (const record of mapCsv) expect(record.at(-1) !== '', record.join(',')).toBe(isWithheldText(record[1]));
  for (const record of mapCsv.filter((r) => r[1] === EN.withheldPercent)) expect(record.at(-1)).toContain('withheld: a total over');
  const matrixCsv = parseCsv((await overview.downloadMatrixCsv(page)).text).slice(1);
  const regionCsv = matrixCsv.find((r) => r[0] === 'Region' && r[1] === 'PRT-01')!;
  expect([regionCsv[3], regionCsv[8]]).toEqual([EN.withheldPercent, expect.stringMatching(/^withheld: a total over several months or countries/)]);
});

test('a viewer’s default overview shows no survivor count from 1 to 9 anywhere in its text', async ({ page }) => {
  await signIn(page, VIEWER.role);
  await overview.ready(page);
  // Survivor figures are in their cells and rows; every other number on the page (pillar counts,
  // months) is not about survivors. Each sensitive row's whole text, targets aside, is read.
  const rows = await page.evaluate(
    (codes) =>
      [...document.querySelectorAll<HTMLElement>('.matrix-table td[data-indicator]')]
        .filter((td) => codes.includes(td.dataset.indicator!))
        .map((td) => ({ where: `matrix ${td.dataset.column}`, indicator: td.dataset.indicator!, text: td.querySelector('.actual')?.textContent ?? '' })),
    SENSITIVE_INDICATORS,
  );
  expect(rows.length).toBe(SENSITIVE_INDICATORS.length * 7);
  expect(smallCounts(rows)).toEqual([]);
  expect(rows.some((r) => isWithheldText(r.text))).toBe(true);
});

test('"not reported" reads as words, never 0, in the matrix, the map’s table and the CSV', async ({ page }) => {
  // A month one country never reported while others did, found in the API's completeness.
  const completeness = await apiGet(LEAD, '/dashboard/completeness', completenessResponseSchema, {});
  const gap = completeness.rows.flatMap((row) => row.months.filter((m) => m.status === 'missing').map((m) => ({ country: row.country, period: m.period })))[0];
  expect(gap, 'the demo data has a missing month').toBeDefined();
  const { country, period } = gap!;
  await signIn(page, LEAD.role, undefined, { from: period, to: period });
  await overview.ready(page);
  const api = await overviewFromApi(LEAD, { from: period, to: period });
  expect(api.countries.find((c) => c.country === country)!.indicators.every((f) => f.actual === null)).toBe(true);

  const matrix = await overview.readMatrix(page);
  expect(matrix).toEqual(expectedMatrix(api));
  for (const row of Object.values(matrix)) expect(row[country]).toBe(EN.notReported);
  const name = await page
    .locator(`.matrix-table thead th`)
    .nth(1 + api.countries.findIndex((c) => c.country === country))
    .textContent();
  const mapRow = (await overview.readMapTable(page)).find((row) => row[0] === name)!;
  expect(mapRow[1]).toBe(EN.notReported);
  const csv = parseCsv((await overview.downloadMatrixCsv(page)).text).filter((r) => r[0] === name);
  expect(csv).toHaveLength(INDICATORS.length);
  for (const record of csv) expect(record[3]).toBe(EN.notReported);
  // The cell is drawn apart from a figure behind target.
  expect(await overview.cell(page, 'PRV-01', country).getAttribute('class')).toContain('cell-not-reported');
});
