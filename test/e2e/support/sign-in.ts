import type { CountryCode, Role } from '@etip/core';
import type { Page } from 'playwright-core';

/**
 * Opens the dashboard signed in as `role` (of `country`, for a country office) by local mode's
 * sign-in link, `/?as=<role>&country=<CC>` (issue 10, 2): the dashboard gets a token from
 * `/dev/token` itself, as a developer's browser does. `search` adds the view's own parameters
 * (`lang`, `from`, …), which the link keeps once it has signed in.
 */
export async function signIn(page: Page, role: Role, country?: CountryCode, search: Record<string, string> = {}, path = '/'): Promise<void> {
  const query = new URLSearchParams({ ...search, as: role, ...(country ? { country } : {}) });
  await page.goto(`${path}?${query}`);
}
