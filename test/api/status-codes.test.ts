import { fullBody } from '@etip/core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../support/api';
import { createTestTable } from '../support/database';

const now = new Date('2026-11-20T00:00:00Z');

describe('status codes clients rely on (DESIGN.md 3)', () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let table: Awaited<ReturnType<typeof createTestTable>>;
  let office: string;
  const put = (path: string, body: unknown, headers: Record<string, string>) => api.request('PUT', path, { token: office, body, headers });

  beforeAll(async () => {
    table = await createTestTable();
    api = await createTestApi(table, { now: () => now });
    office = await api.tokenFor('country-office', 'KH');
    expect((await put('/v1/submissions/KH/2026-08', fullBody(1), { 'If-None-Match': '*' })).status).toBe(201);
  });

  it('400 names every invalid field at once, and nothing is stored', async () => {
    const before = await table.snapshot();
    const body = {
      values: [
        { indicator: 'PRV-99', value: 1 },
        { indicator: 'PRV-01', sex: 'female', age: '9-17', valeu: 5 },
        { indicator: 'PRV-01', sex: 'x', age: '9-17', value: -1 },
        { indicator: 'PRT-06', sex: 'male', numerator: 11, denominator: 10 },
        { indicator: 'PRV-04', value: 2.5 },
        { indicator: 'PRV-04', value: 1_000_001 },
      ],
      note: 'n'.repeat(2001),
      status: 'approved',
    };
    const response = await put('/v1/submissions/KH/2026-09', body, { 'If-None-Match': '*' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.json).toMatchObject({ type: '/problems/invalid-request', status: 400, title: expect.any(String), detail: expect.any(String) });
    expect(response.json.errors.map((e: { path: string }) => e.path)).toEqual([
      'note',
      'status',
      'values/0/indicator',
      'values/1/valeu',
      'values/1/value',
      'values/2/sex',
      'values/2/value',
      'values/3/numerator',
      'values/4/value',
      'values/5',
      'values/5/value',
    ]);
    expect(await table.snapshot()).toBe(before);
  });

  it('400 for a malformed path, a future period or one before 2015', async () => {
    const path = await api.request('GET', '/v1/submissions/XX/2026-1', { token: office });
    expect(path.status).toBe(400);
    expect(path.json.errors.map((e: { path: string }) => e.path)).toEqual(['country', 'period']);
    const future = await put('/v1/submissions/KH/2026-12', fullBody(1), { 'If-None-Match': '*' });
    expect(future.status).toBe(400);
    expect(future.json.errors[0]).toMatchObject({ path: 'period', message: expect.stringMatching(/future/) });
    expect((await put('/v1/submissions/KH/2014-12', fullBody(1), { 'If-None-Match': '*' })).status).toBe(400);
    expect((await put('/v1/submissions/KH/2026-11', fullBody(1), { 'If-None-Match': '*' })).status).toBe(201);
  });

  it('400 for broken JSON and for fields on a transition', async () => {
    const broken = await put('/v1/submissions/KH/2026-08', '{"values": [', { 'If-Match': '"1"' });
    expect(broken.status).toBe(400);
    expect(broken.json.errors[0].path).toBe('');
    const extra = await api.request('POST', '/v1/submissions/KH/2026-08/submit', {
      token: office,
      body: { status: 'approved' },
      headers: { 'If-Match': '"1"' },
    });
    expect(extra.status).toBe(400);
  });

  it('401 without a token, with a bad one, or an expired one', async () => {
    const none = await api.request('GET', '/v1/submissions/KH/2026-08');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect((await api.request('GET', '/v1/submissions/KH/2026-08', { token: 'not.a.token' })).status).toBe(401);
    const expired = await api.issuer.issue({ role: 'admin', expiresIn: '-1h' });
    expect((await api.request('GET', '/v1/submissions/KH/2026-08', { token: expired })).status).toBe(401);
  });

  it('403 for another country and 404 for an unknown report', async () => {
    expect((await api.request('GET', '/v1/submissions/LA/2026-08', { token: office })).status).toBe(403);
    expect((await api.request('GET', '/v1/submissions/KH/2020-01', { token: office })).status).toBe(404);
    expect((await api.request('GET', '/v1/submissions/KH/2020-01/history', { token: office })).status).toBe(404);
    expect((await put('/v1/submissions/KH/2020-01', fullBody(1), { 'If-Match': '"1"' })).status).toBe(404);
    expect((await api.request('GET', '/v1/no-such-thing', { token: office })).status).toBe(404);
  });

  it('409 for a create over an existing report and for an illegal transition', async () => {
    expect((await put('/v1/submissions/KH/2026-08', fullBody(2), { 'If-None-Match': '*' })).status).toBe(409);
    const lead = await api.tokenFor('regional-lead');
    const approve = await api.request('POST', '/v1/submissions/KH/2026-08/approve', { token: lead, headers: { 'If-Match': '"1"' } });
    expect(approve.status).toBe(409);
    expect(approve.json.detail).toMatch(/draft/);
  });

  it('412 for a stale If-Match, 428 without one', async () => {
    expect((await put('/v1/submissions/KH/2026-08', fullBody(2), { 'If-Match': '"7"' })).status).toBe(412);
    expect((await put('/v1/submissions/KH/2026-08', fullBody(2), {})).status).toBe(428);
    expect((await put('/v1/submissions/KH/2026-07', fullBody(2), {})).status).toBe(428);
    const submit = await api.request('POST', '/v1/submissions/KH/2026-08/submit', { token: office });
    expect(submit.status).toBe(428);
    expect((await put('/v1/submissions/KH/2026-08', fullBody(2), { 'If-Match': 'yesterday' })).status).toBe(400);
  });

  it('413 over 256 KiB, 415 for a body that is not JSON', async () => {
    const before = await table.snapshot();
    const big = JSON.stringify({ values: [], note: 'x'.repeat(300 * 1024) });
    expect((await put('/v1/submissions/KH/2026-08', big, { 'If-Match': '"1"' })).status).toBe(413);
    const form = await put('/v1/submissions/KH/2026-08', 'values=1', { 'If-Match': '"1"', 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    expect(await table.snapshot()).toBe(before);
  });

  it('never answers 5xx to odd input', async () => {
    const odd: [string, string, unknown][] = [
      ['PUT', '/v1/submissions/KH/2026-08', null],
      ['PUT', '/v1/submissions/KH/2026-08', []],
      ['PUT', '/v1/submissions/KH/2026-08', 'null'],
      ['PUT', '/v1/submissions/KH/2026-08', { values: 'all' }],
      ['PUT', '/v1/submissions/KH/2026-08', { values: [null, 1, 'x', [], { indicator: null }] }],
      ['POST', '/v1/submissions/KH/2026-08/return', '"why"'],
      ['GET', '/v1/submissions/KH/9999-99', undefined],
      ['GET', '/v1/submissions/%E0%A4%A/2026-08', undefined],
      ['GET', '/v1/submissions?country=', undefined],
    ];
    for (const [method, path, body] of odd) {
      const response = await api.request(method, path, { token: office, body, headers: { 'If-Match': '"1"' } });
      expect(response.status, `${method} ${path} ${JSON.stringify(body)}`).toBeLessThan(500);
    }
  });
});
