import type { Page } from 'playwright-core';
import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';
import { charts } from './support/views/charts';
import { completeness } from './support/views/completeness';
import { countryView } from './support/views/country';
import { overview } from './support/views/overview';
import { signInPage } from './support/views/sign-in';
import { trends } from './support/views/trends';

/**
 * On a phone (375 px wide: country office staff use phones) no view scrolls sideways, in English
 * and in Khmer, whose long words have no spaces to break at; what is wider than the screen (the
 * matrix, a table) scrolls in its own box, and the matrix keeps its headers in view there.
 */

const PHONE = { width: 375, height: 800 };

const VIEWS: { name: string; open: (page: Page, lang: string) => Promise<void> }[] = [
  {
    name: 'sign-in page',
    open: async (page, lang) => {
      await page.goto(`/?lang=${lang}`);
      await signInPage.shown(page);
    },
  },
  {
    name: 'overview',
    open: async (page, lang) => {
      await signIn(page, 'regional-lead', undefined, { lang });
      await overview.ready(page);
    },
  },
  {
    name: 'trends',
    open: async (page, lang) => {
      await signIn(page, 'regional-lead', undefined, { lang, indicator: 'PRT-02', by: 'exploitation' }, trends.path);
      await charts.allDrawn(page);
    },
  },
  {
    name: 'completeness',
    open: async (page, lang) => {
      await signIn(page, 'regional-lead', undefined, { lang }, completeness.path);
      await charts.allDrawn(page);
    },
  },
  {
    name: 'country drill-down',
    open: async (page, lang) => {
      await signIn(page, 'country-office', 'KH', { lang }, countryView.path('KH'));
      await charts.allDrawn(page);
    },
  },
];

/** How wide the page is against the window: equal when nothing sticks out sideways. */
const pageWidth = (page: Page) => page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));

for (const lang of ['en', 'km']) {
  test.for(VIEWS)(`the $name in ${lang} fits a 375 px phone without scrolling sideways`, async (view, { page }) => {
    // Prepare
    await page.setViewportSize(PHONE);

    // Act
    await view.open(page, lang);

    // Assess
    const { scrollWidth, innerWidth } = await pageWidth(page);
    expect(innerWidth).toBe(PHONE.width);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  });
}

/** Where a cell of the matrix is drawn, and whether it is the element seen at its own middle (nothing scrolled over it). */
const seen = (page: Page, selector: string) =>
  page.locator(selector).evaluate((cell) => {
    const box = cell.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return { left: box.left, top: box.top, onTop: top !== null && cell.contains(top) };
  });

test('on a phone, the matrix keeps its country headers and indicator names in view while its own box scrolls', async ({ page }) => {
  // Prepare
  await page.setViewportSize(PHONE);
  await signIn(page, 'regional-lead', undefined, { lang: 'km' });
  await overview.ready(page);
  const scrollBox = page.locator('.matrix .table-scroll');
  await scrollBox.scrollIntoViewIfNeeded();
  const box = await scrollBox.evaluate((b) => {
    const r = b.getBoundingClientRect();
    return { left: r.left, top: r.top, scrollable: b.scrollWidth > b.clientWidth && b.scrollHeight > b.clientHeight };
  });
  expect(box.scrollable).toBe(true);

  // Act: to the region's column and the policy pillar's rows, as far as the box goes.
  await scrollBox.evaluate((b) => b.scrollTo(b.scrollWidth, b.scrollHeight));
  await page.waitForFunction(() => {
    const b = document.querySelector('.matrix .table-scroll')!;
    return b.scrollLeft > 0 && b.scrollTop > 0;
  });

  // Assess: the last column's header at the box's top, the last row's indicator name at its left, both drawn over the cells.
  const header = await seen(page, '.matrix-table thead th:last-child');
  const rowName = await seen(page, '.matrix-table tbody tr:last-child th[scope=row]');
  const corner = await seen(page, '.matrix-table thead th:first-child');
  expect(Math.abs(header.top - box.top)).toBeLessThanOrEqual(2);
  expect(Math.abs(rowName.left - box.left)).toBeLessThanOrEqual(2);
  expect(header.onTop && rowName.onTop && corner.onTop).toBe(true);
  expect(await pageWidth(page).then((w) => w.scrollWidth <= w.innerWidth)).toBe(true);
});
