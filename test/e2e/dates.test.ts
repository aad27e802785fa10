import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, test } from './support/fixtures';
import { LANGUAGES } from './support/fonts';
import { signIn } from './support/sign-in';
import { charts } from './support/views/charts';
import { completeness } from './support/views/completeness';
import { overview } from './support/views/overview';
import { trends } from './support/views/trends';

/**
 * Dates in the reader's language in this very browser (issue 10, 4). Debian's Chromium has no
 * date data for Khmer, Lao or Burmese, and its Intl wrote their months in English ("Mar 2026" on a
 * Khmer page): the dashboard writes them with its catalogue's month names there. Thai years are
 * Gregorian everywhere, as in the address, never a mix with the Buddhist era.
 */

/** The language's catalogue's month names, read as data, `01` to `12`. */
const monthNames = async (code: string): Promise<Record<string, string>> =>
  JSON.parse(await readFile(new URL(`../../dashboard/src/locales/${code}.json`, import.meta.url), 'utf8')).date.month;

/** Whether this browser's Intl has the language's own month names: not English ones, and not a fallback locale. */
const intlNamesMonths = (page: Page, code: string) =>
  page.evaluate((code) => {
    const march = new Intl.DateTimeFormat(code, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 2, 1)));
    return Intl.DateTimeFormat.supportedLocalesOf(code).length > 0 && (code === 'en' || march !== 'March');
  }, code);

const ENGLISH_MONTH = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;

test.for(LANGUAGES.filter((l) => l.code !== 'en'))('dates in $code name the months in the language, never in English', async ({ code }, { page }) => {
  // Prepare
  await signIn(page, 'regional-lead', undefined, { lang: code });
  await overview.ready(page);
  const own = await intlNamesMonths(page, code);
  const names = Object.values(await monthNames(code));

  // Act: the overview's period, then the completeness view's deadlines (dates with a time) and heat map months.
  const range = (await overview.range(page).textContent()) ?? '';
  await page.goto(`${completeness.path}?lang=${code}`);
  await charts.allDrawn(page);
  const { deadlines } = await completeness.readRates(page);
  const [heatmap] = await charts.readDrawn(page);

  // Assess
  for (const text of [range, ...deadlines, ...heatmap!.texts]) expect(text).not.toMatch(ENGLISH_MONTH);
  // Where Intl lacks the language (Khmer, Lao, Burmese in Debian's Chromium) the catalogue's names are on the page.
  if (!own) {
    expect(names.some((name) => range.includes(name))).toBe(true);
    // The region's row has no deadline of its own.
    expect(deadlines.filter(Boolean).every((d) => names.some((name) => d.includes(name)))).toBe(true);
  }
});

test('this Chromium’s Intl names the months of English, Chinese, Thai and Vietnamese itself (Khmer, Lao and Burmese come from the catalogues)', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  const known = Object.fromEntries(await Promise.all(LANGUAGES.map(async (l) => [l.code, await intlNamesMonths(page, l.code)] as const)));
  // Should a newer Chromium bring them, the dashboard's own names still apply only where Intl lacks them.
  expect(known).toMatchObject({ en: true, zh: true, th: true, vi: true });
});

/** Every year written in `text` (four digits, Western or Thai), as numbers. */
const years = (text: string) =>
  [...text.matchAll(/[0-9๐-๙]{4}/g)].map((m) => Number([...m[0]].map((c) => ('๐' <= c && c <= '๙' ? c.charCodeAt(0) - 0x0e50 : c)).join('')));

test('Thai dates use Gregorian years on every view: the period, the trends’ months, the deadlines and the heat map', async ({ page }) => {
  // Prepare
  await signIn(page, 'regional-lead', undefined, { lang: 'th' });
  await overview.ready(page);
  const written: string[] = [(await overview.range(page).textContent()) ?? ''];

  // Act
  await page.goto(`${trends.path}?lang=th&indicator=PRV-01`);
  await charts.allDrawn(page);
  written.push((await trends.range(page).textContent()) ?? '', ...(await charts.readDrawn(page)).flatMap((c) => c.texts));
  await page.goto(`${completeness.path}?lang=th`);
  await charts.allDrawn(page);
  written.push(...(await completeness.readRates(page)).deadlines, ...(await charts.readDrawn(page)).flatMap((c) => c.texts));

  // Assess: this year or the last two (the demo data's 24 months and the next deadline), never 25xx.
  const now = new Date().getUTCFullYear();
  const found = written.flatMap(years);
  expect(found.length).toBeGreaterThan(10);
  for (const year of found) expect(year === now || year === now - 1 || year === now - 2 || year === now + 1, `year ${year}`).toBe(true);
});
