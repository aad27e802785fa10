import { periodRange, seriesResponseSchema } from '@etip/core';
import { describe, expect, it } from 'vitest';
import { createTestApi } from '../../support/api';
import { get, main, useMainTable } from './fixture';

/**
 * The series (DESIGN.md 5.1) on the main table of ./fixture.ts: per country, split by a dimension, regional.
 */
useMainTable();

describe('dashboard read API on DynamoDB Local, fed by the real stream aggregator', () => {
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
        // LA's 8, 16, … plus MM's 160 in the first quarter; CN adds nothing, and each month says how many countries it is made of.
        regional: {
          points: months.map((period, n) => ({
            period,
            value: n < 6 ? 8 * (n + 1) + (n < 3 ? 160 : 0) : null,
            countries: { reported: (n < 6 ? 1 : 0) + (n < 3 ? 1 : 0), of: 3, notDue: 0 },
          })),
        },
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

    it('marks a month not due exactly where completeness says not due: one calendar', async () => {
      // Prepare: the same table read on 5 July 2026, when June is not due until 10 July.
      const july = await createTestApi(main.table, { now: () => new Date('2026-07-05T00:00:00Z'), issuer: main.api.issuer });
      const lead = await july.tokenFor('regional-lead');

      // Act: CN's May never came (a draft of February only), MM's May is a draft never submitted.
      const series = await july.request('GET', '/v1/dashboard/series?indicator=PRV-01&countries=CN,MM&from=2026-05&to=2026-06', { token: lead });
      const completeness = await july.request('GET', '/v1/dashboard/completeness?countries=CN,MM&from=2026-05&to=2026-06', { token: lead });

      // Assess
      expect(series.json.series).toEqual([
        {
          country: 'CN',
          points: [
            { period: '2026-05', value: null },
            { period: '2026-06', value: null, notDue: true },
          ],
        },
        {
          country: 'MM',
          points: [
            { period: '2026-05', value: null },
            { period: '2026-06', value: null, notDue: true },
          ],
        },
      ]);
      expect(series.json.regional.points.map((p: { countries: object }) => p.countries)).toEqual([
        { reported: 0, of: 2, notDue: 0 },
        { reported: 0, of: 2, notDue: 2 },
      ]);
      const notDue = (response: { json: any }, key: 'series' | 'rows') =>
        response.json[key].map((r: { points?: { notDue?: true }[]; months?: { status: string }[] }) =>
          (r.points ?? r.months)!.map((m: { notDue?: true; status?: string }) => m.notDue === true || m.status === 'not-due'),
        );
      expect(notDue(series, 'series')).toEqual(notDue(completeness, 'rows'));
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
});
