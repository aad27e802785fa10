import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, startLocalServer } from '../support/local-server';
import { type RawAnswer, rawGet } from '../support/raw-http';

/**
 * Issue 9, 6: the local server answers only requests addressed to this machine, so a page that
 * DNS rebinding has re-pointed at 127.0.0.1 can neither mint a development token nor read the
 * API. Sent over TCP to the real local server, as `startLocalStack` wires it.
 */
describe('the local server answers only Host values of this machine', () => {
  let local: LocalServer;
  let port: number;
  let leadToken: string;

  beforeAll(async () => {
    local = await startLocalServer();
    port = local.port;
    leadToken = await local.issuer.issue({ role: 'regional-lead' });
  });

  afterAll(() => local.stop());

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
