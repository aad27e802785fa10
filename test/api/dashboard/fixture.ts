import { AsyncLocalStorage } from 'node:async_hooks';
import { type Cell, type CountryCode, type EXPORT_COLUMNS, INDICATOR_CODES, INDICATORS, type Period, type Role } from '@etip/core';
import { reportValues, smallCountsReport } from '@etip/core/testing';
import type { StreamPoller } from '@etip/local/stream-poller';
import { afterAll, beforeAll, expect, vi } from 'vitest';
import { recompute, storedAggregates, storedReports } from '../../support/aggregates';
import { startAggregator } from '../../support/aggregator';
import { createTestApi } from '../../support/api';
import { createTestTable, type TestTable } from '../../support/database';
import { late, onTime } from '../../support/report-history';

/**
 * Shared by the dashboard read API tests (DESIGN.md 5.1, 5.4, 7) end to end: reports written
 * through the API, carried by the table's real stream to the real aggregator, read back through
 * the API. Each test file prepares its own tables: call `useMainTable()` at its top.
 */

// 20 January 2027: every month of 2026 is over and fell due in every country.
export const NOW = new Date('2027-01-20T00:00:00Z');
export const SUPPRESSED = { suppressed: true };
export const SENSITIVE = new Set(INDICATORS.filter((i) => i.sensitive).map((i) => i.code));
export const RCU = /^\d+(\.\d+)?$/;

export type Api = Awaited<ReturnType<typeof createTestApi>>;
export type Reader = { role: Role; country?: CountryCode };
export const LEAD: Reader = { role: 'regional-lead' };
export const ADMIN: Reader = { role: 'admin' };
export const VIEWER: Reader = { role: 'viewer' };
export const TH_OFFICE: Reader = { role: 'country-office', country: 'TH' };
export const LA_OFFICE: Reader = { role: 'country-office', country: 'LA' };
export const name = (r: Reader) => `${r.role}${r.country ? ` ${r.country}` : ''}`;

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
export const laValues = (m: number) =>
  reportValues({
    'PRV-01': m,
    'PRV-02': [100 + m, 50],
    'PRV-04': 10 + m,
    'PRT-06': [
      { numerator: m + 10, denominator: 2 * m + 20 },
      { numerator: 10, denominator: 30 },
    ],
    'ADV-02': 1,
  });
export const mmValues = (m: number) => reportValues({ 'PRV-04': 30 + m, 'PRV-02': [40, 2 * m] });
export const everything999 = reportValues(
  Object.fromEntries(INDICATOR_CODES.map((code) => [code, code === 'PRT-06' ? { numerator: 999, denominator: 999 } : 999])),
);
/** TH March: PRV-03 totals 5 (female 4, male 1); PRT-05 female 3, male 12; PRT-04 all zero; PRT-02 all 20. */
export const thMarch = smallCountsReport();

/** Numbers of survivors a response shows: counts, and a ratio's numerator and denominator. */
export function survivorCounts(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value && typeof value === 'object' && 'numerator' in value) {
    const { numerator, denominator } = value as { numerator: number; denominator: number };
    return [numerator, denominator];
  }
  return [];
}

export type CsvRow = Record<(typeof EXPORT_COLUMNS)[number], string>;
export function parseCsv(text: string): { header: string[]; rows: CsvRow[] } {
  expect(text).not.toContain('"'); // no field here needs quoting; a split is then exact
  const [header = '', ...lines] = text.split('\r\n');
  expect(lines.pop()).toBe(''); // every line ends with CRLF
  const columns = header.split(',');
  return { header: columns, rows: lines.map((line) => Object.fromEntries(line.split(',').map((v, n) => [columns[n], v])) as CsvRow) };
}

/** Sensitive counts in 1 … 9 anywhere in a view: what DESIGN.md 5.4 withholds from protected readers. */
export function smallSurvivorCounts(view: 'overview' | 'series' | 'csv', body: any): number[] {
  const found: number[] = [];
  if (view === 'overview') {
    for (const c of [...body.countries, body.regional]) for (const i of c.indicators) if (SENSITIVE.has(i.indicator)) found.push(...survivorCounts(i.actual));
  } else if (view === 'series') {
    if (SENSITIVE.has(body.indicator)) {
      for (const s of [...body.series, body.regional])
        for (const p of s.points) found.push(...survivorCounts(p.value), ...Object.values(p.cells ?? {}).flatMap(survivorCounts));
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

/** Every aggregator started by a test file, stopped once the file is done. */
export const pollers: StreamPoller[] = [];
let stopping = false;
/** Registers, once per file, the hook that stops every aggregator the file started. */
export function stopAggregatorsAfterAll() {
  if (stopping) return;
  stopping = true;
  afterAll(() => Promise.all(pollers.map((p) => p.stop())));
}

/** The simulated time of a write: countries are prepared side by side, each write at its own time. */
const simulated = new AsyncLocalStorage<Date>();
/** The main table and the API in front of it, set once `useMainTable()`'s preparation has run. */
export const main = {} as { table: TestTable; api: Api };

export const token = (reader: Reader) => main.api.tokenFor(reader.role, reader.country);
export const get = async (path: string, reader: Reader = LEAD) => main.api.request('GET', path, { token: await token(reader) });
/** The CSV export: the shared helper parses every body as JSON, so this one reads text. */
export const getCsv = async (path: string, reader: Reader = LEAD, tokenValue?: string | null) => {
  const bearer = tokenValue === undefined ? await token(reader) : tokenValue;
  const response = await main.api.app.request(path, { headers: bearer ? { Authorization: `Bearer ${bearer}` } : {} });
  return { status: response.status, headers: response.headers, text: await response.text() };
};

/** One report through the API, each step at its simulated time. */
async function report(country: CountryCode, period: Period, values: Cell[], steps: ('submit' | 'submit late' | 'approve' | 'return')[] = []) {
  const office = await main.api.tokenFor('country-office', country);
  const lead = await main.api.tokenFor('regional-lead');
  const path = `/v1/submissions/${country}/${period}`;
  let response = await simulated.run(onTime(country, period), () =>
    main.api.request('PUT', path, { token: office, body: { values }, headers: { 'If-None-Match': '*' } }),
  );
  expect(response.status, response.text).toBe(201);
  for (const step of steps) {
    const action = step === 'submit late' ? 'submit' : step;
    const request = {
      token: action === 'submit' ? office : lead,
      headers: { 'If-Match': `"${response.json.version}"` },
      ...(action === 'return' ? { body: { reason: 'PRT-01 does not match the case files' } } : {}),
    };
    response = await simulated.run(step === 'submit late' ? late(country, period) : onTime(country, period), () =>
      main.api.request('POST', `${path}/${action}`, request),
    );
    expect(response.status, response.text).toBe(200);
  }
}

async function setTargets(country: CountryCode, year: number, targets: Record<string, number>) {
  const response = await main.api.request('PUT', `/v1/targets/${country}/${year}`, {
    token: await token(LEAD),
    body: { targets },
    headers: { 'If-None-Match': '*' },
  });
  expect(response.status, response.text).toBe(201);
}

/** The main table: the reports and targets described above, through the API, aggregated from the stream. */
export async function prepareMainTable() {
  const table = await createTestTable();
  const api = await createTestApi(table, { now: () => simulated.getStore() ?? NOW });
  Object.assign(main, { table, api });
  pollers.push(await startAggregator(table));
  const months = (last: number) => Array.from({ length: last }, (_, n) => n + 1);
  const inTurn = async (steps: (() => Promise<unknown>)[]) => {
    for (const step of steps) await step();
  };
  await Promise.all([
    inTurn([
      ...months(6).map((m) => () => report('LA', `2026-0${m}`, laValues(m), ['submit', 'approve'])),
      async () => {
        const reedit = await api.request('PUT', '/v1/submissions/LA/2026-05', {
          token: await token(LA_OFFICE),
          body: { values: everything999 },
          headers: { 'If-Match': '"3"' },
        });
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

/** Prepares the main table before the file's tests (most of the time is DynamoDB Local taking writes). */
export function useMainTable() {
  stopAggregatorsAfterAll();
  beforeAll(prepareMainTable, 120_000);
}
