import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';
import { charts } from './support/views/charts';
import { completeness } from './support/views/completeness';
import { countryView } from './support/views/country';
import { shell } from './support/views/shell';
import { trends } from './support/views/trends';

/**
 * axe-core finds no serious or critical violation on the trends, the drill-down and the
 * completeness view, in English and in Khmer (issue 10, 7), with a chart's numbers open as a
 * reader may have them: breakdown, "<10" and not-reported keys, the heat map's key and rates.
 */
const VIEWS: { name: string; open: (page: Page, lang: string) => Promise<void> }[] = [
  { name: 'trends', open: (page, lang) => signIn(page, 'viewer', undefined, { lang, indicator: 'PRT-01', by: 'sex' }, trends.path) },
  { name: 'country drill-down', open: (page, lang) => signIn(page, 'country-office', 'LA', { lang, pillar: 'protection', by: 'age' }, countryView.path('KH')) },
  { name: 'completeness', open: (page, lang) => signIn(page, 'regional-lead', undefined, { lang }, completeness.path) },
];

for (const lang of ['en', 'km']) {
  test.for(VIEWS)(`the $name in ${lang} has no serious or critical accessibility violation`, async (view, { page }) => {
    await view.open(page, lang);
    await charts.allDrawn(page);
    expect(await shell.htmlLang(page)).toBe(lang);
    await charts.showNumbers(charts.frames(page).first());
    expect(await axeViolations(page)).toEqual([]);
  });
}
