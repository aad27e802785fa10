import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { downloadOf } from './support/download';
import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';
import { overview } from './support/views/overview';
import { shell } from './support/views/shell';
import { signInPage } from './support/views/sign-in';

/**
 * axe-core finds no serious or critical violation on the sign-in page and the overview, in
 * English and in Khmer (issue 10, 7), with the map's table open as a reader may have it; and the
 * overview works by keyboard alone, with the focus visible.
 */

for (const lang of ['en', 'km']) {
  test(`the sign-in page in ${lang} has no serious or critical accessibility violation`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await signInPage.shown(page);
    expect(await shell.htmlLang(page)).toBe(lang);
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`the overview in ${lang} has no serious or critical accessibility violation`, async ({ page }) => {
    await signIn(page, 'country-office', 'LA', { lang });
    await overview.ready(page);
    expect(await axeViolations(page)).toEqual([]);
    await overview.readMapTable(page); // opens "Show the numbers"
    expect(await axeViolations(page)).toEqual([]);
  });
}

/** What has the focus: its tag, type and accessible text, and whether the focus ring shows. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    return {
      tag: element.tagName.toLowerCase(),
      type: (element as HTMLInputElement).type ?? '',
      text: (element.textContent ?? '').trim().slice(0, 40),
      visible: element.matches(':focus-visible') && style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
      // The scroll box itself while the matrix holds nothing focusable; its first link since the
      // indicator names and country headers link to their views.
      inMatrix: element.closest('.matrix') !== null && (element.classList.contains('table-scroll') || element.tagName === 'A'),
      inFilters: element.closest('form.filters') !== null,
      isSwitcher: element.closest('header label.language') !== null,
      isShowNumbers: element.matches('details.chart-table > summary'),
    };
  });

/** Presses Tab until `where` holds for the focused element (at most `limit` times); returns it, or fails. */
async function tabTo(page: Page, where: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 60) {
  for (let n = 0; n < limit; n++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (where(now)) return now;
  }
  throw new Error('Tab never reached the element');
}

test('the overview works by keyboard: language, filters, the numbers, the matrix, with the focus visible', async ({ page }) => {
  await signIn(page, 'regional-lead');
  await overview.ready(page);
  await page.locator('body').focus();

  // The language switcher: reached by Tab, changed by the arrow keys as any select.
  const switcher = await tabTo(page, (f) => f.isSwitcher);
  expect(switcher.visible).toBe(true);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => shell.htmlLang(page)).toBe('km');
  await expect.poll(() => shell.query(page).get('lang')).toBe('km');
  // The focus stays where the reader was, so the next arrow key goes on choosing.
  expect((await focused(page)).isSwitcher).toBe(true);
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => shell.htmlLang(page)).toBe('en');

  // A country of the filters: Space unticks it, and the URL and the matrix follow.
  const checkbox = await tabTo(page, (f) => f.inFilters && f.type === 'checkbox');
  expect(checkbox.visible).toBe(true);
  await page.keyboard.press('Space');
  await expect.poll(() => shell.query(page).get('countries')).toBe('CN,LA,MM,TH,VN');
  await expect.poll(() => overview.cell(page, 'PRV-01', 'KH').count()).toBe(0);
  await page.keyboard.press('Space');
  await expect.poll(() => shell.query(page).get('countries')).toBeNull();

  // The pillar select: the arrow key chooses Prevention.
  const pillar = await tabTo(page, (f) => f.inFilters && f.tag === 'select');
  expect(pillar.visible).toBe(true);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => shell.query(page).get('pillar')).toBe('prevention');
  await expect.poll(() => overview.cell(page, 'PRT-01', 'KH').count()).toBe(0);

  // "Show the numbers": Enter opens the map's table, Space closes it.
  const summary = await tabTo(page, (f) => f.isShowNumbers);
  expect(summary.visible).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => overview.mapTable(page).isVisible()).toBe(true);
  await page.keyboard.press('Space');
  await expect.poll(() => overview.mapTable(page).isVisible()).toBe(false);

  // The matrix's CSV by Enter, then the matrix itself: its first link (or its scroll box) takes the focus.
  await tabTo(page, (f) => f.tag === 'button' && f.text === 'Download CSV');
  const file = await downloadOf(page, () => page.keyboard.press('Enter'));
  expect(file.name).toMatch(/^etip-overview-.*\.csv$/);
  const matrix = await tabTo(page, (f) => f.inMatrix);
  expect(matrix.visible).toBe(true);
});
