import { createAggregatorHandler } from '@etip/aggregator/handler';
import { fullBody } from '@etip/core/testing';
import { DynamoAggregateStore } from '@etip/db';
import { type StreamPoller, startStreamPoller } from '@etip/local/stream-poller';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { recompute, storedAggregates, storedReports } from '../support/aggregates';
import { createTestApi } from '../support/api';
import { createTestTable } from '../support/database';

describe('aggregates fed from the real stream of DynamoDB Local', () => {
  let table: Awaited<ReturnType<typeof createTestTable>>;
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let poller: StreamPoller;

  beforeAll(async () => {
    table = await createTestTable();
    api = await createTestApi(table, { now: () => new Date('2026-11-20T00:00:00Z') });
    const handler = createAggregatorHandler(new DynamoAggregateStore(table.documents, table.tableName));
    poller = await startStreamPoller({ client: table.client, tableName: table.tableName, handler });
  });
  afterAll(() => poller.stop());

  it('keeps the last submitted values and every status, equal to a recomputation', async () => {
    const office = await api.tokenFor('country-office', 'LA');
    const lead = await api.tokenFor('regional-lead');
    const put = (period: string, seed: number, headers: Record<string, string>) =>
      api.request('PUT', `/v1/submissions/LA/${period}`, { token: office, body: fullBody(seed), headers });
    await put('2026-08', 1, { 'If-None-Match': '*' });
    await api.request('POST', '/v1/submissions/LA/2026-08/submit', { token: office, headers: { 'If-Match': '"1"' } });
    await api.request('POST', '/v1/submissions/LA/2026-08/approve', { token: lead, headers: { 'If-Match': '"2"' } });
    await put('2026-08', 2, { 'If-Match': '"3"' }); // re-edited: a draft, dashboards keep version 2's values
    await put('2026-09', 3, { 'If-None-Match': '*' }); // never submitted: status only
    // A draft with no values yet: DynamoDB Local streams its empty map without a type.
    await api.request('PUT', '/v1/submissions/LA/2026-10', { token: office, body: { values: [] }, headers: { 'If-None-Match': '*' } });

    const expected = recompute(await storedReports(table.documents, table.tableName));
    await vi.waitFor(async () => expect(await storedAggregates(table.documents, table.tableName)).toEqual(expected), { timeout: 10_000, interval: 100 });
    const months = expected.months as Record<string, { status: string; publishedVersion: number | null }>;
    expect(months['LA 2026-08']).toMatchObject({ status: 'draft', publishedVersion: 2 });
    expect(months['LA 2026-09']).toMatchObject({ status: 'draft', publishedVersion: null });
    expect(months['LA 2026-10']).toMatchObject({ status: 'draft', publishedVersion: null });
  });
});
