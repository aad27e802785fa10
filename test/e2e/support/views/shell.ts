import type { Locator, Page } from 'playwright-core';

/**
 * The frame around every view (dashboard/src/app/layout.tsx): the language switcher, who is
 * signed in, sign-out. Views' own helpers sit beside this file, one per view.
 */
export const shell = {
  languageSwitcher: (page: Page): Locator => page.locator('header select').first(),
  who: (page: Page): Locator => page.locator('header .who'),
  signOut: (page: Page): Locator => page.locator('header .session button'),
  /** `<html lang>`, which screen readers and the font rules follow. */
  htmlLang: (page: Page): Promise<string> => page.evaluate(() => document.documentElement.lang),
  /** The page's own query parameters, without the origin. */
  query: (page: Page): URLSearchParams => new URL(page.url()).searchParams,
};
