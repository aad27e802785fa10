import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { declaredFamilies, fontState, LANGUAGES, textOutsideNoto } from './support/fonts';
import { signIn } from './support/sign-in';
import { overview } from './support/views/overview';
import { shell } from './support/views/shell';

/**
 * Every language renders in its Noto font (issue 10, 4 and 7): `<html lang>` follows, the face of
 * its script is declared and loaded (`document.fonts`), only that script's fonts are fetched, and
 * Chromium drew the page's text with Noto faces alone: no system fallback, no empty boxes.
 */

/** The language's catalogue, read as data: the page's title must be its own. */
const catalogue = async (code: string): Promise<{ overview: { title: string } }> =>
  JSON.parse(await readFile(new URL(`../../dashboard/src/locales/${code}.json`, import.meta.url), 'utf8'));

test.for(LANGUAGES)('the overview in $code renders in $family, with <html lang> and no fallback glyphs', async (language, { page }) => {
  await signIn(page, 'regional-lead', undefined, { lang: language.code });
  await overview.ready(page);

  expect(await shell.htmlLang(page)).toBe(language.code);
  expect(await overview.heading(page).textContent()).toBe((await catalogue(language.code)).overview.title);
  // The script's face in both weights, declared by its stylesheet and loaded for this page's text.
  for (const state of await fontState(page, language.family, language.sample))
    expect(state, `${language.family} ${state.weight}`).toEqual({ weight: state.weight, declared: true, loaded: true, check: true });
  // Only the active script's fonts: a Lao reader never downloads Chinese.
  expect(await declaredFamilies(page)).toEqual([...new Set(['Noto Sans', language.family])].sort());
  expect(await textOutsideNoto(page)).toEqual([]);
  expect(await overview.mapInk(page)).toBeGreaterThan(0.05);
});

test('switching the language puts it in the URL and <html lang>, loads its font, and is remembered', async ({ page }) => {
  await signIn(page, 'viewer');
  await overview.ready(page);
  expect(await shell.htmlLang(page)).toBe('en');
  const english = await overview.readMatrix(page);

  await shell.languageSwitcher(page).selectOption('my');
  await expect.poll(() => shell.htmlLang(page)).toBe('my');
  await expect.poll(() => shell.query(page).get('lang')).toBe('my');
  await expect.poll(async () => (await overview.heading(page).textContent()) === (await catalogue('my')).overview.title).toBe(true);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  for (const state of await fontState(page, 'Noto Sans Myanmar', 'မြန်မာ')) expect(state.loaded && state.check).toBe(true);
  expect(await textOutsideNoto(page)).toEqual([]);
  // The same figures, in the reader's numbering: Burmese digits where Intl writes them.
  expect(Object.keys(await overview.readMatrix(page))).toEqual(Object.keys(english));

  // Remembered in this browser: the address without `lang` opens in Burmese.
  await page.goto('/');
  await overview.numbersShown(page);
  expect(await shell.htmlLang(page)).toBe('my');
  expect(await shell.languageSwitcher(page).inputValue()).toBe('my');

  // A link that names another language is remembered too (found in the tryout: it was not).
  await page.goto('/completeness?lang=km');
  await expect.poll(() => shell.htmlLang(page)).toBe('km');
  await page.goto('/trends');
  await expect.poll(() => shell.htmlLang(page)).toBe('km');
});
