import type { Role } from '@etip/core/access';
import type { CountryCode } from '@etip/core/framework';
import { englishFigure } from './support/figures';
import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';
import { expectedMatrix, overview, overviewFromApi } from './support/views/overview';
import { shell } from './support/views/shell';

/**
 * Each role signs in by the local link and its overview shows what the real API answers that
 * role (issue 10, 7): every actual of the matrix, the pillar counts and the months awaiting
 * approval, compared with `GET /v1/dashboard/overview` fetched apart with the role's own token.
 */
const READERS: { label: string; role: Role; country?: CountryCode; who: string }[] = [
  { label: 'a regional lead', role: 'regional-lead', who: 'Signed in as Regional lead' },
  { label: 'the Lao PDR country office', role: 'country-office', country: 'LA', who: 'Signed in as Country office, Lao PDR' },
  { label: 'a viewer', role: 'viewer', who: 'Signed in as Viewer (partner or donor)' },
  { label: 'an admin', role: 'admin', who: 'Signed in as Administrator' },
];

test.for(READERS)('$label signs in and the overview shows the API’s figures for that role', async (reader, { page }) => {
  await signIn(page, reader.role, reader.country);
  await overview.ready(page);
  const api = await overviewFromApi(reader);

  await expect.poll(() => shell.who(page).textContent()).toContain(reader.who);
  expect(shell.query(page).has('as')).toBe(false); // the sign-in link did its job and left the address
  expect(await overview.readMatrix(page)).toEqual(expectedMatrix(api));
  expect(await overview.readPillars(page)).toEqual(
    api.pillars.map((p) => ({ title: expect.any(String), counts: [p.onTrack, p.atRisk, p.offTrack, p.notAssessed].map(String) })),
  );
  expect(await overview.range(page).textContent()).toContain(`Months awaiting approval: ${api.awaitingApproval}`);
  expect(await overview.mapInk(page)).toBeGreaterThan(0.05);
});

test('a country office sees its own survivor counts and other countries’ as the API protects them', async ({ page }) => {
  await signIn(page, 'country-office', 'LA');
  await overview.numbersShown(page);
  const [own, lead] = await Promise.all([overviewFromApi({ role: 'country-office', country: 'LA' }), overviewFromApi({ role: 'regional-lead' })]);
  const la = (response: typeof own) => response.countries.find((c) => c.country === 'LA')!.indicators;
  // Its own country's data as they are (DESIGN.md 5.4): the same as a lead reads them.
  expect(la(own)).toEqual(la(lead));
  const shown = await overview.readMatrix(page);
  for (const figure of la(lead)) expect(shown[figure.indicator]!.LA).toBe(englishFigure(figure.actual, figure.indicator));
  await expect.poll(() => page.locator('.matrix-table thead th.own').textContent()).toBe('Lao PDR');
});

test('each pillar card draws its counts’ bars in their status colours, as the map’s key (found in the tryout: all black)', async ({ page }) => {
  await signIn(page, 'regional-lead');
  await overview.numbersShown(page);
  const bars = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.pillar-card')].map((card) =>
      [...card.querySelectorAll<HTMLElement>('.count')].map((count) => getComputedStyle(count).borderTopColor),
    ),
  );
  expect(bars.length).toBeGreaterThan(0);
  // on track, at risk, off track, not assessed: the colours of app.css, also the map's.
  for (const card of bars) expect(card).toEqual(['rgb(27, 122, 61)', 'rgb(224, 165, 38)', 'rgb(179, 38, 30)', 'rgb(154, 160, 166)']);
});
