import { latestPeriod, periodRange } from '@etip/core/framework';
import { EN, englishCoverage } from './support/figures';
import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';
import { charts } from './support/views/charts';
import { completenessFromApi } from './support/views/completeness';
import { overview, overviewFromApi } from './support/views/overview';
import { shell } from './support/views/shell';
import { trends } from './support/views/trends';

/**
 * Found in a new user's tryout of issue 10 and fixed for their kind: what a regional figure is
 * made of ("4 of 6 countries reported"), every month of a cell counted, a month not due called
 * so as completeness calls it, a reversed range mended rather than retried, and the link to the
 * months awaiting approval keeping the filters.
 */

const LEAD = { role: 'regional-lead' } as const;

test('the matrix says what each figure is made of, counts every month behind it, and the approvals link keeps the filters', async ({ page }) => {
  await signIn(page, LEAD.role, undefined, { countries: 'KH,LA,MM' });
  await overview.numbersShown(page);
  const api = await overviewFromApi(LEAD, { countries: 'KH,LA,MM' });
  const months = periodRange(api.from, api.to).length;

  for (const code of ['PRV-01', 'PRT-01']) {
    const region = api.regional.indicators.find((i) => i.indicator === code)!;
    expect(await overview.cell(page, code, 'region').locator('.coverage').textContent()).toBe(englishCoverage(region.countries!));
    for (const c of api.countries) {
      const entry = c.indicators.find((i) => i.indicator === code)!;
      const cell = overview.cell(page, code, c.country);
      expect(await cell.locator('.coverage').textContent()).toBe(englishCoverage(entry.months, 'months'));
      // Every status counted, drafts and months not due included: the counts add up to the months of the range.
      const counts = await cell.locator('.month-status .month').allTextContents();
      expect(
        counts.reduce((sum, n) => sum + Number(n), 0),
        `${code} ${c.country}`,
      ).toBe(months);
      expect(await cell.locator('.achievement').textContent()).not.toMatch(/not assessed · not assessed/);
    }
  }

  await overview.range(page).locator('a').click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/completeness');
  const query = shell.query(page);
  expect([query.get('from'), query.get('to'), query.get('countries')]).toEqual([api.from, api.to, 'KH,LA,MM']);
});

test('a reversed range names its field as the filter does and offers to swap it, not to send it again', async ({ page, problems }) => {
  const byDefault = await overviewFromApi(LEAD);
  await signIn(page, LEAD.role, undefined, { from: byDefault.to, to: byDefault.from });
  const panel = page.locator('.error-panel');
  await panel.waitFor();
  const text = (await panel.textContent()) ?? '';
  expect(text).toContain(`From: the start (${byDefault.to}) is after the end (${byDefault.from})`);
  expect(text).not.toContain('query/');
  expect(await panel.getByRole('button', { name: 'Try again' }).count()).toBe(0);

  await panel.getByRole('button', { name: 'Swap “From” and “To”' }).click();
  await overview.numbersShown(page);
  expect([shell.query(page).get('from'), shell.query(page).get('to')]).toEqual([byDefault.from, byDefault.to]);
  // The refused request is the browser's one console error: provoked here on purpose.
  problems.splice(0, problems.length, ...problems.filter((p) => !/status of 400/.test(p.text)));
});

test('the trends call the current month "not due yet" wherever completeness has its deadline ahead and nothing submitted', async ({ page }) => {
  // The last month due everywhere and the current one (a range of months none due draws no chart).
  const range = { from: (await overviewFromApi(LEAD)).to, to: latestPeriod(new Date()) };
  const standing = await completenessFromApi(LEAD, range);
  await signIn(page, LEAD.role, undefined, { indicator: 'PRV-01', ...range }, trends.path);
  await charts.allDrawn(page);
  const [comparison] = await charts.readTables(page);
  // The side-by-side table: a row a month, a column per country in programme order. Completeness
  // gives a month its deadline (`dueAt`) exactly while it is ahead (a draft keeps its status there).
  const current = comparison!.rows.at(-1)!;
  const notDue = standing.rows.map((row) => {
    const month = row.months.at(-1)!;
    return month.dueAt !== undefined && month.timeliness === null;
  });
  expect(current.slice(1).map((text) => text === EN.notDue)).toEqual(notDue);
  expect(notDue.some(Boolean)).toBe(true);
});
