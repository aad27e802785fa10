import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '@etip/api';
import { createTokenVerifier, jwksFromUrl } from '@etip/api/auth/verify-token';
import { fullBody } from '@etip/core/testing';
import { createStores } from '@etip/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDevIssuer, type DevIssuer } from '../../local/src/dev-issuer';
import { createTestTable, type TestTable } from '../support/database';

/** A loopback URL where nothing listens: a key set that cannot be fetched, as when Cognito is unreachable. */
async function unreachableUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return `http://127.0.0.1:${port}/.well-known/jwks.json`;
}

/**
 * The request log the Lambda gives its Powertools Logger to, on the real app and stores: one
 * line per request, a failure of ours at ERROR with its error, and nothing a caller sent.
 */
describe('the request log', () => {
  let table: TestTable;
  let issuer: DevIssuer;

  /** The real app with a logger that keeps its lines, and the key set at `jwks` (the issuer's own by default). */
  const appLogging = (jwks?: string) => {
    const lines: Record<string, unknown>[] = [];
    const keep = (level: string) => (message: string, attributes: Record<string, unknown>) => lines.push({ level, message, ...attributes });
    const app = createApp({
      ...createStores(table.documents, table.tableName),
      verifyToken: createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, keys: jwks ? jwksFromUrl(jwks) : issuer.keys }),
      now: () => new Date('2026-11-20T00:00:00Z'),
      log: { info: keep('INFO'), error: keep('ERROR') },
    });
    return { app, lines };
  };

  beforeAll(async () => {
    [table, issuer] = await Promise.all([createTestTable(), createDevIssuer()]);
  });

  it('logs a request by its route pattern, method, status and duration: not its token, query or body', async () => {
    // Prepare
    const { app, lines } = appLogging();
    const token = await issuer.issue({ role: 'country-office', country: 'MM' });
    const body = JSON.stringify({ ...fullBody(3), note: 'a note about one survivor' });

    // Act
    const created = await app.request('/v1/submissions/MM/2026-03', {
      method: 'PUT',
      body,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'If-None-Match': '*' },
    });
    const unknown = await app.request('/v1/nowhere?country=MM', { headers: { Authorization: `Bearer ${token}` } });

    // Assess
    expect([created.status, unknown.status]).toEqual([201, 404]);
    expect(lines).toEqual([
      { level: 'INFO', message: 'request', method: 'PUT', route: '/v1/submissions/:country/:period', status: 201, durationMs: expect.any(Number) },
      // No route matched: the path as it came, without its query.
      { level: 'INFO', message: 'request', method: 'GET', route: '/v1/nowhere', status: 404, durationMs: expect.any(Number) },
    ]);
  });

  it('logs a failure of ours (5xx) at ERROR, with the error by name, message and stack', async () => {
    // Prepare: the key set cannot be fetched, which is no fault of the caller's.
    const { app, lines } = appLogging(await unreachableUrl());
    const token = await issuer.issue({ role: 'admin' });

    // Act
    const response = await app.request('/v1/submissions', { headers: { Authorization: `Bearer ${token}` } });

    // Assess
    expect(response.status).toBe(500);
    expect(await response.text()).not.toMatch(/127\.0\.0\.1|stack/);
    expect(lines).toEqual([
      {
        level: 'ERROR',
        message: 'request failed',
        method: 'GET',
        route: '/v1/submissions',
        status: 500,
        durationMs: expect.any(Number),
        error: { name: expect.any(String), message: expect.any(String), stack: expect.any(String) },
      },
    ]);
    expect(JSON.stringify(lines)).not.toContain(token);
  });
});
