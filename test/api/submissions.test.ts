import { ALL_CELLS } from '@etip/core';
import { fullBody } from '@etip/core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../support/api';
import { createTestTable } from '../support/database';

// A fixed clock: 5 November 2026, before the 2026-10 deadline (end of 10 November, local time).
let clock = new Date('2026-11-05T03:00:00Z');
const REPORT = '/v1/submissions/LA/2026-10';

describe('submissions API on DynamoDB Local', () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let office: string;
  let lead: string;

  beforeAll(async () => {
    const table = await createTestTable();
    api = await createTestApi(table, { now: () => clock });
    office = await api.tokenFor('country-office', 'LA');
    lead = await api.tokenFor('regional-lead');
  });

  it('answers health without a token and the framework with one', async () => {
    expect((await api.request('GET', '/v1/health')).json).toEqual({ status: 'ok' });
    expect((await api.request('GET', '/v1/framework')).status).toBe(401);
    const framework = await api.request('GET', '/v1/framework', { token: office });
    expect(framework.status).toBe(200);
    expect(framework.json.indicators).toHaveLength(15);
    expect(framework.json.cellsPerReport).toBe(ALL_CELLS.length);
    expect(framework.json.countries.map((c: { code: string }) => c.code)).toEqual(['KH', 'CN', 'LA', 'MM', 'TH', 'VN']);
  });

  it('runs a report through create, replace, submit, return, resubmit and approve', async () => {
    // Prepare: a draft that leaves cells out (not reported is not zero).
    const partial = { values: fullBody(1).values.slice(0, 10) };
    const created = await api.request('PUT', REPORT, { token: office, body: partial, headers: { 'If-None-Match': '*' } });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.headers.get('location')).toBe(REPORT);
    expect(created.json).toMatchObject({ country: 'LA', period: '2026-10', status: 'draft', version: 1, timeliness: null, returnReason: null });
    expect(created.json.values).toHaveLength(10);

    const incomplete = await api.request('POST', `${REPORT}/submit`, { token: office, headers: { 'If-Match': '"1"' } });
    expect(incomplete.status).toBe(400);
    expect(incomplete.headers.get('content-type')).toBe('application/problem+json');
    expect(incomplete.json.errors).toHaveLength(ALL_CELLS.length - 10);
    expect(incomplete.json.errors[0].message).toMatch(/^missing cell /);

    const replaced = await api.request('PUT', REPORT, { token: office, body: fullBody(2), headers: { 'If-Match': '"1"' } });
    expect(replaced.status).toBe(200);
    expect(replaced.json.version).toBe(2);
    expect(replaced.json.note).toBe('test report 2');

    const submitted = await api.request('POST', `${REPORT}/submit`, { token: office, headers: { 'If-Match': '"2"' } });
    expect(submitted.status).toBe(200);
    expect(submitted.json).toMatchObject({ status: 'submitted', version: 3, timeliness: 'on-time' });

    const noReason = await api.request('POST', `${REPORT}/return`, { token: lead, body: {}, headers: { 'If-Match': '"3"' } });
    expect(noReason.status).toBe(400);
    expect(noReason.json.errors).toEqual([{ path: 'reason', code: 'required', params: {}, message: 'is required' }]);

    const returned = await api.request('POST', `${REPORT}/return`, {
      token: lead,
      body: { reason: 'PRT-01 totals look doubled' },
      headers: { 'If-Match': '"3"' },
    });
    expect(returned.json).toMatchObject({ status: 'returned', version: 4, returnReason: 'PRT-01 totals look doubled' });

    // The resubmission comes after the deadline, but the first submission was on time.
    clock = new Date('2026-11-10T17:00:00Z');
    const resubmitted = await api.request('POST', `${REPORT}/submit`, { token: office, headers: { 'If-Match': '"4"' } });
    expect(resubmitted.json).toMatchObject({ status: 'submitted', version: 5, timeliness: 'on-time', returnReason: null });

    const approved = await api.request('POST', `${REPORT}/approve`, { token: lead, headers: { 'If-Match': '"5"' } });
    expect(approved.status).toBe(200);
    expect(approved.json).toMatchObject({ status: 'approved', version: 6, updatedBy: expect.any(String) });

    const fetched = await api.request('GET', REPORT, { token: lead });
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('etag')).toBe('"6"');
    expect(fetched.json).toEqual(approved.json);
    expect(fetched.json.values).toHaveLength(ALL_CELLS.length);
    expect(fetched.json).not.toHaveProperty('published');

    const notModified = await api.request('GET', REPORT, { token: lead, headers: { 'If-None-Match': '"6"' } });
    expect(notModified.status).toBe(304);

    const history = await api.request('GET', `${REPORT}/history`, { token: office });
    expect(history.status).toBe(200);
    expect(history.json.map((r: { version: number; action: string; status: string }) => [r.version, r.action, r.status])).toEqual([
      [1, 'create', 'draft'],
      [2, 'replace', 'draft'],
      [3, 'submit', 'submitted'],
      [4, 'return', 'returned'],
      [5, 'submit', 'submitted'],
      [6, 'approve', 'approved'],
    ]);
    expect(history.json[0].changes).toHaveLength(10);
    expect(history.json[0].actor).toMatchObject({ role: 'country-office' });
    expect(history.json[3].reason).toBe('PRT-01 totals look doubled');
  });

  it('makes an edited approved report a draft again', async () => {
    const edited = await api.request('PUT', REPORT, { token: office, body: fullBody(3), headers: { 'If-Match': '"6"' } });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({ status: 'draft', version: 7 });
    const again = await api.request('POST', `${REPORT}/approve`, { token: lead, headers: { 'If-Match': '"7"' } });
    expect(again.status).toBe(409);
  });

  it('lists summaries with filters', async () => {
    await api.request('PUT', '/v1/submissions/LA/2026-09', { token: office, body: fullBody(4), headers: { 'If-None-Match': '*' } });
    const all = await api.request('GET', '/v1/submissions?country=LA', { token: office });
    expect(all.status).toBe(200);
    expect(all.json.map((s: { period: string }) => s.period)).toEqual(['2026-09', '2026-10']);
    expect(Object.keys(all.json[0]).sort()).toEqual(['country', 'period', 'status', 'timeliness', 'updatedAt', 'version']);
    const ranged = await api.request('GET', '/v1/submissions?from=2026-10&to=2026-10&status=draft', { token: lead });
    expect(ranged.json).toEqual([expect.objectContaining({ country: 'LA', period: '2026-10', status: 'draft' })]);
    const bad = await api.request('GET', '/v1/submissions?country=XX&from=2026-13&colour=red', { token: lead });
    expect(bad.status).toBe(400);
    expect(bad.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(['query/colour', 'query/country', 'query/from']);
  });
});
