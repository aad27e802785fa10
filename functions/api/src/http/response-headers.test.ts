import { fullBody } from '@etip/core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { type InMemoryApp, inMemoryApp } from './in-memory-app.fixture';

/**
 * Responses that do not linger (issue 9, point 7), in memory through `app.request`: every answer
 * says `nosniff`, and what carries reports, history, targets, the export or dashboards is never
 * stored (`no-store`: country offices share computers). Only what holds no data may be kept.
 */
const NOW = new Date('2026-11-20T03:00:00Z');
let app: InMemoryApp['app'];
let tokens: InMemoryApp['tokens'];

beforeAll(async () => {
  // With the docs, as the local server mounts them.
  ({ app, tokens } = await inMemoryApp(NOW));
});

type Case = [what: string, method: string, path: string, status: number, cacheControl: string, init?: { token?: 'none' | 'garbage'; body?: string }];

const NO_STORE = 'no-store';
const cases: Case[] = [
  // What carries survivor data or staff names: never stored.
  ['a report', 'GET', '/v1/submissions/LA/2026-10', 200, NO_STORE],
  ['a report written', 'PUT', '/v1/submissions/LA/2026-09', 201, NO_STORE, { body: JSON.stringify(fullBody(2)) }],
  ['the list of reports', 'GET', '/v1/submissions?country=LA', 200, NO_STORE],
  ["a report's history", 'GET', '/v1/submissions/LA/2026-10/history', 200, NO_STORE],
  ['targets', 'GET', '/v1/targets/LA/2026', 200, NO_STORE],
  ["a year's targets", 'GET', '/v1/targets?year=2026', 200, NO_STORE],
  ["targets' history", 'GET', '/v1/targets/LA/2026/history', 200, NO_STORE],
  ['the overview', 'GET', '/v1/dashboard/overview?from=2026-01&to=2026-09', 200, NO_STORE],
  ['a series', 'GET', '/v1/dashboard/series?indicator=PRT-01', 200, NO_STORE],
  ['completeness', 'GET', '/v1/dashboard/completeness', 200, NO_STORE],
  ['the export', 'GET', '/v1/export.csv', 200, NO_STORE],
  // Refusals: problems are never stored either.
  ['a 400', 'GET', '/v1/submissions/LA/2026-13', 400, NO_STORE],
  ['a 401 without a token', 'GET', '/v1/submissions/LA/2026-10', 401, NO_STORE, { token: 'none' }],
  ['a 401 for a bad token', 'GET', '/v1/dashboard/overview', 401, NO_STORE, { token: 'garbage' }],
  ['a 404 of an unknown report', 'GET', '/v1/submissions/LA/2025-01', 404, NO_STORE],
  ['a 404 of no route', 'GET', '/v1/nothing-here', 404, NO_STORE],
  ['a 404 outside /v1', 'GET', '/nothing-here', 404, NO_STORE],
  ['a 405', 'DELETE', '/v1/submissions/LA/2026-10', 405, NO_STORE],
  ['a 413', 'PUT', '/v1/submissions/LA/2026-08', 413, NO_STORE, { body: JSON.stringify({ values: [], note: 'n'.repeat(300 * 1024) }) }],
  // A monitor must see an outage at once: health is not kept.
  ['health', 'GET', '/v1/health', 200, NO_STORE, { token: 'none' }],
  // No data, the same for everyone, changed by a deploy: kept an hour by the browser alone.
  ['the framework', 'GET', '/v1/framework', 200, 'private, max-age=3600'],
  // No data: may be kept, asked for again each time so that a new contract shows at once.
  ['the OpenAPI document', 'GET', '/v1/openapi.json', 200, 'no-cache', { token: 'none' }],
  ['the docs page', 'GET', '/docs', 200, 'no-cache', { token: 'none' }],
  ["the docs' styles", 'GET', '/docs/docs.css', 200, 'no-cache', { token: 'none' }],
];

describe('response headers', () => {
  it.each(cases)('%s: %s %s answers %i with nosniff and Cache-Control %s', async (_what, method, path, status, cacheControl, init = {}) => {
    // Prepare
    const token = init.token === 'none' ? null : init.token === 'garbage' ? 'not-a-token' : await tokens.tokenFor('admin');
    const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
    if (init.body) Object.assign(headers, { 'Content-Type': 'application/json', 'If-None-Match': '*' });

    // Act
    const response = await app.request(path, { method, headers, ...(init.body ? { body: init.body } : {}) });

    // Assess
    expect(response.status).toBe(status);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe(cacheControl);
  });

  it('keeps the ETag of a report and answers 304 to a client that kept its own copy', async () => {
    const headers = { Authorization: `Bearer ${await tokens.tokenFor('admin')}`, 'If-None-Match': '"1"' };

    const response = await app.request('/v1/submissions/LA/2026-10', { headers });

    expect([response.status, response.headers.get('etag'), response.headers.get('cache-control')]).toEqual([304, '"1"', NO_STORE]);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
