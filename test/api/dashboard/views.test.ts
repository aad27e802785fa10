import {
  COUNTRY_CODES,
  completenessResponseSchema,
  DIMENSION_KEYS,
  EXPORT_COLUMNS,
  INDICATOR_CODES,
  overviewResponseSchema,
  PILLARS,
  periodRange,
  seriesResponseSchema,
} from '@etip/core';
import { describe, expect, it } from 'vitest';
import { createTestApi } from '../../support/api';
import { get, getCsv, main, parseCsv, useMainTable, VIEWER } from './fixture';

/**
 * The dashboards' views (DESIGN.md 5.1) on the main table of ./fixture.ts: the overview, the series,
 * completeness and the CSV export, what each refuses, and how the OpenAPI document describes them.
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
        for (const entry of country.indicators) expect(Object.keys(entry)).toEqual(['indicator', 'actual', 'target', 'achievement']);
        expect(Object.keys(country.months)).toEqual(['approved', 'submitted', 'returned', 'draft', 'missing', 'notDue']);
      }
      expect(overview.regional.indicators.map((i: { indicator: string }) => i.indicator)).toEqual(INDICATOR_CODES);
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

    it('pro-rates sum targets to the months of the range, and measures achievement against them', async () => {
      // Act
      const tenMonths = await get('/v1/dashboard/overview?from=2026-01&to=2026-10&countries=LA');
      const wholeYear = await get('/v1/dashboard/overview?from=2026-01&to=2026-12&countries=LA');
      const acrossYears = await get('/v1/dashboard/overview?from=2025-07&to=2026-06&countries=LA');

      // Assess
      const entry = (response: { json: any }, code: string) => response.json.countries[0].indicators.find((i: { indicator: string }) => i.indicator === code);
      expect(entry(tenMonths, 'PRV-01')).toEqual({ indicator: 'PRV-01', actual: 168, target: 500, achievement: 33.6 }); // 600 × 10/12
      expect(entry(tenMonths, 'ADV-02')).toEqual({ indicator: 'ADV-02', actual: 6, target: 10, achievement: 60 }); // 12 × 10/12
      expect(entry(tenMonths, 'PRV-02')).toEqual({ indicator: 'PRV-02', actual: 156, target: 200, achievement: 78 }); // latest: not pro-rated
      expect(entry(tenMonths, 'PRV-04')).toEqual({ indicator: 'PRV-04', actual: 16, target: 25, achievement: 64 });
      expect(entry(tenMonths, 'PRT-06')).toEqual({
        indicator: 'PRT-06',
        actual: { value: 41.2, numerator: 141, denominator: 342 },
        target: 50,
        achievement: 82.4,
      });
      expect(entry(tenMonths, 'PRV-05')).toEqual({ indicator: 'PRV-05', actual: 960, target: null, achievement: null });
      expect(entry(wholeYear, 'PRV-01')).toEqual({ indicator: 'PRV-01', actual: 168, target: 600, achievement: 28 });
      // July 2025 to June 2026: half of 2025's 1200 and half of 2026's 600; actual 8 × (1 + … + 6).
      expect(entry(acrossYears, 'PRV-01')).toEqual({ indicator: 'PRV-01', actual: 168, target: 900, achievement: 18.7 });
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
      // PRV-01 LA 168 + MM 480; MM has no target, so the region has none.
      expect(regional(laMm)['PRV-01']).toEqual({ indicator: 'PRV-01', actual: 648, target: null, achievement: null });
      // Latest: LA's June 16 + MM's March 33; LA's June 106 + 50 and MM's March 40 + 6.
      expect(regional(laMm)['PRV-04']).toMatchObject({ actual: 49 });
      expect(regional(laMm)['PRV-02']).toMatchObject({ actual: 202 });
      // PRT-06: (141 + 120) of (342 + 240).
      expect(regional(laMm)['PRT-06']).toEqual({
        indicator: 'PRT-06',
        actual: { value: 44.8, numerator: 261, denominator: 582 },
        target: null,
        achievement: null,
      });
      // One country: the region is that country, with its target; a ratio has no regional target.
      expect(regional(la)['PRV-01']).toEqual({ indicator: 'PRV-01', actual: 168, target: 500, achievement: 33.6 });
      expect(regional(la)['PRT-06']).toMatchObject({ target: null, achievement: null });
    });

    it('counts each pillar’s country × indicator achievements by threshold (90 %, 70 %) with their median', async () => {
      // Act
      const lead = await get('/v1/dashboard/overview?from=2026-01&to=2026-10');
      const viewer = await get('/v1/dashboard/overview?from=2026-01&to=2026-10', VIEWER);

      // Assess
      // Prevention: LA PRV-01 33.6, PRV-02 78, PRV-04 64; TH PRV-03 (5 + 160) of 100 = 165. Median (64 + 78) / 2.
      // Protection: LA PRT-06 82.4; TH PRT-05 (15 + 40) of 100 = 55. Advocacy: LA ADV-02 60.
      expect(lead.json.pillars).toEqual([
        { pillar: 'prevention', onTrack: 1, atRisk: 1, offTrack: 2, notAssessed: 26, median: 71 },
        { pillar: 'protection', onTrack: 0, atRisk: 1, offTrack: 1, notAssessed: 34, median: 68.7 },
        { pillar: 'advocacy', onTrack: 0, atRisk: 0, offTrack: 1, notAssessed: 23, median: 60 },
      ]);
      // TH's PRV-03 holds March's 5 survivors: withheld from a viewer, so not assessed, never guessed.
      expect(viewer.json.pillars[0]).toEqual({ pillar: 'prevention', onTrack: 0, atRisk: 1, offTrack: 2, notAssessed: 27, median: 64 });
    });

    it('by default ends at the last month already due, so the target is pro-rated over the months of the actuals', async () => {
      // Prepare: the same table, read on 29 November 2026 (October fell due on 10 November, November is not due).
      const november = await createTestApi(main.table, { now: () => new Date('2026-11-29T06:00:00Z'), issuer: main.api.issuer });

      // Act
      const response = await november.request('GET', '/v1/dashboard/overview?countries=LA', { token: await november.tokenFor('regional-lead') });

      // Assess: 600 a year × 10/12.
      expect([response.json.from, response.json.to]).toEqual(['2026-01', '2026-10']);
      expect(response.json.countries[0].indicators[0]).toEqual({ indicator: 'PRV-01', actual: 168, target: 500, achievement: 33.6 });
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

  describe('series', () => {
    it('one point per month and country, null where nothing was published, no cells without `by`', async () => {
      // Act
      const response = await get('/v1/dashboard/series?indicator=PRV-01&countries=LA,MM,CN&from=2026-01&to=2026-12');

      // Assess
      expect(response.status, response.text).toBe(200);
      const months = periodRange('2026-01', '2026-12');
      expect(response.json).toEqual({
        indicator: 'PRV-01',
        from: '2026-01',
        to: '2026-12',
        by: null,
        series: [
          // May shows its approved 40, not the draft's 999s.
          { country: 'CN', points: months.map((period) => ({ period, value: null })) },
          { country: 'LA', points: months.map((period, n) => ({ period, value: n < 6 ? 8 * (n + 1) : null })) },
          { country: 'MM', points: months.map((period, n) => ({ period, value: n < 3 ? 160 : null })) },
        ],
        // LA's 8, 16, … plus MM's 160 in the first quarter; CN adds nothing.
        regional: { points: months.map((period, n) => ({ period, value: n < 6 ? 8 * (n + 1) + (n < 3 ? 160 : 0) : null })) },
      });
      expect(response.json.series.flatMap((s: { points: object[] }) => s.points).some((p: object) => 'cells' in p)).toBe(false);
      expect(seriesResponseSchema.safeParse(response.json).error).toBeUndefined();
    });

    it('splits each month by sex, age or exploitation; an unpublished month has every split null', async () => {
      // Act
      const bySex = await get('/v1/dashboard/series?indicator=PRV-01&countries=LA&from=2026-03&to=2026-03&by=sex');
      const byAge = await get('/v1/dashboard/series?indicator=PRV-01&countries=LA&from=2026-06&to=2026-07&by=age');
      const byExploitation = await get('/v1/dashboard/series?indicator=PRT-01&countries=LA&from=2026-01&to=2026-01&by=exploitation');
      const ratio = await get('/v1/dashboard/series?indicator=PRT-06&countries=LA&from=2026-01&to=2026-01&by=sex');

      // Assess
      expect(bySex.json.by).toBe('sex');
      expect(bySex.json.series[0].points).toEqual([{ period: '2026-03', value: 24, cells: { female: 12, male: 12 } }]);
      expect(byAge.json.series[0].points).toEqual([
        { period: '2026-06', value: 48, cells: { '0-8': 12, '9-17': 12, '18-29': 12, '30+': 12 } },
        { period: '2026-07', value: null, cells: { '0-8': null, '9-17': null, '18-29': null, '30+': null } },
      ]);
      expect(byExploitation.json.series[0].points).toEqual([
        { period: '2026-01', value: 640, cells: { sexual: 160, labour: 160, 'forced-marriage': 160, other: 160 } },
      ]);
      expect(ratio.json.series[0].points).toEqual([
        {
          period: '2026-01',
          value: { value: 40.4, numerator: 21, denominator: 52 },
          cells: { female: { value: 50, numerator: 11, denominator: 22 }, male: { value: 33.3, numerator: 10, denominator: 30 } },
        },
      ]);
      for (const response of [bySex, byAge, byExploitation, ratio]) expect(seriesResponseSchema.safeParse(response.json).error).toBeUndefined();
    });

    it('400 for `by` on an indicator without that dimension, or an unknown dimension', async () => {
      // Act
      const responses = await Promise.all([
        get('/v1/dashboard/series?indicator=PRV-02&by=age'),
        get('/v1/dashboard/series?indicator=PRV-04&by=sex'),
        get('/v1/dashboard/series?indicator=PRV-01&by=exploitation'),
        get('/v1/dashboard/series?indicator=PRV-01&by=colour'),
      ]);

      // Assess
      for (const response of responses) {
        expect(response.status, response.text).toBe(400);
        expect(response.headers.get('content-type')).toBe('application/problem+json');
        expect(response.json.errors.map((e: { path: string }) => e.path)).toEqual(['query/by']);
      }
      expect(responses[0]!.json.errors[0].message).toContain('sex');
    });

    it('400 for a missing or unknown indicator', async () => {
      // Act
      const missing = await get('/v1/dashboard/series?countries=LA');
      const unknown = await get('/v1/dashboard/series?indicator=PRV-99');
      const empty = await get('/v1/dashboard/series?indicator=');

      // Assess
      for (const response of [missing, unknown, empty]) {
        expect(response.status, response.text).toBe(400);
        expect(response.json.type).toBe('/problems/invalid-request');
        expect(response.json.errors.map((e: { path: string }) => e.path)).toEqual(['query/indicator']);
      }
    });

    it('400 naming every offending query parameter at once, a missing indicator among them', async () => {
      // Act
      const response = await get('/v1/dashboard/series?colour=red&countries=LA,XX&from=2026-13');

      // Assess
      expect(response.status).toBe(400);
      expect(response.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(['query/colour', 'query/countries', 'query/from', 'query/indicator']);
    });
  });

  describe('every view refuses what it does not know', () => {
    it.each([
      ['/v1/dashboard/overview?from=2026-01&indicator=PRV-01&page=2', ['query/indicator', 'query/page']],
      ['/v1/dashboard/series?indicator=PRV-01&colour=red&country=LA', ['query/colour', 'query/country']],
      ['/v1/dashboard/completeness?country=LA&by=sex', ['query/by', 'query/country']],
      ['/v1/export.csv?format=xlsx&from=2014-12', ['query/format', 'query/from']],
      ['/v1/dashboard/overview?from=2026-06&to=2026-01', ['query/from']],
      ['/v1/dashboard/overview?from=2015-01&to=2026-12', ['query/from']],
    ])('%s → 400 naming %j', async (path, paths) => {
      // Act
      const response = await get(path);

      // Assess
      expect(response.status, response.text).toBe(400);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(paths);
    });
  });

  describe('a parameter a view does not take', () => {
    it('is named once, as unknown, whatever its value', async () => {
      // Act
      const responses = await Promise.all([get('/v1/dashboard/overview?indicator=PRV-99'), get('/v1/dashboard/completeness?by=colour')]);

      // Assess
      for (const response of responses) {
        expect(response.status).toBe(400);
        expect(response.json.errors).toEqual([
          {
            path: expect.stringMatching(/^query\/(indicator|by)$/),
            code: 'unknown-parameter',
            params: { allowed: ['from', 'to', 'countries'] },
            message: 'unknown parameter; expected from, to, countries',
          },
        ]);
      }
    });
  });

  describe('completeness', () => {
    it('shows each month as missing, draft, submitted, returned or approved, stamped on time or late, with each country’s rates', async () => {
      // Act
      const response = await get('/v1/dashboard/completeness?from=2026-01&to=2026-06&countries=VN,CN,KH,LA');

      // Assess
      expect(response.status, response.text).toBe(200);
      const months = (...states: [string, string | null][]) => states.map(([status, timeliness], n) => ({ period: `2026-0${n + 1}`, status, timeliness }));
      const missing: [string, null] = ['missing', null];
      const approved: [string, string] = ['approved', 'on-time'];
      const rates = (reported: number, onTime: number, completeness: number, timeliness: number | null) => ({
        due: 6,
        reported,
        onTime,
        late: reported - onTime,
        missing: 6 - reported,
        completeness,
        timeliness,
      });
      expect(response.json).toEqual({
        from: '2026-01',
        to: '2026-06',
        rows: [
          { country: 'KH', months: months(missing, missing, missing, missing, missing, ['submitted', 'late']), summary: rates(1, 0, 16.7, 0) },
          // CN's February draft was never submitted: past its deadline it is missing from the rates.
          { country: 'CN', months: months(missing, ['draft', null], missing, missing, missing, missing), summary: rates(0, 0, 0, null) },
          // May was approved, then reopened: a draft again, its first submission's stamp kept, still reported.
          { country: 'LA', months: months(approved, approved, approved, approved, ['draft', 'on-time'], approved), summary: rates(6, 6, 100, 100) },
          {
            country: 'VN',
            months: months(['submitted', 'on-time'], ['submitted', 'late'], ['returned', 'on-time'], ['approved', 'late'], ['draft', null], missing),
            summary: rates(4, 2, 66.7, 50),
          },
        ],
      });
      expect(completenessResponseSchema.safeParse(response.json).error).toBeUndefined();
    });

    it('covers the last twelve months up to the current one by default, the current one not due, with its deadline in each zone', async () => {
      // Act
      const response = await get('/v1/dashboard/completeness');

      // Assess: on 20 January 2027 December fell due on the 10th; January is due by 10 February.
      expect([response.json.from, response.json.to]).toEqual(['2026-02', '2027-01']);
      expect(response.json.rows).toHaveLength(6);
      const [december, january] = ['2026-12', '2027-01'].map((period) =>
        Object.fromEntries(
          response.json.rows.map((r: { country: string; months: { period: string }[] }) => [r.country, r.months.find((m) => m.period === period)]),
        ),
      );
      for (const month of Object.values(december!)) expect(month).toEqual({ period: '2026-12', status: 'missing', timeliness: null });
      const notDue = (dueAt: string) => ({ period: '2027-01', status: 'not-due', timeliness: null, dueAt, due: '2027-02-10' });
      expect(january).toEqual({
        KH: notDue('2027-02-10T17:00:00.000Z'),
        CN: notDue('2027-02-10T16:00:00.000Z'),
        LA: notDue('2027-02-10T17:00:00.000Z'),
        MM: notDue('2027-02-10T17:30:00.000Z'),
        TH: notDue('2027-02-10T17:00:00.000Z'),
        VN: notDue('2027-02-10T17:00:00.000Z'),
      });
      // February to December are due (eleven months); LA reported five of them, all on time. January is never missing.
      expect(response.json.rows.find((r: { country: string }) => r.country === 'LA').summary).toEqual({
        due: 11,
        reported: 5,
        onTime: 5,
        late: 0,
        missing: 6,
        completeness: 45.5,
        timeliness: 100,
      });
    });
  });

  describe('export.csv', () => {
    it('is text/csv: a header row, then one row per cell of every published month', async () => {
      // Act
      const response = await getCsv('/v1/export.csv?from=2026-01&to=2026-12&countries=LA');

      // Assess
      expect(response.status, response.text).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+\.csv"$/);
      const { header, rows } = parseCsv(response.text);
      expect(header).toEqual([...EXPORT_COLUMNS]);
      expect(rows).toHaveLength(6 * 99); // six published months × every cell; the rest of the year has none
      expect(new Set(rows.map((r) => r.period))).toEqual(new Set(periodRange('2026-01', '2026-06')));
      expect(rows.find((r) => r.period === '2026-01' && r.indicator === 'PRV-01' && r.sex === 'male' && r.age === '30+')).toMatchObject({
        country: 'LA',
        pillar: 'prevention',
        exploitation: '',
        value: '1',
        numerator: '',
        denominator: '',
        suppressed: 'false',
      });
      expect(rows.find((r) => r.period === '2026-01' && r.indicator === 'PRT-06' && r.sex === 'female')).toMatchObject({
        value: '50',
        numerator: '11',
        denominator: '22',
      });
      // The reopened May shows its approved values, never the draft's 999s.
      expect(rows.filter((r) => r.period === '2026-05' && r.indicator === 'PRV-01').map((r) => r.value)).toEqual(Array(8).fill('5'));
      expect(rows.some((r) => r.value === '999')).toBe(false);
    });

    it('takes the same filters as the views: countries, one indicator, a range', async () => {
      // Act
      const response = await getCsv('/v1/export.csv?from=2026-03&to=2026-04&countries=TH,VN&indicator=PRT-05');

      // Assess
      const { rows } = parseCsv(response.text);
      expect(rows.map((r) => [r.country, r.period, r.sex, r.value])).toEqual([
        ['TH', '2026-03', 'female', '3'],
        ['TH', '2026-03', 'male', '12'],
        ['TH', '2026-04', 'female', '20'],
        ['TH', '2026-04', 'male', '20'],
        ['VN', '2026-03', 'female', '20'],
        ['VN', '2026-03', 'male', '20'],
        ['VN', '2026-04', 'female', '20'],
        ['VN', '2026-04', 'male', '20'],
      ]);
    });
  });

  it('the OpenAPI document describes the dashboard routes, their filters, schemas and X-Consumed-RCU', async () => {
    // Act
    const response = await main.api.request('GET', '/v1/openapi.json');

    // Assess
    const document = response.json;
    const expected: Record<string, string[]> = {
      '/v1/dashboard/overview': ['from', 'to', 'countries'],
      '/v1/dashboard/series': ['indicator', 'countries', 'from', 'to', 'by'],
      '/v1/dashboard/completeness': ['from', 'to', 'countries'],
      '/v1/export.csv': ['from', 'to', 'countries', 'indicator'],
    };
    for (const [path, query] of Object.entries(expected)) {
      const operation = document.paths[path]?.get;
      expect(operation, path).toBeDefined();
      const parameters = operation.parameters as { name: string; in: string; required: boolean; schema: { enum?: string[] } }[];
      expect(parameters.map((p) => p.name).sort(), path).toEqual([...query].sort());
      expect(parameters.every((p) => p.in === 'query')).toBe(true);
      expect(
        parameters.filter((p) => p.required).map((p) => p.name),
        path,
      ).toEqual(path === '/v1/dashboard/series' ? ['indicator'] : []);
      const ok = operation.responses['200'];
      expect(Object.keys(ok.headers), path).toEqual(['X-Consumed-RCU']);
      expect(Object.keys(operation.responses).sort(), path).toEqual(['200', '400', '401', '405']);
      if (path === '/v1/export.csv') {
        expect(Object.keys(ok.content)).toEqual(['text/csv']);
      } else {
        const schema = ok.content['application/json'].schema.$ref.replace('#/components/schemas/', '');
        expect(document.components.schemas[schema], path).toMatchObject({ type: 'object' });
      }
    }
    const by = document.paths['/v1/dashboard/series'].get.parameters.find((p: { name: string }) => p.name === 'by');
    expect(by.schema.enum).toEqual(DIMENSION_KEYS);
    expect(document.components.schemas.DashboardOverview.required).toEqual(['from', 'to', 'countries', 'regional', 'pillars', 'awaitingApproval']);
    expect(document.components.schemas.DashboardCompleteness.properties.rows.items.properties.months.items.properties.status.enum).toContain('not-due');
  });
});
