import type { Browser, Page } from 'playwright-core';
import { test as base, inject } from 'vitest';
import { launchChromium } from './chromium';
import { type PageProblem, watchProblems } from './page-problems';
import { screenshot } from './screenshots';

export interface E2eFixtures {
  /** One headless Chromium per test file, closed after the file. */
  browser: Browser;
  /** A fresh page (own context: cookies, storage, cache) on the run's local stack: `page.goto('/')`. */
  page: Page;
  /**
   * What the page reported: console errors, uncaught exceptions, CSP violations. The test fails
   * if any is left at its end; a test that provokes one on purpose checks it and removes it.
   */
  problems: PageProblem[];
}

/**
 * `test` with a browser page on the real local stack. After each test the page is saved as a
 * screenshot (`test-results/screenshots/<file> <test>.png`) and the test fails on any problem
 * the page reported.
 */
export const test = base.extend<E2eFixtures>({
  browser: [
    // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const browser = await launchChromium();
      await use(browser);
      await browser.close();
    },
    { scope: 'file' },
  ],
  problems: async ({ page }, use) => {
    await use(problemsOf.get(page)!);
  },
  page: async ({ browser, task }, use) => {
    const context = await browser.newContext({ baseURL: inject('baseUrl') });
    const problems = await watchProblems(context);
    const page = await context.newPage();
    problemsOf.set(page, problems);
    try {
      await use(page);
      // What the page still loads (an icon, a late chunk) may yet fail: let it, within reason.
      await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
      const file = task.file.name.replace(/^.*\//, '').replace(/\.test\.ts$/, '');
      await screenshot(page, `${file} ${task.name}`);
    } finally {
      await context.close();
    }
    if (problems.length) throw new Error(`the page reported ${problems.length} problem(s):\n${problems.map((p) => `  ${p.kind}: ${p.text}`).join('\n')}`);
  },
});

/**
 * Another page in a context of its own (no session, no storage: another person's browser, or
 * the same person after closing everything), for a test that opens a copied link. The caller
 * closes it, then checks `problems` is empty.
 */
export async function freshPage(browser: Browser): Promise<{ page: Page; problems: PageProblem[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL: inject('baseUrl') });
  const problems = await watchProblems(context);
  return { page: await context.newPage(), problems, close: () => context.close() };
}

/** The problems collected for each page, for the `problems` fixture. */
const problemsOf = new WeakMap<Page, PageProblem[]>();

export { expect } from 'vitest';
