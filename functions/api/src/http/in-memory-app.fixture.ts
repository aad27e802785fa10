import { fullBody, InMemoryReportRepository, InMemoryTargetRepository, memoryAggregates } from '@etip/core/testing';
import { expect } from 'vitest';
import { createApp } from '../app';
import { testTokens } from '../auth/token.fixture';
import { docsRoutes } from '../routes/docs';

/**
 * The real app as the local server wires it (docs included), over in-memory repositories, for the
 * tests through `app.request`: its clock stopped at `now`, tokens from `testTokens`, and a draft
 * (LA 2026-10) and targets (LA 2026) to find, so that reads, writes and transitions reach the domain.
 */
export async function inMemoryApp(now: Date) {
  const tokens = await testTokens();
  const app = createApp(
    {
      reports: new InMemoryReportRepository(),
      targets: new InMemoryTargetRepository(),
      aggregates: memoryAggregates([]),
      verifyToken: tokens.verifyToken,
      now: () => now,
    },
    { publicRoutes: docsRoutes() },
  );
  const admin = { authorization: `Bearer ${await tokens.tokenFor('admin')}`, 'content-type': 'application/json', 'if-none-match': '*' };
  expect((await app.request('/v1/submissions/LA/2026-10', { method: 'PUT', headers: admin, body: JSON.stringify(fullBody(1)) })).status).toBe(201);
  expect((await app.request('/v1/targets/LA/2026', { method: 'PUT', headers: admin, body: '{"targets":{"PRV-01":4800}}' })).status).toBe(201);
  return { app, tokens };
}

export type InMemoryApp = Awaited<ReturnType<typeof inMemoryApp>>;
