import { fullBody } from '@etip/core/testing';
import { describe, expect, it } from 'vitest';
import { createTestApi } from '../support/api';
import { createTestTable } from '../support/database';

/**
 * DESIGN.md 7: a full report's create, replace and submit each cost at most 6 × its size in KB
 * (rounded up) in write units. Consumed capacity is deterministic, so it can be asserted.
 */
describe('write cost of a full report', () => {
  it('stays within budget for create, replace and submit', async () => {
    const table = await createTestTable();
    const api = await createTestApi(table, { now: () => new Date('2026-11-20T00:00:00Z') });
    const token = await api.tokenFor('country-office', 'LA');
    const path = '/v1/submissions/LA/2026-10';
    const sizeKb = Math.ceil(Buffer.byteLength(JSON.stringify(fullBody(1))) / 1024);
    const budget = 6 * sizeKb;

    const costs = {
      create: await api.request('PUT', path, { token, body: fullBody(1), headers: { 'If-None-Match': '*' } }),
      replace: await api.request('PUT', path, { token, body: fullBody(2), headers: { 'If-Match': '"1"' } }),
      submit: await api.request('POST', `${path}/submit`, { token, headers: { 'If-Match': '"2"' } }),
    };
    const units = Object.fromEntries(Object.entries(costs).map(([action, r]) => [action, Number(r.headers.get('x-consumed-wcu'))]));
    console.log(`full report: ${sizeKb} KB as JSON, budget ${budget} WCU; consumed`, units);
    for (const [action, wcu] of Object.entries(units)) {
      expect(wcu, action).toBeGreaterThan(0);
      expect(wcu, action).toBeLessThanOrEqual(budget);
    }
  });
});
