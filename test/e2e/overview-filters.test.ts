import type { Period } from '@etip/core/framework';
import { expect, freshPage, test } from './support/fixtures';
import { screenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { expectedMatrix, overview, overviewFromApi } from './support/views/overview';
import { shell } from './support/views/shell';
import { signInPage } from './support/views/sign-in';

/**
 * Filters live in the URL (issue 10, 1 and 7): each change writes the address and changes the
 * figures to what the API answers for it, and the copied address opened in another browser, once
 * signed in, shows the same view with the same numbers.
 */

/** The month before `period`. */
function monthBefore(period: Period): Period {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

const LEAD = { role: 'regional-lead' } as const;

test('the period, countries and pillar filters change the URL and the figures', async ({ page }) => {
  await signIn(page, LEAD.role);
  await overview.numbersShown(page);
  const byDefault = await overviewFromApi(LEAD);
  // The range the API chose is what the inputs show while the URL leaves it out.
  await expect.poll(() => overview.filters.to(page).inputValue()).toBe(byDefault.to);
  expect(await overview.filters.from(page).inputValue()).toBe(byDefault.from);

  // One month, before the default's last: a range nobody opens by default.
  const month = monthBefore(byDefault.to);
  await overview.filters.from(page).fill(month);
  await expect.poll(() => shell.query(page).get('from')).toBe(month);
  await overview.filters.to(page).fill(month);
  await expect.poll(() => shell.query(page).get('to')).toBe(month);
  const oneMonth = await overviewFromApi(LEAD, { from: month, to: month });
  await expect.poll(() => overview.readMatrix(page)).toEqual(expectedMatrix(oneMonth));
  expect(expectedMatrix(oneMonth)).not.toEqual(expectedMatrix(byDefault));
  await expect.poll(() => overview.range(page).textContent()).toContain(`Months awaiting approval: ${oneMonth.awaitingApproval}`);

  // Vietnam off: five countries in the URL, in the matrix and in the region's figures.
  await overview.filters.countries(page).last().uncheck();
  await expect.poll(() => shell.query(page).get('countries')).toBe('KH,CN,LA,MM,TH');
  const five = await overviewFromApi(LEAD, { from: month, to: month, countries: 'KH,CN,LA,MM,TH' });
  await expect.poll(() => overview.readMatrix(page)).toEqual(expectedMatrix(five));

  // One pillar: its indicators only.
  await overview.filters.pillar(page).selectOption('protection');
  await expect.poll(() => shell.query(page).get('pillar')).toBe('protection');
  await expect.poll(() => overview.readMatrix(page)).toEqual(expectedMatrix(five, 'protection'));

  // Back undoes the last change, as the URL is the state.
  await page.goBack();
  await expect.poll(() => shell.query(page).get('pillar')).toBeNull();
  await expect.poll(() => overview.readMatrix(page)).toEqual(expectedMatrix(five));

  // Reset: the default view and a clean address.
  await overview.filters.reset(page).click();
  await expect.poll(() => page.url()).toMatch(/\/$/);
  await expect.poll(() => overview.readMatrix(page)).toEqual(expectedMatrix(byDefault));
});

test('a copied URL (filters and language) opens the same view, numbers and all, in another browser', async ({ page, browser }) => {
  await signIn(page, LEAD.role);
  await overview.numbersShown(page);
  const byDefault = await overviewFromApi(LEAD);
  const from = monthBefore(monthBefore(byDefault.to));
  await overview.filters.from(page).fill(from);
  await overview.filters.countries(page).nth(1).uncheck(); // China
  await overview.filters.indicator(page).selectOption('PRV-05');
  await shell.languageSwitcher(page).selectOption('km');
  await expect.poll(() => shell.htmlLang(page)).toBe('km');
  await expect.poll(() => Object.fromEntries(shell.query(page))).toEqual({ from, countries: 'KH,LA,MM,TH,VN', indicator: 'PRV-05', lang: 'km' });
  const expected = expectedMatrix(await overviewFromApi(LEAD, { from, countries: 'KH,LA,MM,TH,VN' }));
  // Khmer writes these numbers with the same digits as English (km-KH in Intl).
  await expect.poll(() => overview.readMatrix(page)).toEqual(expected);
  await overview.ready(page);
  const copied = page.url();
  const view = {
    matrix: await overview.readMatrix(page),
    mapTable: await overview.readMapTable(page),
    range: await overview.range(page).textContent(),
    heading: await overview.heading(page).textContent(),
  };

  const other = await freshPage(browser);
  try {
    await other.page.goto(copied);
    // Nobody is signed in there: the picker, in the link's language; signing in keeps the link's view.
    await signInPage.shown(other.page);
    expect(await shell.htmlLang(other.page)).toBe('km');
    await signInPage.pick(other.page, 'regional-lead');
    await overview.ready(other.page);
    expect(other.page.url()).toBe(copied);
    expect({
      matrix: await overview.readMatrix(other.page),
      mapTable: await overview.readMapTable(other.page),
      range: await overview.range(other.page).textContent(),
      heading: await overview.heading(other.page).textContent(),
    }).toEqual(view);
    expect(await overview.filters.from(other.page).inputValue()).toBe(from);
    expect(await overview.filters.indicator(other.page).inputValue()).toBe('PRV-05');
    await screenshot(other.page, 'overview-filters copied link opened by another browser (km)');
  } finally {
    await other.close();
  }
  expect(other.problems).toEqual([]);
});
