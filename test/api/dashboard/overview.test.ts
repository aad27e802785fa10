import { COUNTRY_CODES, INDICATOR_CODES, overviewResponseSchema, PILLARS } from '@etip/core';
import { describe, expect, it } from 'vitest';
import { createTestApi } from '../../support/api';
import { get, main, useMainTable, VIEWER } from './fixture';

/**
 * The overview (DESIGN.md 5.1) on the main table of ./fixture.ts: shape, range, targets, regional values,
 * month statuses and pillar counts.
 */
useMainTable();

describe('dashboard read API on DynamoDB Local, fed by the real stream aggregator', () => {
  describe('overview', () => {
    it('has the DESIGN.md 5.1 shape: every country and indicator with its months, regional values, pillar summaries, months awaiting approval', async () => {
      // Act
      const response = await get('/v1/dashboard/overview?from=2026-01&to=2026-12');

      // Assess
      expect(response.status, response.text).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const overview = response.json;
      expect(Object.keys(overview)).toEqual(['from', 'to', 'countries', 'regional', 'pillars', 'awaitingApproval']);
      expect([overview.from, overview.to]).toEqual(['2026-01', '2026-12']);
      expect(overview.countries.map((c: { country: string }) => c.country)).toEqual(COUNTRY_CODES);
      for (const country of overview.countries) {
        expect(Object.keys(country)).toEqual(['country', 'indicators', 'months']);
        expect(country.indicators.map((i: { indicator: string }) => i.indicator)).toEqual(INDICATOR_CODES);
        for (const entry of country.indicators) expect(Object.keys(entry)).toEqual(['indicator', 'actual', 'target', 'achievement', 'months']);
        expect(Object.keys(country.months)).toEqual(['approved', 'submitted', 'returned', 'draft', 'missing', 'notDue']);
      }
      expect(overview.regional.indicators.map((i: { indicator: string }) => i.indicator)).toEqual(INDICATOR_CODES);
      for (const entry of overview.regional.indicators)
        expect(Object.keys(entry)).toEqual(['indicator', 'actual', 'target', 'achievement', 'months', 'countries']);
      expect(overview.pillars.map((p: { pillar: string }) => p.pillar)).toEqual(PILLARS.map((p) => p.code));
      for (const pillar of overview.pillars) expect(Object.keys(pillar)).toEqual(['pillar', 'onTrack', 'atRisk', 'offTrack', 'notAssessed', 'median']);
      expect(overviewResponseSchema.safeParse(overview).error).toBeUndefined();
    });

    it('adds up sum indicators, takes the last reported month of latest ones, and Σnumerator/Σdenominator for PRT-06', async () => {
      // Act
      const response = await get('/v1/dashboard/overview?from=2026-01&to=2026-10&countries=LA,MM');

      // Assess
      const [la, mm] = response.json.countries;
      const actual = (country: { indicators: { indicator: string; actual: unknown }[] }) =>
        Object.fromEntries(country.indicators.map((i) => [i.indicator, i.actual]));
      expect(response.json.countries.map((c: { country: string }) => c.country)).toEqual(['LA', 'MM']);
      expect(actual(la)).toEqual({
        'PRV-01': 168, // 8 × (1 + … + 6)
        'PRV-02': 156, // June: 106 + 50
        'PRV-03': 960, // 8 cells × 20 × 6 months
        'PRV-04': 16, // June: 10 + 6
        'PRV-05': 960,
        'PRT-01': 3840, // 32 cells × 20 × 6
        'PRT-02': 960,
        'PRT-03': 960,
        'PRT-04': 960,
        'PRT-05': 240,
        'PRT-06': { value: 41.2, numerator: 141, denominator: 342 }, // (81 + 60) / (162 + 180)
        'ADV-01': 240,
        'ADV-02': 6,
        'ADV-03': 120,
        'ADV-04': 960,
      });
      // MM published January to March only (May is a draft): its latest figures are March's.
      expect(actual(mm)).toMatchObject({ 'PRV-01': 480, 'PRV-02': 46, 'PRV-04': 33, 'PRT-06': { value: 50, numerator: 120, denominator: 240 } });
    });

    it('pro-rates sum targets to the months reported, and measures achievement against them', async () => {
      // Act
      const tenMonths = await get('/v1/dashboard/overview?from=2026-01&to=2026-10&countries=LA');
      const wholeYear = await get('/v1/dashboard/overview?from=2026-01&to=2026-12&countries=LA');
      const acrossYears = await get('/v1/dashboard/overview?from=2025-07&to=2026-06&countries=LA');

      // Assess: LA reported January to June, so six months' target counts however long the range.
      const entry = (response: { json: any }, code: string) => response.json.countries[0].indicators.find((i: { indicator: string }) => i.indicator === code);
      const ten = { reported: 6, of: 10, notDue: 0 };
      expect(entry(tenMonths, 'PRV-01')).toEqual({ indicator: 'PRV-01', actual: 168, target: 300, achievement: 56, months: ten }); // 600 × 6/12
      expect(entry(tenMonths, 'ADV-02')).toEqual({ indicator: 'ADV-02', actual: 6, target: 6, achievement: 100, months: ten }); // 12 × 6/12
      expect(entry(tenMonths, 'PRV-02')).toEqual({ indicator: 'PRV-02', actual: 156, target: 200, achievement: 78, months: ten }); // latest: not pro-rated
      expect(entry(tenMonths, 'PRV-04')).toEqual({ indicator: 'PRV-04', actual: 16, target: 25, achievement: 64, months: ten });
      expect(entry(tenMonths, 'PRT-06')).toEqual({
        indicator: 'PRT-06',
        actual: { value: 41.2, numerator: 141, denominator: 342 },
        target: 50,
        achievement: 82.4,
        months: ten,
      });
      expect(entry(tenMonths, 'PRV-05')).toEqual({ indicator: 'PRV-05', actual: 960, target: null, achievement: null, months: ten });
      expect(entry(wholeYear, 'PRV-01')).toEqual({
        indicator: 'PRV-01',
        actual: 168,
        target: 300,
        achievement: 56,
        months: { reported: 6, of: 12, notDue: 0 },
      });
      // July 2025 to June 2026: nothing reported in 2025, so none of 2025's 1200 counts; actual 8 × (1 + … + 6).
      expect(entry(acrossYears, 'PRV-01')).toEqual({
        indicator: 'PRV-01',
        actual: 168,
        target: 300,
        achievement: 56,
        months: { reported: 6, of: 12, notDue: 0 },
      });
    });

    it('counts the submitted months awaiting approval, in the range and countries asked', async () => {
      // Act
      const year = await get('/v1/dashboard/overview?from=2026-01&to=2026-12');
      const vietnam = await get('/v1/dashboard/overview?from=2026-01&to=2026-12&countries=VN');
      const fromMarch = await get('/v1/dashboard/overview?from=2026-03&to=2026-12');

      // Assess: VN January and February, KH June; VN's returned and approved months are not waiting.
      expect(year.json.awaitingApproval).toBe(3);
      expect(vietnam.json.awaitingApproval).toBe(2);
      expect(fromMarch.json.awaitingApproval).toBe(1);
    });

    it('says how each country’s months stand: approved, awaiting approval, returned, draft, missing', async () => {
      // Act
      const response = await get('/v1/dashboard/overview?from=2026-01&to=2026-12');

      // Assess: on 20 January 2027 every month of 2026 is due; LA's May is its reopened draft, the
      // drafts of CN, MM and VN were never submitted, so they count as missing, as completeness has them.
      const months = Object.fromEntries(response.json.countries.map((c: { country: string; months: object }) => [c.country, c.months]));
      expect(months).toEqual({
        KH: { approved: 0, submitted: 1, returned: 0, draft: 0, missing: 11, notDue: 0 },
        CN: { approved: 0, submitted: 0, returned: 0, draft: 0, missing: 12, notDue: 0 },
        LA: { approved: 5, submitted: 0, returned: 0, draft: 1, missing: 6, notDue: 0 },
        MM: { approved: 3, submitted: 0, returned: 0, draft: 0, missing: 9, notDue: 0 },
        TH: { approved: 2, submitted: 0, returned: 0, draft: 0, missing: 10, notDue: 0 },
        VN: { approved: 1, submitted: 2, returned: 1, draft: 0, missing: 8, notDue: 0 },
      });
    });

    it('adds the countries asked into regional values: sums, each country’s latest added up, Σnumerator/Σdenominator', async () => {
      // Act
      const laMm = await get('/v1/dashboard/overview?from=2026-01&to=2026-10&countries=LA,MM');
      const la = await get('/v1/dashboard/overview?from=2026-01&to=2026-10&countries=LA');

      // Assess
      const regional = (response: { json: any }) => Object.fromEntries(response.json.regional.indicators.map((i: { indicator: string }) => [i.indicator, i]));
      const laMmCoverage = { months: { reported: 9, of: 20, notDue: 0 }, countries: { reported: 2, of: 2, notDue: 0 } };
      // PRV-01 LA 168 + MM 480; MM reported and has no target, so the region has none.
      expect(regional(laMm)['PRV-01']).toEqual({ indicator: 'PRV-01', actual: 648, target: null, achievement: null, ...laMmCoverage });
      // Latest: LA's June 16 + MM's March 33; LA's June 106 + 50 and MM's March 40 + 6.
      expect(regional(laMm)['PRV-04']).toMatchObject({ actual: 49 });
      expect(regional(laMm)['PRV-02']).toMatchObject({ actual: 202 });
      // PRT-06: (141 + 120) of (342 + 240).
      expect(regional(laMm)['PRT-06']).toEqual({
        indicator: 'PRT-06',
        actual: { value: 44.8, numerator: 261, denominator: 582 },
        target: null,
        achievement: null,
        ...laMmCoverage,
      });
      // One country: the region is that country, with its target; a ratio has no regional target.
      const laCoverage = { months: { reported: 6, of: 10, notDue: 0 }, countries: { reported: 1, of: 1, notDue: 0 } };
      expect(regional(la)['PRV-01']).toEqual({ indicator: 'PRV-01', actual: 168, target: 300, achievement: 56, ...laCoverage });
      expect(regional(la)['PRT-06']).toMatchObject({ target: null, achievement: null });
    });

    it('leaves a country that has not reported out of the regional target, and says so: 1 of 2 countries', async () => {
      // Act: CN has only a draft, and no targets.
      const response = await get('/v1/dashboard/overview?from=2026-01&to=2026-10&countries=CN,LA');

      // Assess: LA's 168 against LA's 300, not against a target of both (none, CN having none) nor read as CN's 0.
      const prv01 = response.json.regional.indicators.find((i: { indicator: string }) => i.indicator === 'PRV-01');
      expect(prv01).toEqual({
        indicator: 'PRV-01',
        actual: 168,
        target: 300,
        achievement: 56,
        months: { reported: 6, of: 20, notDue: 0 },
        countries: { reported: 1, of: 2, notDue: 0 },
      });
      expect(response.json.countries[0].indicators[0]).toEqual({
        indicator: 'PRV-01',
        actual: null,
        target: null,
        achievement: null,
        months: { reported: 0, of: 10, notDue: 0 },
      });
    });

    it('counts each pillar’s country × indicator achievements by threshold (90 %, 70 %) with their median', async () => {
      // Act
      const lead = await get('/v1/dashboard/overview?from=2026-01&to=2026-10');
      const viewer = await get('/v1/dashboard/overview?from=2026-01&to=2026-10', VIEWER);

      // Assess
      // Targets of the months reported: LA's six, TH's two (March, April) of 120 a year, 20.
      // Prevention: LA PRV-01 56, PRV-02 78, PRV-04 64; TH PRV-03 (5 + 160) of 20 = 825. Median (64 + 78) / 2.
      // Protection: LA PRT-06 82.4; TH PRT-05 (15 + 40) of 20 = 275. Advocacy: LA ADV-02 6 of 6, 100.
      expect(lead.json.pillars).toEqual([
        { pillar: 'prevention', onTrack: 1, atRisk: 1, offTrack: 2, notAssessed: 26, median: 71 },
        { pillar: 'protection', onTrack: 1, atRisk: 1, offTrack: 0, notAssessed: 34, median: 178.7 },
        { pillar: 'advocacy', onTrack: 1, atRisk: 0, offTrack: 0, notAssessed: 23, median: 100 },
      ]);
      // TH's PRV-03 holds March's 5 survivors: withheld from a viewer, so not assessed, never guessed.
      expect(viewer.json.pillars[0]).toEqual({ pillar: 'prevention', onTrack: 0, atRisk: 1, offTrack: 2, notAssessed: 27, median: 64 });
    });

    it('by default shows the twelve months to the last month already due, the target pro-rated over the months reported', async () => {
      // Prepare: the same table, read on 29 November 2026 (October fell due on 10 November, November is not due).
      const november = await createTestApi(main.table, { now: () => new Date('2026-11-29T06:00:00Z'), issuer: main.api.issuer });

      // Act
      const response = await november.request('GET', '/v1/dashboard/overview?countries=LA', { token: await november.tokenFor('regional-lead') });

      // Assess: 600 a year × 6/12 for LA's six months; none of 2025's target, nothing having been reported then.
      expect([response.json.from, response.json.to]).toEqual(['2025-11', '2026-10']);
      expect(response.json.countries[0].indicators[0]).toEqual({
        indicator: 'PRV-01',
        actual: 168,
        target: 300,
        achievement: 56,
        months: { reported: 6, of: 12, notDue: 0 },
      });
    });

    it('never counts a draft: a re-edited approved report keeps its approved values, a never-submitted one counts as nothing', async () => {
      // Act
      const reedited = await get('/v1/dashboard/overview?from=2026-05&to=2026-05&countries=LA');
      const draftOnly = await get('/v1/dashboard/overview?from=2026-05&to=2026-05&countries=MM,CN');
      const mmYear = await get('/v1/dashboard/overview?from=2026-01&to=2026-12&countries=MM');
      const cnYear = await get('/v1/dashboard/overview?from=2026-01&to=2026-12&countries=CN');

      // Assess
      const actuals = (response: { json: any }, n = 0) =>
        Object.fromEntries(response.json.countries[n].indicators.map((i: { indicator: string; actual: unknown }) => [i.indicator, i.actual]));
      expect(actuals(reedited)).toMatchObject({ 'PRV-01': 40, 'PRV-04': 15, 'ADV-02': 1, 'PRT-06': { numerator: 25, denominator: 60 } });
      expect(Object.values(actuals(draftOnly, 0))).toEqual(INDICATOR_CODES.map(() => null));
      expect(Object.values(actuals(draftOnly, 1))).toEqual(INDICATOR_CODES.map(() => null));
      expect(actuals(mmYear)).toMatchObject({ 'PRV-04': 33, 'PRV-01': 480 });
      expect(Object.values(actuals(cnYear))).toEqual(INDICATOR_CODES.map(() => null));
    });
  });
});
