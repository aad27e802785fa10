import { fullBody } from '@etip/core/testing';
import { describe, expect, it } from 'vitest';
import { createTestApi } from '../support/api';
import { createTestTable } from '../support/database';

describe('concurrent writes', () => {
  it('20 replaces with the same If-Match: exactly one wins, nineteen get 412, history holds each accepted change once', async () => {
    // Prepare
    const table = await createTestTable();
    const api = await createTestApi(table, { now: () => new Date('2026-11-20T00:00:00Z') });
    const token = await api.tokenFor('country-office', 'VN');
    const path = '/v1/submissions/VN/2026-10';
    expect((await api.request('PUT', path, { token, body: fullBody(0), headers: { 'If-None-Match': '*' } })).status).toBe(201);

    // Act
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, n) => api.request('PUT', path, { token, body: fullBody(n + 1), headers: { 'If-Match': '"1"' } })),
    );

    // Assess
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array(19).fill(412)]);
    const winner = responses.find((r) => r.status === 200)!;
    const current = await api.request('GET', path, { token });
    expect(current.json).toEqual(winner.json);
    const history = await api.request('GET', `${path}/history`, { token });
    expect(history.json.map((r: { version: number }) => r.version)).toEqual([1, 2]);
    expect(history.json[1].changes.length).toBeGreaterThan(0);
  });

  it('20 creates of the same report: one 201, nineteen 409', async () => {
    const table = await createTestTable();
    const api = await createTestApi(table, { now: () => new Date('2026-11-20T00:00:00Z') });
    const token = await api.tokenFor('country-office', 'MM');
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, n) => api.request('PUT', '/v1/submissions/MM/2026-10', { token, body: fullBody(n), headers: { 'If-None-Match': '*' } })),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, ...Array(19).fill(409)]);
    const history = await api.request('GET', '/v1/submissions/MM/2026-10/history', { token });
    expect(history.json).toHaveLength(1);
  });

  it('a rejected write leaves the table byte-for-byte unchanged', async () => {
    const table = await createTestTable();
    const api = await createTestApi(table, { now: () => new Date('2026-11-20T00:00:00Z') });
    const token = await api.tokenFor('country-office', 'CN');
    const path = '/v1/submissions/CN/2026-10';
    await api.request('PUT', path, { token, body: fullBody(1), headers: { 'If-None-Match': '*' } });
    const before = await table.snapshot();
    const rejected = [
      await api.request('PUT', path, { token, body: fullBody(2), headers: { 'If-Match': '"9"' } }),
      await api.request('PUT', path, { token, body: { values: [{ indicator: 'PRV-04', valeu: 5 }] }, headers: { 'If-Match': '"1"' } }),
      await api.request('POST', `${path}/submit`, { token, body: {}, headers: { 'If-Match': '"2"' } }),
      await api.request('POST', `${path}/approve`, { token: await api.tokenFor('regional-lead'), headers: { 'If-Match': '"1"' } }),
    ];
    expect(rejected.map((r) => r.status)).toEqual([412, 400, 412, 409]);
    expect(await table.snapshot()).toBe(before);
  });
});
