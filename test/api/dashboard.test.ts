import { AsyncLocalStorage } from 'node:async_hooks';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { completenessSchema, overviewSchema, seriesSchema } from '@etip/api/openapi/schemas';
import { COUNTRY_CODES, DIMENSION_KEYS, EXPORT_COLUMNS, INDICATORS, INDICATOR_CODES, PILLARS, findIndicator, isSuppressed, periodRange, type Cell, type CountryCode, type Period, type Role, type StoredReport } from '@etip/core';
import { createStores, keys } from '@etip/db';
import type { StreamPoller } from '@etip/local/stream-poller';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { recompute, storedAggregates, storedReports } from '../support/aggregates';
import { startAggregator } from '../support/aggregator';
import { createTestApi } from '../support/api';
import { createTestTable, type TestTable } from '../support/database';
import { approvedReports, late, loadReports, onTime } from '../support/report-history';
import { reportValues } from '../support/report-values';
import { fullValues } from '../support/reports';

/**
 * The dashboards' read API (DESIGN.md 5.1, 5.4, 7) end to end: reports written through the API,
 * carried by the table's real stream to the real aggregator, read back through the API.
 */

// 20 January 2027: every month of 2026 is over and fell due in every country.
const NOW = new Date('2027-01-20T00:00:00Z');
const SUPPRESSED = { suppressed: true };
const SENSITIVE = new Set(INDICATORS.filter((i) => i.sensitive).map((i) => i.code));
const RCU = /^\d+(\.\d+)?$/;

type Api = Awaited<ReturnType<typeof createTestApi>>;
type Reader = { role: Role; country?: CountryCode };
const LEAD: Reader = { role: 'regional-lead' };
const ADMIN: Reader = { role: 'admin' };
const VIEWER: Reader = { role: 'viewer' };
const TH_OFFICE: Reader = { role: 'country-office', country: 'TH' };
const LA_OFFICE: Reader = { role: 'country-office', country: 'LA' };
const name = (r: Reader) => `${r.role}${r.country ? ` ${r.country}` : ''}`;

/*
 * The reports of the main table, chosen so every figure below can be added up by hand.
 * LA, 2026-01 … 2026-06, month m approved on time (May re-edited afterwards, never resubmitted):
 *   PRV-01 every cell m (8 cells: 8m a month); PRV-02 female 100 + m, male 50 (latest);
 *   PRV-04 10 + m (latest); PRT-06 female m + 10 of 2m + 20, male 10 of 30; ADV-02 1; else 20.
 * MM, 2026-01 … 2026-03 approved on time: PRV-04 30 + m; PRV-02 female 40, male 2m; else 20.
 *   2026-05 a draft, never submitted, of 999s.
 * TH, 2026-03 approved with small survivor counts (below); 2026-04 approved, every cell 20.
 * VN 2026-01 submitted on time, 02 submitted late, 03 returned, 04 approved late, 05 a draft.
 * KH 2026-06 submitted late. CN 2026-02 a draft; nothing else.
 */
const laValues = (m: number) =>
  reportValues({
    'PRV-01': m,
    'PRV-02': [100 + m, 50],
    'PRV-04': 10 + m,
    'PRT-06': [{ numerator: m + 10, denominator: 2 * m + 20 }, { numerator: 10, denominator: 30 }],
    'ADV-02': 1,
  });
const mmValues = (m: number) => reportValues({ 'PRV-04': 30 + m, 'PRV-02': [40, 2 * m] });
const everything999 = reportValues(Object.fromEntries(INDICATOR_CODES.map((code) => [code, code === 'PRT-06' ? { numerator: 999, denominator: 999 } : 999])));
/** TH March: PRV-03 totals 5 (female 4, male 1); PRT-05 female 3, male 12; PRT-04 all zero; PRT-02 all 20. */
const thMarch = reportValues({
  'PRV-01': [1, 2, 3, 4, 5, 6, 7, 8],
  'PRV-03': [1, 1, 1, 1, 1, 0, 0, 0],
  'PRT-01': Array.from({ length: 32 }, (_, n) => [0, 1, 4, 12, 25][n % 5]!),
  'PRT-04': 0,
  'PRT-05': [3, 12],
  'PRT-06': [{ numerator: 4, denominator: 15 }, { numerator: 12, denominator: 20 }],
});

/** Numbers of survivors a response shows: counts, and a ratio's numerator and denominator. */
function survivorCounts(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value && typeof value === 'object' && 'numerator' in value) {
    const { numerator, denominator } = value as { numerator: number; denominator: number };
    return [numerator, denominator];
  }
  return [];
}

type CsvRow = Record<(typeof EXPORT_COLUMNS)[number], string>;
function parseCsv(text: string): { header: string[]; rows: CsvRow[] } {
  expect(text).not.toContain('"'); // no field here needs quoting; a split is then exact
  const [header = '', ...lines] = text.split('\r\n');
  expect(lines.pop()).toBe(''); // every line ends with CRLF
  const columns = header.split(',');
  return { header: columns, rows: lines.map((line) => Object.fromEntries(line.split(',').map((v, n) => [columns[n], v])) as CsvRow) };
}

/** Sensitive counts in 1 … 9 anywhere in a view: what DESIGN.md 5.4 withholds from protected readers. */
function smallSurvivorCounts(view: 'overview' | 'series' | 'csv', body: any): number[] {
  const found: number[] = [];
  if (view === 'overview') {
    for (const c of body.countries) for (const i of c.indicators) if (SENSITIVE.has(i.indicator)) found.push(...survivorCounts(i.actual));
  } else if (view === 'series') {
    if (SENSITIVE.has(body.indicator)) {
      for (const s of body.series) for (const p of s.points) found.push(...survivorCounts(p.value), ...Object.values(p.cells ?? {}).flatMap(survivorCounts));
    }
  } else {
    for (const row of (body as { rows: CsvRow[] }).rows) {
      if (!SENSITIVE.has(row.indicator)) continue;
      const columns = row.indicator === 'PRT-06' ? [row.numerator, row.denominator] : [row.value];
      found.push(...columns.filter((v) => v !== '').map(Number));
    }
  }
  return found.filter((n) => n >= 1 && n <= 9);
}

/** Every aggregator started here, stopped once the file is done. */
const pollers: StreamPoller[] = [];
afterAll(() => Promise.all(pollers.map((p) => p.stop())));

/** The simulated time of a write: countries are prepared side by side, each write at its own time. */
const simulated = new AsyncLocalStorage<Date>();
let table: TestTable;
let api: Api;

const token = (reader: Reader) => api.tokenFor(reader.role, reader.country);
const get = async (path: string, reader: Reader = LEAD) => api.request('GET', path, { token: await token(reader) });
/** The CSV export: the shared helper parses every body as JSON, so this one reads text. */
const getCsv = async (path: string, reader: Reader = LEAD, tokenValue?: string | null) => {
  const bearer = tokenValue === undefined ? await token(reader) : tokenValue;
  const response = await api.app.request(path, { headers: bearer ? { Authorization: `Bearer ${bearer}` } : {} });
  return { status: response.status, headers: response.headers, text: await response.text() };
};

/** One report through the API, each step at its simulated time. */
async function report(country: CountryCode, period: Period, values: Cell[], steps: ('submit' | 'submit late' | 'approve' | 'return')[] = []) {
  const office = await api.tokenFor('country-office', country);
  const lead = await api.tokenFor('regional-lead');
  const path = `/v1/submissions/${country}/${period}`;
  let response = await simulated.run(onTime(country, period), () => api.request('PUT', path, { token: office, body: { values }, headers: { 'If-None-Match': '*' } }));
  expect(response.status, response.text).toBe(201);
  for (const step of steps) {
    const action = step === 'submit late' ? 'submit' : step;
    const request = {
      token: action === 'submit' ? office : lead,
      headers: { 'If-Match': `"${response.json.version}"` },
      ...(action === 'return' ? { body: { reason: 'PRT-01 does not match the case files' } } : {}),
    };
    response = await simulated.run(step === 'submit late' ? late(country, period) : onTime(country, period), () => api.request('POST', `${path}/${action}`, request));
    expect(response.status, response.text).toBe(200);
  }
}

async function setTargets(country: CountryCode, year: number, targets: Record<string, number>) {
  const response = await api.request('PUT', `/v1/targets/${country}/${year}`, { token: await token(LEAD), body: { targets }, headers: { 'If-None-Match': '*' } });
  expect(response.status, response.text).toBe(201);
}

/** The main table: the reports and targets described above, through the API, aggregated from the stream. */
async function prepareMainTable() {
  table = await createTestTable();
  api = await createTestApi(table, { now: () => simulated.getStore() ?? NOW });
  pollers.push(await startAggregator(table));
  const months = (last: number) => Array.from({ length: last }, (_, n) => n + 1);
  const inTurn = async (steps: (() => Promise<unknown>)[]) => {
    for (const step of steps) await step();
  };
  await Promise.all([
    inTurn([
      ...months(6).map((m) => () => report('LA', `2026-0${m}`, laValues(m), ['submit', 'approve'])),
      async () => {
        const reedit = await api.request('PUT', '/v1/submissions/LA/2026-05', { token: await token(LA_OFFICE), body: { values: everything999 }, headers: { 'If-Match': '"3"' } });
        expect(reedit.json.status, reedit.text).toBe('draft');
      },
    ]),
    inTurn([...months(3).map((m) => () => report('MM', `2026-0${m}`, mmValues(m), ['submit', 'approve'])), () => report('MM', '2026-05', everything999)]),
    inTurn([() => report('TH', '2026-03', thMarch, ['submit', 'approve']), () => report('TH', '2026-04', reportValues(), ['submit', 'approve'])]),
    inTurn([
      () => report('VN', '2026-01', reportValues(), ['submit']),
      () => report('VN', '2026-02', reportValues(), ['submit late']),
      () => report('VN', '2026-03', reportValues(), ['submit', 'return']),
      () => report('VN', '2026-04', reportValues(), ['submit late', 'approve']),
      () => report('VN', '2026-05', reportValues().slice(0, 10)),
    ]),
    inTurn([() => report('KH', '2026-06', reportValues(), ['submit late']), () => report('CN', '2026-02', reportValues().slice(0, 40))]),
    inTurn([
      () => setTargets('LA', 2026, { 'PRV-01': 600, 'PRV-02': 200, 'PRV-04': 25, 'PRT-06': 50, 'ADV-02': 12 }),
      () => setTargets('LA', 2025, { 'PRV-01': 1200 }),
      () => setTargets('TH', 2026, { 'PRV-03': 120, 'PRT-05': 120 }),
    ]),
  ]);
  // The aggregates catch up with the stream: equal to a recomputation from the stored reports.
  const expected = recompute(await storedReports(table.documents, table.tableName));
  await vi.waitFor(async () => expect(await storedAggregates(table.documents, table.tableName)).toEqual(expected), { timeout: 30_000, interval: 100 });
}

// The two tables fill side by side: most of this file's time is DynamoDB Local taking writes.
beforeAll(() => Promise.all([prepareMainTable(), prepareHistoryTable()]), 120_000);

describe('dashboard read API on DynamoDB Local, fed by the real stream aggregator', () => {
  describe('overview', () => {
    it('has the DESIGN.md 5.1 shape: every country and indicator, pillar summaries, months awaiting approval', async () => {
      // Act
      const response = await get('/v1/dashboard/overview?from=2026-01&to=2026-12');

      // Assess
      expect(response.status, response.text).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const overview = response.json;
      expect(Object.keys(overview)).toEqual(['from', 'to', 'countries', 'pillars', 'awaitingApproval']);
      expect([overview.from, overview.to]).toEqual(['2026-01', '2026-12']);
      expect(overview.countries.map((c: { country: string }) => c.country)).toEqual(COUNTRY_CODES);
      for (const country of overview.countries) {
        expect(Object.keys(country)).toEqual(['country', 'indicators']);
        expect(country.indicators.map((i: { indicator: string }) => i.indicator)).toEqual(INDICATOR_CODES);
        for (const entry of country.indicators) expect(Object.keys(entry)).toEqual(['indicator', 'actual', 'target', 'achievement']);
      }
      expect(overview.pillars.map((p: { pillar: string }) => p.pillar)).toEqual(PILLARS.map((p) => p.code));
      expect(overviewSchema.safeParse(overview).error).toBeUndefined();
    });

    it('adds up sum indicators, takes the last reported month of latest ones, and Σnumerator/Σdenominator for PRT-06', async () => {
      // Act
      const response = await get('/v1/dashboard/overview?from=2026-01&to=2026-10&countries=LA,MM');

      // Assess
      const [la, mm] = response.json.countries;
      const actual = (country: { indicators: { indicator: string; actual: unknown }[] }) => Object.fromEntries(country.indicators.map((i) => [i.indicator, i.actual]));
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
      expect(entry(tenMonths, 'PRT-06')).toEqual({ indicator: 'PRT-06', actual: { value: 41.2, numerator: 141, denominator: 342 }, target: 50, achievement: 82.4 });
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

    it('never counts a draft: a re-edited approved report keeps its approved values, a never-submitted one counts as nothing', async () => {
      // Act
      const reedited = await get('/v1/dashboard/overview?from=2026-05&to=2026-05&countries=LA');
      const draftOnly = await get('/v1/dashboard/overview?from=2026-05&to=2026-05&countries=MM,CN');
      const mmYear = await get('/v1/dashboard/overview?from=2026-01&to=2026-12&countries=MM');
      const cnYear = await get('/v1/dashboard/overview?from=2026-01&to=2026-12&countries=CN');

      // Assess
      const actuals = (response: { json: any }, n = 0) => Object.fromEntries(response.json.countries[n].indicators.map((i: { indicator: string; actual: unknown }) => [i.indicator, i.actual]));
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
      });
      expect(response.json.series.flatMap((s: { points: object[] }) => s.points).some((p: object) => 'cells' in p)).toBe(false);
      expect(seriesSchema.safeParse(response.json).error).toBeUndefined();
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
      expect(byExploitation.json.series[0].points).toEqual([{ period: '2026-01', value: 640, cells: { sexual: 160, labour: 160, 'forced-marriage': 160, other: 160 } }]);
      expect(ratio.json.series[0].points).toEqual([
        {
          period: '2026-01',
          value: { value: 40.4, numerator: 21, denominator: 52 },
          cells: { female: { value: 50, numerator: 11, denominator: 22 }, male: { value: 33.3, numerator: 10, denominator: 30 } },
        },
      ]);
      for (const response of [bySex, byAge, byExploitation, ratio]) expect(seriesSchema.safeParse(response.json).error).toBeUndefined();
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
        expect(response.json.errors).toEqual([{ path: expect.stringMatching(/^query\/(indicator|by)$/), message: expect.stringMatching(/^unknown parameter/) }]);
      }
    });
  });

  describe('completeness', () => {
    it('shows each month as missing, draft, submitted, returned or approved, stamped on time or late', async () => {
      // Act
      const response = await get('/v1/dashboard/completeness?from=2026-01&to=2026-06&countries=VN,CN,KH,LA');

      // Assess
      expect(response.status, response.text).toBe(200);
      const months = (...states: [string, string | null][]) => states.map(([status, timeliness], n) => ({ period: `2026-0${n + 1}`, status, timeliness }));
      const missing: [string, null] = ['missing', null];
      const approved: [string, string] = ['approved', 'on-time'];
      expect(response.json).toEqual({
        from: '2026-01',
        to: '2026-06',
        rows: [
          { country: 'KH', months: months(missing, missing, missing, missing, missing, ['submitted', 'late']) },
          { country: 'CN', months: months(missing, ['draft', null], missing, missing, missing, missing) },
          // May was approved, then reopened: a draft again, its first submission's stamp kept.
          { country: 'LA', months: months(approved, approved, approved, approved, ['draft', 'on-time'], approved) },
          { country: 'VN', months: months(['submitted', 'on-time'], ['submitted', 'late'], ['returned', 'on-time'], ['approved', 'late'], ['draft', null], missing) },
        ],
      });
      expect(completenessSchema.safeParse(response.json).error).toBeUndefined();
    });

    it('covers the last twelve months up to the current one by default', async () => {
      // Act
      const response = await get('/v1/dashboard/completeness');

      // Assess
      expect([response.json.from, response.json.to]).toEqual(['2026-02', '2027-01']);
      expect(response.json.rows).toHaveLength(6);
      expect(response.json.rows[0].months).toHaveLength(12);
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
        country: 'LA', pillar: 'prevention', exploitation: '', value: '1', numerator: '', denominator: '', suppressed: 'false',
      });
      expect(rows.find((r) => r.period === '2026-01' && r.indicator === 'PRT-06' && r.sex === 'female')).toMatchObject({ value: '50', numerator: '11', denominator: '22' });
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

  describe('protecting survivors (DESIGN.md 5.4)', () => {
    const ENTITLED = [LEAD, ADMIN, TH_OFFICE];
    const PROTECTED = [VIEWER, LA_OFFICE];
    const MARCH = 'from=2026-03&to=2026-03&countries=TH';

    it.each(ENTITLED.map((r) => [name(r), r] as const))('%s sees Thailand’s exact figures', async (_name, reader) => {
      // Act
      const overview = await get(`/v1/dashboard/overview?${MARCH}`, reader);
      const prt05 = await get(`/v1/dashboard/series?indicator=PRT-05&by=sex&${MARCH}`, reader);
      const prv03 = await get(`/v1/dashboard/series?indicator=PRV-03&by=sex&${MARCH}`, reader);
      const csv = parseCsv((await getCsv(`/v1/export.csv?indicator=PRV-03&${MARCH}`, reader)).text);

      // Assess
      expect(overview.json.countries[0].indicators.find((i: { indicator: string }) => i.indicator === 'PRV-03')).toEqual({ indicator: 'PRV-03', actual: 5, target: 10, achievement: 50 });
      expect(prt05.json.series[0].points[0]).toEqual({ period: '2026-03', value: 15, cells: { female: 3, male: 12 } });
      expect(prv03.json.series[0].points[0]).toEqual({ period: '2026-03', value: 5, cells: { female: 4, male: 1 } });
      expect(csv.rows.map((r) => [r.value, r.suppressed])).toEqual([1, 1, 1, 1, 1, 0, 0, 0].map((v) => [String(v), 'false']));
    });

    it.each(PROTECTED.map((r) => [name(r), r] as const))('%s sees Thailand’s survivor counts from 1 to 9 withheld', async (_name, reader) => {
      // Act
      const overview = await get(`/v1/dashboard/overview?${MARCH}`, reader);
      const prt05 = await get(`/v1/dashboard/series?indicator=PRT-05&by=sex&${MARCH}`, reader);
      const prv03 = await get(`/v1/dashboard/series?indicator=PRV-03&by=sex&${MARCH}`, reader);
      const prt06 = await get(`/v1/dashboard/series?indicator=PRT-06&by=sex&${MARCH}`, reader);
      const csv = parseCsv((await getCsv(`/v1/export.csv?indicator=PRV-03&${MARCH}`, reader)).text);

      // Assess
      expect(overview.json.countries[0].indicators.find((i: { indicator: string }) => i.indicator === 'PRV-03')).toEqual({ indicator: 'PRV-03', actual: SUPPRESSED, target: 10, achievement: SUPPRESSED });
      // Female 3 is withheld, and male 12 with it, or 15 − 12 would give the 3 away.
      expect(prt05.json.series[0].points[0]).toEqual({ period: '2026-03', value: 15, cells: { female: SUPPRESSED, male: SUPPRESSED } });
      expect(prv03.json.series[0].points[0]).toEqual({ period: '2026-03', value: SUPPRESSED, cells: { female: SUPPRESSED, male: SUPPRESSED } });
      // A percentage is withheld with its numerator (4); the total's 16 of 35 gives neither cell away.
      expect(prt06.json.series[0].points[0]).toEqual({ period: '2026-03', value: { value: 45.7, numerator: 16, denominator: 35 }, cells: { female: SUPPRESSED, male: SUPPRESSED } });
      expect(csv.rows.map((r) => [r.value, r.suppressed])).toEqual([...Array(5).fill(['', 'true']), ...Array(3).fill(['0', 'false'])]);
    });

    it.each(PROTECTED.map((r) => [name(r), r] as const))('%s sees zeros, sensitive counts of 10 or more and every non-sensitive indicator as they are', async (_name, reader) => {
      // Act
      const zeros = await get(`/v1/dashboard/series?indicator=PRT-04&by=age&${MARCH}`, reader);
      const large = await get(`/v1/dashboard/series?indicator=PRT-02&by=sex&${MARCH}`, reader);
      const nonSensitive = INDICATORS.filter((i) => !i.sensitive);
      const theirs = await Promise.all(nonSensitive.map((i) => get(`/v1/dashboard/series?indicator=${i.code}&from=2026-01&to=2026-12`, reader)));
      const leads = await Promise.all(nonSensitive.map((i) => get(`/v1/dashboard/series?indicator=${i.code}&from=2026-01&to=2026-12`)));
      const overview = await get('/v1/dashboard/overview?from=2026-03&to=2026-03', reader);
      const leadOverview = await get('/v1/dashboard/overview?from=2026-03&to=2026-03');

      // Assess
      expect(zeros.json.series[0].points[0]).toEqual({ period: '2026-03', value: 0, cells: { '0-8': 0, '9-17': 0, '18-29': 0, '30+': 0 } });
      expect(large.json.series[0].points[0]).toEqual({ period: '2026-03', value: 160, cells: { female: 80, male: 80 } });
      expect(theirs.map((r) => r.json)).toEqual(leads.map((r) => r.json));
      // TH's PRV-01 cells 1 … 8 are not survivors: shown to everyone.
      expect(theirs[0]!.json.series.find((s: { country: string }) => s.country === 'TH').points[2].value).toBe(36);
      const entries = (response: { json: any }) => response.json.countries.flatMap((c: { indicators: { indicator: string }[] }) => c.indicators.filter((i) => !SENSITIVE.has(i.indicator)));
      expect(entries(overview)).toEqual(entries(leadOverview));
    });

    it.each(PROTECTED.map((r) => [name(r), r] as const))('%s finds no sensitive count from 1 to 9 in any response, and no achievement of a withheld actual', async (_name, reader) => {
      // Act
      const ranges = ['from=2026-01&to=2026-12', 'from=2026-03&to=2026-03'];
      const overviews = await Promise.all(ranges.map((range) => get(`/v1/dashboard/overview?${range}`, reader)));
      const seriesPaths = INDICATORS.filter((i) => i.sensitive).flatMap((i) => [undefined, ...i.dims].map((by) => `/v1/dashboard/series?indicator=${i.code}&from=2026-01&to=2026-12${by ? `&by=${by}` : ''}`));
      const series = await Promise.all(seriesPaths.map((path) => get(path, reader)));
      const csv = parseCsv((await getCsv('/v1/export.csv?from=2026-01&to=2026-12', reader)).text);
      const leadViews = {
        overview: (await get(`/v1/dashboard/overview?${ranges[1]}`)).json,
        series: await Promise.all(seriesPaths.map(async (path) => (await get(path)).json)),
        csv: parseCsv((await getCsv('/v1/export.csv?from=2026-01&to=2026-12')).text),
      };

      // Assess: the same views show a lead small counts, so there was something to withhold.
      expect(smallSurvivorCounts('overview', leadViews.overview)).not.toEqual([]);
      expect(leadViews.series.flatMap((s) => smallSurvivorCounts('series', s))).not.toEqual([]);
      expect(smallSurvivorCounts('csv', leadViews.csv)).not.toEqual([]);
      for (const overview of overviews) expect(smallSurvivorCounts('overview', overview.json)).toEqual([]);
      series.forEach((s, n) => expect(smallSurvivorCounts('series', s.json), seriesPaths[n]).toEqual([]));
      expect(smallSurvivorCounts('csv', csv)).toEqual([]);
      // A withheld cell leaves the CSV with no value at all, and says so.
      const withheld = csv.rows.filter((r) => r.suppressed === 'true');
      expect(withheld.length).toBeGreaterThan(0);
      for (const row of withheld) expect([row.value, row.numerator, row.denominator, SENSITIVE.has(row.indicator)]).toEqual(['', '', '', true]);
      // Achievement is a share of the actual: withheld with it.
      const entries = overviews.flatMap((o) => o.json.countries.flatMap((c: { indicators: object[] }) => c.indicators)) as { actual: unknown; achievement: unknown }[];
      const hidden = entries.filter((e) => isSuppressed(e.actual));
      expect(hidden.length).toBeGreaterThan(0);
      for (const entry of hidden) expect(entry.achievement).toEqual(SUPPRESSED);
    });

    it.each(PROTECTED.map((r) => [name(r), r] as const))('%s finds the CSV withholding exactly the cells the series withholds', async (_name, reader) => {
      // Act: PRT-05 and PRT-06 have one dimension, so a series split by sex shows every cell.
      const views = await Promise.all(
        ['PRT-05', 'PRT-06'].map(async (code) => ({
          code,
          series: (await get(`/v1/dashboard/series?indicator=${code}&by=sex&from=2026-01&to=2026-12`, reader)).json,
          csv: parseCsv((await getCsv(`/v1/export.csv?indicator=${code}&from=2026-01&to=2026-12`, reader)).text),
        })),
      );

      // Assess
      for (const { code, series, csv } of views) {
        const fromSeries = series.series.flatMap((s: { country: string; points: { period: string; value: unknown; cells: Record<string, unknown> }[] }) =>
          s.points.filter((p) => p.value !== null).flatMap((p) => Object.entries(p.cells).map(([sex, cell]) => `${s.country} ${p.period} ${sex} ${isSuppressed(cell)}`)),
        );
        expect(csv.rows.map((r) => `${r.country} ${r.period} ${r.sex} ${r.suppressed}`), code).toEqual(fromSeries);
        expect(fromSeries.some((line: string) => line.endsWith('true')), code).toBe(true);
      }
    });

    it('a country office sees its own country exactly and the others protected, in one response', async () => {
      // Act
      const th = await get('/v1/dashboard/series?indicator=PRT-05&from=2026-03&to=2026-03&countries=TH,VN&by=sex', TH_OFFICE);
      const vn = await get('/v1/dashboard/series?indicator=PRT-05&from=2026-03&to=2026-03&countries=TH,VN&by=sex', { role: 'country-office', country: 'VN' });

      // Assess
      expect(th.json.series.map((s: { points: object[] }) => s.points[0])).toEqual([
        { period: '2026-03', value: 15, cells: { female: 3, male: 12 } },
        { period: '2026-03', value: 40, cells: { female: 20, male: 20 } },
      ]);
      expect(vn.json.series.map((s: { points: object[] }) => s.points[0])).toEqual([
        { period: '2026-03', value: 15, cells: { female: SUPPRESSED, male: SUPPRESSED } },
        { period: '2026-03', value: 40, cells: { female: 20, male: 20 } },
      ]);
    });

    it('takes its threshold from configuration', async () => {
      // Prepare: the same table behind an API configured to withhold counts up to 19.
      const strict = await createTestApi(table, { now: () => NOW, threshold: 20, issuer: api.issuer });

      // Act
      const viewer = await strict.request('GET', `/v1/dashboard/series?indicator=PRT-05&by=sex&${MARCH}`, { token: await strict.tokenFor('viewer') });
      const lead = await strict.request('GET', `/v1/dashboard/series?indicator=PRT-05&by=sex&${MARCH}`, { token: await strict.tokenFor('regional-lead') });

      // Assess
      expect(viewer.json.series[0].points[0]).toEqual({ period: '2026-03', value: SUPPRESSED, cells: { female: SUPPRESSED, male: SUPPRESSED } });
      expect(lead.json.series[0].points[0]).toEqual({ period: '2026-03', value: 15, cells: { female: 3, male: 12 } });
    });
  });

  describe('read cost', () => {
    it('every dashboard response says what it cost in X-Consumed-RCU, a decimal number > 0', async () => {
      // Act
      const responses = [
        await get('/v1/dashboard/overview?from=2026-01&to=2026-12'),
        await get('/v1/dashboard/series?indicator=PRT-01&by=age'),
        await get('/v1/dashboard/completeness?from=2025-01&to=2026-12'),
        await getCsv('/v1/export.csv?from=2026-01&to=2026-12'),
      ];

      // Assess
      for (const response of responses) {
        const header = response.headers.get('x-consumed-rcu');
        expect(header).toMatch(RCU);
        expect(Number(header)).toBeGreaterThan(0);
      }
    });

    it('an overview of a calendar year costs ≤ 6 RCU, a 24-month series of six countries ≤ 8 RCU', async () => {
      // Act
      const overview = await get('/v1/dashboard/overview?from=2026-01&to=2026-12');
      const series = await get('/v1/dashboard/series?indicator=PRT-01&from=2025-01&to=2026-12&by=exploitation');

      // Assess
      expect(series.json.series).toHaveLength(6);
      expect(Number(overview.headers.get('x-consumed-rcu'))).toBeLessThanOrEqual(6);
      expect(Number(series.headers.get('x-consumed-rcu'))).toBeLessThanOrEqual(8);
    });
  });

  describe('who may read', () => {
    const PATHS = ['/v1/dashboard/overview', '/v1/dashboard/series?indicator=PRV-01', '/v1/dashboard/completeness', '/v1/export.csv'];
    const EVERYONE: Reader[] = [LA_OFFICE, TH_OFFICE, LEAD, ADMIN, VIEWER];

    it.each(EVERYONE.map((r) => [name(r), r] as const))('%s may read every dashboard', async (_name, reader) => {
      // Act
      const statuses = await Promise.all(PATHS.map(async (path) => (await getCsv(path, reader)).status));

      // Assess
      expect(statuses).toEqual([200, 200, 200, 200]);
    });

    it('nobody without a valid token: 401 problem+json', async () => {
      // Act
      const responses = await Promise.all([...PATHS.map((path) => getCsv(path, LEAD, null)), ...PATHS.map((path) => getCsv(path, LEAD, 'not-a-token'))]);

      // Assess
      for (const response of responses) {
        expect(response.status).toBe(401);
        expect(response.headers.get('content-type')).toBe('application/problem+json');
      }
    });
  });

  it('the OpenAPI document describes the dashboard routes, their filters, schemas and X-Consumed-RCU', async () => {
    // Act
    const response = await api.request('GET', '/v1/openapi.json');

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
      expect(parameters.filter((p) => p.required).map((p) => p.name), path).toEqual(path === '/v1/dashboard/series' ? ['indicator'] : []);
      const ok = operation.responses['200'];
      expect(Object.keys(ok.headers), path).toEqual(['X-Consumed-RCU']);
      expect(Object.keys(operation.responses).sort(), path).toEqual(['200', '400', '401']);
      if (path === '/v1/export.csv') {
        expect(Object.keys(ok.content)).toEqual(['text/csv']);
      } else {
        const schema = ok.content['application/json'].schema.$ref.replace('#/components/schemas/', '');
        expect(document.components.schemas[schema], path).toMatchObject({ type: 'object' });
      }
    }
    const by = document.paths['/v1/dashboard/series'].get.parameters.find((p: { name: string }) => p.name === 'by');
    expect(by.schema.enum).toEqual(DIMENSION_KEYS);
    expect(document.components.schemas.DashboardOverview.required).toEqual(['from', 'to', 'countries', 'pillars', 'awaitingApproval']);
  });
});

/*
 * DESIGN.md 7: a view's read cost depends on its range, not on how many years of history the
 * table holds. A second table gets two years of complete reports (2025, 2026), the views' costs
 * are noted, then eight earlier years arrive (2017 … 2024) and the same views are read again.
 */
const history = {} as { table: TestTable; api: Api; twoYears: ViewCosts };
type ViewCosts = Awaited<ReturnType<typeof viewCosts>>;

/** Every cell differs by country and month; a month's values are the same whenever it is loaded. */
const historyValues = (country: CountryCode, period: Period) => fullValues(COUNTRY_CODES.indexOf(country) * 13 + Number(period.slice(0, 4)) * 12 + Number(period.slice(5)));

/** What each view costs, by the X-Consumed-RCU it reports. */
async function viewCosts(on: Api) {
  const bearer = await on.tokenFor('viewer');
  const read = async (path: string) => {
    const response = await on.app.request(path, { headers: { Authorization: `Bearer ${bearer}` } });
    expect(response.status, path).toBe(200);
    return Number(response.headers.get('x-consumed-rcu'));
  };
  return {
    overview: await read('/v1/dashboard/overview?from=2026-01&to=2026-12'),
    series: await read('/v1/dashboard/series?indicator=PRT-01&from=2025-01&to=2026-12&by=age'),
    completeness: await read('/v1/dashboard/completeness?from=2025-01&to=2026-12'),
    export: await read('/v1/export.csv?from=2026-01&to=2026-12'),
  };
}

/** Loads reports into the history table and waits until the aggregator has every one of them. */
async function loadHistory(reports: readonly StoredReport[]) {
  await loadReports(history.table, reports);
  const aggregates = createStores(history.table.documents, history.table.tableName).aggregates;
  const years = [...new Set(reports.map((r) => Number(r.period.slice(0, 4))))];
  await vi.waitFor(
    async () => {
      const { data } = await aggregates.rollups(years);
      expect(data.flatMap((y) => Object.values(y.months)).filter((m) => m.status === 'approved' && m.values)).toHaveLength(reports.length);
    },
    { timeout: 90_000, interval: 200 },
  );
}

async function prepareHistoryTable() {
  history.table = await createTestTable();
  history.api = await createTestApi(history.table, { now: () => NOW });
  pollers.push(await startAggregator(history.table));
  const lead = await history.api.tokenFor('regional-lead');
  const targets = Object.fromEntries(INDICATOR_CODES.map((code) => [code, findIndicator(code)!.aggregation === 'ratio' ? 60 : 500]));
  for (const country of COUNTRY_CODES) {
    const put = await history.api.request('PUT', `/v1/targets/${country}/2026`, { token: lead, body: { targets }, headers: { 'If-None-Match': '*' } });
    expect(put.status, put.text).toBe(201);
  }
  const recent = await approvedReports({ from: '2025-01', to: '2026-12', values: historyValues });
  const [earlier] = await Promise.all([
    // Made while the recent years load: DynamoDB Local is busy then, this process is not.
    approvedReports({ from: '2017-01', to: '2024-12', values: historyValues }),
    loadHistory(recent).then(async () => {
      history.twoYears = await viewCosts(history.api);
    }),
  ]);
  await loadHistory(earlier);
}

describe('read cost independent of history', () => {
  it('a year’s overview, a 24-month series, completeness and the export cost the same with ten years of reports as with two', async () => {
    // Prepare: the costs with two years were noted before the eight earlier years arrived.
    const { twoYears } = history;

    // Act
    const tenYears = await viewCosts(history.api);
    const decade = await history.api.request('GET', '/v1/dashboard/completeness?from=2017-01&to=2026-12', { token: await history.api.tokenFor('viewer') });

    // Assess
    console.log('read cost in RCU with two and with ten years of history:', twoYears, tenYears);
    for (const cost of Object.values(twoYears)) expect(cost).toBeGreaterThan(0);
    expect(tenYears).toEqual(twoYears);
    const statuses = decade.json.rows.flatMap((r: { months: { status: string }[] }) => r.months.map((m) => m.status));
    expect(statuses).toEqual(Array(6 * 120).fill('approved'));
  });

  it('with every month reported, stays within budget and ≥ 10 × cheaper than reading the raw reports', async () => {
    // Prepare: what the same 24 months × 6 countries cost read from the reports themselves.
    const { table } = history;
    let raw = 0;
    for (const country of COUNTRY_CODES) {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await table.documents.send(
          new QueryCommand({
            TableName: table.tableName,
            KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :last',
            ExpressionAttributeValues: { ':pk': keys.report(country, '2025-01').pk, ':first': keys.report(country, '2025-01').sk, ':last': keys.report(country, '2026-12').sk },
            ExclusiveStartKey: start,
            ReturnConsumedCapacity: 'TOTAL',
          }),
        );
        raw += page.ConsumedCapacity?.CapacityUnits ?? 0;
        start = page.LastEvaluatedKey;
      } while (start);
    }

    // Act
    const cost = await viewCosts(history.api);
    // 24 months that do not start in January touch three rollup years: the dearest series.
    const threeYears = await history.api.request('GET', '/v1/dashboard/series?indicator=PRT-01&from=2024-07&to=2026-06', { token: await history.api.tokenFor('viewer') });

    // Assess
    console.log(`24 months × 6 countries: series ${cost.series} RCU (over three rollup years ${threeYears.headers.get('x-consumed-rcu')}), raw reports ${raw} RCU`);
    expect(cost.overview).toBeLessThanOrEqual(6);
    expect(cost.series).toBeLessThanOrEqual(8);
    expect(Number(threeYears.headers.get('x-consumed-rcu'))).toBeLessThanOrEqual(8);
    expect(cost.series * 10).toBeLessThanOrEqual(raw);
  });
});
