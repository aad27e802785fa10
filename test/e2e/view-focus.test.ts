import type { Page } from 'playwright-core';
import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';
import { overview } from './support/views/overview';

/**
 * Choosing a view from the menu by keyboard moves the focus to the new view's main heading, so a
 * screen reader reads where the reader now is and the next Tab goes into its content, not along
 * the menu. The heading is focusable from script only (tabindex -1).
 */

/** The focused element: its tag, text, tabindex and whether it is inside the menu. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? '').trim(),
      tabIndex: element.getAttribute('tabindex'),
      inMenu: element.closest('header nav') !== null,
      inMain: element.closest('main') !== null,
    };
  });

/** Presses Shift+Tab (back from the view's content) until the menu's link named `name` has the focus; fails after `limit` presses. */
async function tabBackToMenuLink(page: Page, name: string, limit = 20): Promise<void> {
  for (let n = 0; n < limit; n++) {
    await page.keyboard.press('Shift+Tab');
    const now = await focused(page);
    if (now.inMenu && now.text === name) return;
  }
  throw new Error(`Tab never reached the menu's "${name}"`);
}

test('choosing each view from the menu by keyboard puts the focus on its heading, and Tab goes on into the view', async ({ page }) => {
  await signIn(page, 'regional-lead');
  await overview.ready(page);
  await page.locator('main h1').focus();

  for (const [link, heading, path] of [
    ['Indicator trends', 'Indicator trends', '/trends'],
    ['Completeness and timeliness', 'Completeness and timeliness', '/completeness'],
    ['Country drill-down', 'Country:', '/country'],
    ['Regional overview', 'Regional overview', '/'],
  ] as const) {
    // Act
    await tabBackToMenuLink(page, link);
    await page.keyboard.press('Enter');

    // Assess
    await expect.poll(() => new URL(page.url()).pathname.startsWith(path)).toBe(true);
    await expect.poll(() => focused(page).then((f) => f.tag)).toBe('h1');
    const now = await focused(page);
    expect(now.text.startsWith(heading)).toBe(true);
    expect(now.tabIndex).toBe('-1');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ inMenu: false, inMain: true });
  }
});

test('a filter that changes the address keeps the focus where it is', async ({ page }) => {
  await signIn(page, 'regional-lead');
  await overview.ready(page);
  await overview.filters.pillar(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => new URL(page.url()).searchParams.get('pillar')).toBe('prevention');
  expect(await focused(page)).toMatchObject({ tag: 'select' });
});
