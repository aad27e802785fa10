import { DIMENSION_KEYS, EXPORT_COLUMNS, periodRange } from '@etip/core';
import { describe, expect, it } from 'vitest';
import { get, getCsv, main, parseCsv, useMainTable } from './fixture';

/**
 * The CSV export on the main table of ./fixture.ts, what every view refuses, and how the OpenAPI
 * document describes the dashboard routes.
 */
useMainTable();

describe('dashboard read API on DynamoDB Local, fed by the real stream aggregator', () => {
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
