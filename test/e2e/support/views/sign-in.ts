import type { Role } from '@etip/core/access';
import type { CountryCode } from '@etip/core/framework';
import type { Locator, Page } from 'playwright-core';

/** The local sign-in-as picker (dashboard/src/features/sign-in): what a person sees before signing in. */
export const signInPage = {
  form: (page: Page): Locator => page.locator('section.sign-in form'),
  heading: (page: Page): Locator => page.locator('#sign-in-title'),
  /** Waits until the picker is shown (the page has decided nobody is signed in). */
  async shown(page: Page): Promise<void> {
    await page.locator('section.sign-in form button[type=submit]').waitFor();
  },
  /** Signs in through the picker, as a person does: role, country for an office, the button. */
  async pick(page: Page, role: Role, country?: CountryCode): Promise<void> {
    const selects = page.locator('section.sign-in select');
    await selects.first().selectOption(role);
    if (country) await selects.nth(1).selectOption(country);
    await page.locator('section.sign-in button[type=submit]').click();
  },
};
