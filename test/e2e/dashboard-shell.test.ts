import { contentSecurityPolicy } from '@etip/infra/content-security-policy';
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

/**
 * The built dashboard in Debian's Chromium on the real local stack, under the site's production
 * Content-Security-Policy (issue 10, 5 and 7): it renders with no console error, no CSP violation
 * (the fixtures fail the test on any), and no serious or critical accessibility violation.
 */
test('opens / under the production CSP with no console error and no CSP violation', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy());
  await expect.poll(() => page.locator('#root').textContent()).toContain('ETIP Monitor');
});

test('the harness sees a CSP violation when the page commits one', async ({ page, problems }) => {
  await page.goto('/');
  // An inline script, which `script-src 'self'` refuses: what a dashboard must never need.
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('script'), { textContent: 'void 0' })));
  await expect
    .poll(() => problems.filter((p) => p.kind === 'csp-violation').map((p) => p.text))
    .toEqual([expect.stringMatching(/^script-src-elem refused inline/)]);
  // Provoked on purpose: nothing else may be left for the fixture to fail on.
  problems.splice(0, problems.length, ...problems.filter((p) => !/Content Security Policy|script-src/.test(p.text)));
});

test('has no serious or critical accessibility violation (axe-core)', async ({ page }) => {
  await page.goto('/');
  await expect.poll(() => page.locator('#root').textContent()).not.toBe('');
  expect(await axeViolations(page)).toEqual([]);
});
