import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTokenVerifier } from '@etip/api/auth/verify-token';
import { createStores } from '@etip/db';
import { createDevIssuer } from '@etip/local/dev-issuer';
import { serveLocal } from '@etip/local/node-server';
import { createLocalApp } from '@etip/local/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/database';
import { type RawAnswer, rawGet } from '../support/raw-http';

/**
 * Issue 9, 6: the local server answers only requests addressed to this machine, so a page that
 * DNS rebinding has re-pointed at 127.0.0.1 can neither mint a development token nor read the
 * API. Sent over TCP to the real local server, as `startLocalStack` wires it.
 */
describe('the local server answers only Host values of this machine', () => {
  let table: TestTable;
  let server: Server;
  let port: number;
  let leadToken: string;

  beforeAll(async () => {
    table = await createTestTable();
    const issuer = await createDevIssuer();
    const verifyToken = createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, keys: issuer.keys });
    const app = createLocalApp({ ...createStores(table.documents, table.tableName), verifyToken, now: () => new Date() }, issuer);
    server = await serveLocal(app.fetch, { port: 0, host: '127.0.0.1' });
    port = (server.address() as AddressInfo).port;
    leadToken = await issuer.issue({ role: 'regional-lead' });
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
    table.client.destroy();
  });

  const expectMisdirected = (answer: RawAnswer) => {
    expect([answer.status, answer.type]).toEqual([421, 'application/problem+json']);
    expect(JSON.parse(answer.body)).toMatchObject({ type: '/problems/misdirected-request', status: 421 });
    expect(answer.body).not.toMatch(/token"|eyJ/); // no token minted, no report read
  };

  it('refuses another name before any route: no token, no API, not even a 404', async () => {
    for (const host of ['evil.example:3000', `evil.example:${port}`, 'evil.example']) {
      expectMisdirected(await rawGet(port, '/dev/token?role=admin', { Host: host }));
      expectMisdirected(await rawGet(port, '/v1/submissions', { Host: host, Authorization: `Bearer ${leadToken}` }));
      expectMisdirected(await rawGet(port, '/v1/health', { Host: host }));
      expectMisdirected(await rawGet(port, '/v1/no-such-resource', { Host: host }));
      expectMisdirected(await rawGet(port, '/dev/jwks.json', { Host: host }));
    }
  });

  it('refuses this machine on another port, and an absolute-form target naming another host', async () => {
    expectMisdirected(await rawGet(port, '/dev/token?role=admin', { Host: `127.0.0.1:${port + 1}` }));
    expectMisdirected(await rawGet(port, 'http://evil.example/dev/token?role=admin', { Host: `127.0.0.1:${port}` }));
  });

  it('serves 127.0.0.1, localhost and [::1], with the port or without', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'localhost']) {
      const minted = await rawGet(port, '/dev/token?role=viewer', { Host: host });
      expect([minted.status, JSON.parse(minted.body).token]).toEqual([200, expect.stringMatching(/^eyJ/)]);
      const listed = await rawGet(port, '/v1/submissions', { Host: host, Authorization: `Bearer ${leadToken}` });
      expect([listed.status, listed.type]).toEqual([200, 'application/json']);
    }
    // As fetch sends it.
    expect((await fetch(`http://127.0.0.1:${port}/v1/health`)).status).toBe(200);
  });
});
