import { parseCsv } from './support/csv';
import { isWithheldText } from './support/figures';
import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';
import { overview } from './support/views/overview';

/**
 * The CSV matches the table it sits beside (issue 10, 3 and 7): downloaded through the browser's
 * download, read back, row for row the same as the accessible table, figures as plain digits
 * ("17726" for "17,726"), "<10", "withheld" and "not reported" in the same words, never 0 or blank.
 */

/** A figure as the table writes it, as the CSV should: grouping and the % sign dropped from numbers, words left as they are. */
const plain = (text: string) => (/^\d{1,3}(,\d{3})*(\.\d+)?%?$/.test(text) ? text.replaceAll(',', '').replace(/%$/, '') : text);

test('the matrix CSV has the matrix’s rows and figures', async ({ page }) => {
  await signIn(page, 'viewer');
  await overview.numbersShown(page);
  const { columns, rows } = await overview.readMatrixTable(page);
  const file = await overview.downloadMatrixCsv(page);
  expect(file.name).toMatch(/^etip-overview-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/);
  expect(file.text.startsWith('\uFEFF')).toBe(true);
  const [header, ...records] = parseCsv(file.text);
  expect(header).toEqual(['Country', 'Code', 'Indicator', 'Actual', 'Target', 'Achievement', 'Status', 'Reported', 'Note']);

  // One record per indicator and column (countries, then the region), in the table's order.
  const places = columns.slice(1);
  expect(records.map((r) => [r[0], r[1], r[2], r[3]])).toEqual(
    rows.flatMap((row) => places.map((place, n) => [place, row.code, row.name, plain(row.actuals[n]!)])),
  );
  // A withheld figure carries its reason; nothing else does.
  for (const record of records) expect(record[8] !== '', record.join(',')).toBe(isWithheldText(record[3]));
  // What each figure is made of: months for a country, countries for the region.
  for (const record of records) expect(record[7], record.join(',')).toMatch(record[0] === 'Region' ? / of 6 countries reported/ : / of \d+ months reported/);
  // The default range adds up several months: a withheld figure there is a sum, "withheld" with its own note, not "<10".
  expect(records.some((r) => r[3] === 'withheld' && r[8]!.startsWith('withheld: a total over several months or countries'))).toBe(true);
});

test('the map’s CSV is the table behind "Show the numbers"', async ({ page }) => {
  await signIn(page, 'regional-lead', undefined, { indicator: 'PRT-02' });
  await overview.ready(page);
  const table = await overview.readMapTable(page);
  const file = await overview.downloadMapCsv(page);
  expect(file.name).toMatch(/^etip-map-PRT-02-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/);
  const csv = parseCsv(file.text);
  expect(csv[0]).toEqual(table[0]);
  expect(csv.slice(1)).toEqual(table.slice(1).map((row) => row.map(plain)));
  expect(csv).toHaveLength(7); // a header and the six countries
});

test('in Khmer, the CSV keeps the table’s Khmer words and is read as UTF-8', async ({ page }) => {
  await signIn(page, 'viewer', undefined, { lang: 'km' });
  await overview.numbersShown(page);
  const { columns, rows } = await overview.readMatrixTable(page);
  const [header, ...records] = parseCsv((await overview.downloadMatrixCsv(page)).text);
  expect(header!.join(' ')).toMatch(/[\u1780-\u17FF]/);
  const places = columns.slice(1);
  expect(records.map((r) => [r[0], r[1], r[3]])).toEqual(rows.flatMap((row) => places.map((place, n) => [place, row.code, plain(row.actuals[n]!)])));
});
