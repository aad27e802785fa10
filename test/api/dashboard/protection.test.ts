import { INDICATORS, isSuppressed } from '@etip/core';
import { reportValues } from '@etip/core/testing';
import { describe, expect, it, vi } from 'vitest';
import { createTestApi } from '../../support/api';
import {
  ADMIN,
  get,
  getCsv,
  LA_OFFICE,
  LEAD,
  main,
  NOW,
  name,
  parseCsv,
  type Reader,
  SENSITIVE,
  SUPPRESSED,
  smallSurvivorCounts,
  TH_OFFICE,
  useMainTable,
  VIEWER,
} from './fixture';

/**
 * Who may read the dashboards, and what they see of survivors (DESIGN.md 5.4), on the main table
 * of ./fixture.ts: TH's March holds survivor counts from 1 to 9.
 */
useMainTable();

/** Each regional figure of an overview or a series, beside the country figures it is made of. */
function regionalMargins(body: any): { where: string; regional: unknown; countries: unknown[] }[] {
  if (body.regional.indicators) {
    return body.regional.indicators.map((r: { indicator: string; actual: unknown }, i: number) => ({
      where: `overview ${body.from}…${body.to} ${r.indicator}`,
      regional: r.actual,
      countries: body.countries.map((c: { indicators: { actual: unknown }[] }) => c.indicators[i]!.actual),
    }));
  }
  return body.regional.points.flatMap((point: { period: string; value: unknown; cells?: Record<string, unknown> }, n: number) => [
    { where: `series ${body.indicator} ${point.period}`, regional: point.value, countries: body.series.map((s: any) => s.points[n].value) },
    ...Object.entries(point.cells ?? {}).map(([cell, value]) => ({
      where: `series ${body.indicator} ${point.period} ${body.by}=${cell}`,
      regional: value,
      countries: body.series.map((s: any) => s.points[n].cells[cell]),
    })),
  ]);
}

/** A shown regional figure less every country figure shown beside it, as [count or numerator, denominator]. */
function subtractShown(regional: unknown, countries: unknown[]): [number, number] {
  const counts = (v: unknown): [number, number] =>
    typeof v === 'number' ? [v, 0] : v && typeof v === 'object' && 'numerator' in v ? [(v as any).numerator, (v as any).denominator] : [0, 0];
  const left = counts(regional);
  for (const c of countries) if (!isSuppressed(c)) [left[0], left[1]] = [left[0] - counts(c)[0], left[1] - counts(c)[1]];
  return left;
}

describe('dashboard read API on DynamoDB Local, fed by the real stream aggregator', () => {
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
      expect(overview.json.countries[0].indicators.find((i: { indicator: string }) => i.indicator === 'PRV-03')).toEqual({
        indicator: 'PRV-03',
        actual: 5,
        target: 10,
        achievement: 50,
        months: { reported: 1, of: 1, notDue: 0 },
      });
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
      expect(overview.json.countries[0].indicators.find((i: { indicator: string }) => i.indicator === 'PRV-03')).toEqual({
        indicator: 'PRV-03',
        actual: SUPPRESSED,
        target: 10,
        achievement: SUPPRESSED,
        // A withheld month was reported: what a value covers and its target are statuses and plans, the same for every reader.
        months: { reported: 1, of: 1, notDue: 0 },
      });
      const lead = await get(`/v1/dashboard/overview?${MARCH}`);
      const coverage = (response: { json: any }) =>
        response.json.regional.indicators.map((i: { months: object; countries: object }) => [i.months, i.countries]);
      expect(coverage(overview)).toEqual(coverage(lead));
      expect(overview.json.regional.indicators.find((i: { indicator: string }) => i.indicator === 'PRV-03').actual).toEqual(SUPPRESSED);
      // Female 3 is withheld, and male 12 with it, or 15 − 12 would give the 3 away.
      expect(prt05.json.series[0].points[0]).toEqual({ period: '2026-03', value: 15, cells: { female: SUPPRESSED, male: SUPPRESSED } });
      expect(prv03.json.series[0].points[0]).toEqual({ period: '2026-03', value: SUPPRESSED, cells: { female: SUPPRESSED, male: SUPPRESSED } });
      // A percentage is withheld with its numerator (4); the total's 16 of 35 gives neither cell away.
      expect(prt06.json.series[0].points[0]).toEqual({
        period: '2026-03',
        value: { value: 45.7, numerator: 16, denominator: 35 },
        cells: { female: SUPPRESSED, male: SUPPRESSED },
      });
      expect(csv.rows.map((r) => [r.value, r.suppressed])).toEqual([...Array(5).fill(['', 'true']), ...Array(3).fill(['0', 'false'])]);
    });

    it.each(PROTECTED.map((r) => [name(r), r] as const))(
      '%s sees zeros, sensitive counts of 10 or more and every non-sensitive indicator as they are',
      async (_name, reader) => {
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
        const entries = (response: { json: any }) =>
          response.json.countries.flatMap((c: { indicators: { indicator: string }[] }) => c.indicators.filter((i) => !SENSITIVE.has(i.indicator)));
        expect(entries(overview)).toEqual(entries(leadOverview));
      },
    );

    it.each(PROTECTED.map((r) => [name(r), r] as const))(
      '%s finds no sensitive count from 1 to 9 in any response, and no achievement of a withheld actual',
      async (_name, reader) => {
        // Act
        const ranges = ['from=2026-01&to=2026-12', 'from=2026-03&to=2026-03'];
        const overviews = await Promise.all(ranges.map((range) => get(`/v1/dashboard/overview?${range}`, reader)));
        const seriesPaths = INDICATORS.filter((i) => i.sensitive).flatMap((i) =>
          [undefined, ...i.dims].map((by) => `/v1/dashboard/series?indicator=${i.code}&from=2026-01&to=2026-12${by ? `&by=${by}` : ''}`),
        );
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
        const entries = overviews.flatMap((o) => [...o.json.countries, o.json.regional].flatMap((c: { indicators: object[] }) => c.indicators)) as {
          actual: unknown;
          achievement: unknown;
        }[];
        const hidden = entries.filter((e) => isSuppressed(e.actual));
        expect(hidden.length).toBeGreaterThan(0);
        for (const entry of hidden) expect(entry.achievement).toEqual(SUPPRESSED);
      },
    );

    it.each(PROTECTED.map((r) => [name(r), r] as const))(
      '%s cannot work out a withheld country value by subtracting the countries shown from a regional figure',
      async (_name, reader) => {
        // Act: every sensitive indicator, whole and split, over March and over the year, and the overviews of both.
        const ranges = ['from=2026-03&to=2026-03', 'from=2026-01&to=2026-12'];
        const paths = [
          ...ranges.map((range) => `/v1/dashboard/overview?${range}`),
          ...INDICATORS.filter((i) => i.sensitive).flatMap((i) =>
            ranges.flatMap((range) => [undefined, ...i.dims].map((by) => `/v1/dashboard/series?indicator=${i.code}&${range}${by ? `&by=${by}` : ''}`)),
          ),
        ];
        const [theirs, leads] = await Promise.all([reader, LEAD].map((r) => Promise.all(paths.map(async (path) => (await get(path, r)).json))));

        // Assess
        const mine = theirs!.flatMap(regionalMargins);
        const truth = leads!.flatMap(regionalMargins);
        for (const [n, margin] of mine.entries()) {
          if (isSuppressed(margin.regional)) continue;
          // What the shown countries leave of the regional figure is what the withheld ones add up to: nothing, for there are none.
          expect(margin.countries.filter(isSuppressed), margin.where).toEqual([]);
          expect(subtractShown(margin.regional, margin.countries), margin.where).toEqual([0, 0]);
          expect(truth[n]!.regional, margin.where).toEqual(margin.regional);
        }
        // Where the lead's regional figure less this reader's shown countries is one withheld value, this reader sees it withheld.
        const wouldLeak = mine.filter((m, n) => m.countries.filter(isSuppressed).length === 1 && !isSuppressed(truth[n]!.regional));
        expect(wouldLeak.length).toBeGreaterThan(0);
        for (const margin of wouldLeak) expect(margin.regional, margin.where).toEqual(SUPPRESSED);
      },
    );

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
          s.points
            .filter((p) => p.value !== null)
            .flatMap((p) => Object.entries(p.cells).map(([sex, cell]) => `${s.country} ${p.period} ${sex} ${isSuppressed(cell)}`)),
        );
        expect(
          csv.rows.map((r) => `${r.country} ${r.period} ${r.sex} ${r.suppressed}`),
          code,
        ).toEqual(fromSeries);
        expect(
          fromSeries.some((line: string) => line.endsWith('true')),
          code,
        ).toBe(true);
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

    it('publishes with the threshold configured, and shows every month as it was published', async () => {
      // Prepare: the same table behind an API configured to withhold counts up to 19, through which
      // TH's September is submitted: PRT-05 female 3, male 12 (March has the same, published at 10).
      const strict = await createTestApi(main.table, { now: () => NOW, threshold: 20, issuer: main.api.issuer });
      const office = await strict.tokenFor('country-office', 'TH');
      const path = '/v1/submissions/TH/2026-09';
      const created = await strict.request('PUT', path, {
        token: office,
        body: { values: reportValues({ 'PRT-05': [3, 12] }) },
        headers: { 'If-None-Match': '*' },
      });
      const submitted = await strict.request('POST', `${path}/submit`, { token: office, headers: { 'If-Match': `"${created.json.version}"` } });
      expect(submitted.status, submitted.text).toBe(200);
      const series = async (months: string, reader: 'viewer' | 'regional-lead') =>
        strict.request('GET', `/v1/dashboard/series?indicator=PRT-05&by=sex&countries=TH&${months}`, { token: await strict.tokenFor(reader) });
      await vi.waitFor(async () => expect((await series('from=2026-09&to=2026-09', 'regional-lead')).json.series[0].points[0].value).toBe(15), {
        timeout: 20_000,
        interval: 100,
      });

      // Act
      const september = await series('from=2026-09&to=2026-09', 'viewer');
      const march = await series('from=2026-03&to=2026-03', 'viewer');
      const lead = await series('from=2026-09&to=2026-09', 'regional-lead');

      // Assess: September withholds its total of 15 (under 20); March stays as readers were shown it.
      expect(september.json.series[0].points[0]).toEqual({ period: '2026-09', value: SUPPRESSED, cells: { female: SUPPRESSED, male: SUPPRESSED } });
      expect(march.json.series[0].points[0]).toEqual({ period: '2026-03', value: 15, cells: { female: SUPPRESSED, male: SUPPRESSED } });
      expect(lead.json.series[0].points[0]).toEqual({ period: '2026-09', value: 15, cells: { female: 3, male: 12 } });
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
});
