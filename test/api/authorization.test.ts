import { addMonths, type CountryCode, type Role } from '@etip/core';
import { fullBody } from '@etip/core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../support/api';
import { createTestTable } from '../support/database';

/**
 * The authorisation matrix: 4 roles × own / other country × every route. Written out by hand
 * (not derived from the policy code) so that a change of policy has to change this table too.
 */
type Route = 'framework' | 'list' | 'get' | 'history' | 'put' | 'submit' | 'approve' | 'return';
type Who = 'office-own' | 'office-other' | 'regional-lead' | 'admin' | 'viewer';
const ALLOWED: Record<Route, Who[]> = {
  framework: ['office-own', 'office-other', 'regional-lead', 'admin', 'viewer'],
  list: ['office-own', 'regional-lead', 'admin'],
  get: ['office-own', 'regional-lead', 'admin'],
  history: ['office-own', 'regional-lead', 'admin'],
  put: ['office-own', 'admin'],
  submit: ['office-own', 'admin'],
  approve: ['regional-lead', 'admin'],
  return: ['regional-lead', 'admin'],
};
const WHO: Record<Who, { role: Role; country?: CountryCode }> = {
  'office-own': { role: 'country-office', country: 'LA' },
  'office-other': { role: 'country-office', country: 'TH' },
  'regional-lead': { role: 'regional-lead' },
  admin: { role: 'admin' },
  viewer: { role: 'viewer' },
};
/** The status a report must be in for the route to succeed when allowed. */
const NEEDS: Record<Route, 'none' | 'draft' | 'submitted'> = {
  framework: 'none',
  list: 'none',
  get: 'draft',
  history: 'draft',
  put: 'draft',
  submit: 'draft',
  approve: 'submitted',
  return: 'submitted',
};

describe('authorisation matrix', () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let table: Awaited<ReturnType<typeof createTestTable>>;
  let period = '2016-01';

  /** A report of LA in the state a route needs, made through the API by an admin. */
  async function prepare(status: 'draft' | 'submitted'): Promise<string> {
    period = addMonths(period, 1);
    const admin = await api.tokenFor('admin');
    const path = `/v1/submissions/LA/${period}`;
    await api.request('PUT', path, { token: admin, body: fullBody(2), headers: { 'If-None-Match': '*' } });
    if (status === 'submitted') await api.request('POST', `${path}/submit`, { token: admin, headers: { 'If-Match': '"1"' } });
    return path;
  }

  async function call(route: Route, token: string) {
    const path = NEEDS[route] === 'none' ? '' : await prepare(NEEDS[route] as 'draft' | 'submitted');
    const version = NEEDS[route] === 'submitted' ? '"2"' : '"1"';
    switch (route) {
      case 'framework':
        return api.request('GET', '/v1/framework', { token });
      case 'list':
        return api.request('GET', '/v1/submissions?country=LA', { token });
      case 'get':
        return api.request('GET', path, { token });
      case 'history':
        return api.request('GET', `${path}/history`, { token });
      case 'put':
        return api.request('PUT', path, { token, body: fullBody(3), headers: { 'If-Match': version } });
      case 'submit':
        return api.request('POST', `${path}/submit`, { token, headers: { 'If-Match': version } });
      case 'approve':
        return api.request('POST', `${path}/approve`, { token, headers: { 'If-Match': version } });
      case 'return':
        return api.request('POST', `${path}/return`, { token, body: { reason: 'check PRT-01' }, headers: { 'If-Match': version } });
    }
  }

  beforeAll(async () => {
    table = await createTestTable();
    api = await createTestApi(table, { now: () => new Date('2026-11-20T00:00:00Z') });
  });

  const cases = (Object.keys(ALLOWED) as Route[]).flatMap((route) => (Object.keys(WHO) as Who[]).map((who) => [route, who] as const));
  it.each(cases)('%s by %s', async (route, who) => {
    const token = await api.tokenFor(WHO[who].role, WHO[who].country);
    const before = await table.snapshot();
    const response = (await call(route, token))!;
    if (ALLOWED[route].includes(who)) {
      expect(response.status, response.text).toBeLessThan(300);
    } else {
      expect(response.status, response.text).toBe(403);
      expect(response.json.type).toBe('/problems/forbidden');
    }
    if (!ALLOWED[route].includes(who) && NEEDS[route] === 'none') expect(await table.snapshot()).toBe(before);
  });

  it('a denied write leaves the table unchanged', async () => {
    const path = await prepare('submitted');
    const before = await table.snapshot();
    for (const who of ['office-other', 'viewer', 'regional-lead'] as Who[]) {
      const token = await api.tokenFor(WHO[who].role, WHO[who].country);
      expect((await api.request('PUT', path, { token, body: fullBody(9), headers: { 'If-Match': '"2"' } })).status).toBe(403);
    }
    expect(await table.snapshot()).toBe(before);
  });

  it('a country office lists only its own country by default; a viewer sees no reports', async () => {
    const own = await api.request('GET', '/v1/submissions', { token: await api.tokenFor('country-office', 'TH') });
    expect(own.status).toBe(200);
    expect(own.json).toEqual([]);
    const lead = await api.request('GET', '/v1/submissions', { token: await api.tokenFor('regional-lead') });
    expect(lead.json.length).toBeGreaterThan(0);
    expect((await api.request('GET', '/v1/submissions', { token: await api.tokenFor('viewer') })).status).toBe(403);
  });
});
