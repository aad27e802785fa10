import { randomBytes } from 'node:crypto';
import { problemSchema } from '@etip/core';
import { InMemoryReportRepository, InMemoryTargetRepository, memoryAggregates } from '@etip/core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiDeps, createApp } from '../app';
import { testTokens } from '../auth/token.fixture';
import { inMemoryApp } from './in-memory-app.fixture';
import { MAX_BODY_BYTES } from './json-body';
import { ORIGIN_VERIFY_HEADER } from './origin-verify';

/**
 * Issue 9, 8: in AWS the API answers only what came through CloudFront, which adds the origin
 * secret to every request it forwards. In memory, through `app.request`: the app as the Lambda
 * wires it (with the secret) and as the local server does (without).
 */
/** A fresh one per run, as Secrets Manager makes one per stage. */
const SECRET = randomBytes(48).toString('base64url');
const NOW = new Date('2026-11-20T03:00:00Z');
let deps: ApiDeps;
let viewer: string;

beforeAll(async () => {
  const tokens = await testTokens();
  deps = {
    reports: new InMemoryReportRepository(),
    targets: new InMemoryTargetRepository(),
    aggregates: memoryAggregates([]),
    verifyToken: tokens.verifyToken,
    now: () => NOW,
  };
  viewer = await tokens.tokenFor('viewer');
});

const send = (app: ReturnType<typeof createApp>, method: string, path: string, headers: Record<string, string> = {}, body?: string) =>
  app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });

/** The refusal of a request that did not come through CloudFront. */
async function expectDirectRequest(response: Response) {
  expect(response.status).toBe(403);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  // Like every answer of the app (response-headers.ts): it runs inside that middleware.
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('cache-control')).toBe('no-store');
  const text = await response.text();
  expect(problemSchema.parse(JSON.parse(text))).toMatchObject({ type: '/problems/direct-request', status: 403 });
  expect(text).not.toContain(SECRET);
}

describe('with the origin secret (the Lambda)', () => {
  const app = () => createApp({ ...deps, originSecret: SECRET });

  it('refuses a request without the header before any route and before the token: health, a valid token, no route, an oversized body', async () => {
    await expectDirectRequest(await send(app(), 'GET', '/v1/health'));
    await expectDirectRequest(await send(app(), 'GET', '/v1/framework', { Authorization: `Bearer ${viewer}` }));
    // Not 401: authentication comes after.
    await expectDirectRequest(await send(app(), 'GET', '/v1/submissions', { Authorization: 'Bearer not-a-token' }));
    // Not 404, not 413: nothing is read of the request.
    await expectDirectRequest(await send(app(), 'GET', '/v1/no-such-resource'));
    await expectDirectRequest(await send(app(), 'GET', '/'));
    const huge = JSON.stringify({ note: 'x'.repeat(MAX_BODY_BYTES) });
    await expectDirectRequest(await send(app(), 'PUT', '/v1/submissions/LA/2026-10', { 'Content-Type': 'application/json' }, huge));
  });

  it('refuses a wrong value: another of the same length, a part, the secret and more, other case, blank, repeated', async () => {
    const wrong = [
      'x'.repeat(SECRET.length),
      SECRET.slice(0, -1),
      SECRET.slice(1),
      `${SECRET}a`,
      SECRET.toUpperCase(),
      SECRET.toLowerCase(),
      '',
      `${SECRET}, ${SECRET}`,
    ];
    for (const value of wrong) {
      await expectDirectRequest(await send(app(), 'GET', '/v1/health', { [ORIGIN_VERIFY_HEADER]: value }));
      await expectDirectRequest(await send(app(), 'GET', '/v1/framework', { [ORIGIN_VERIFY_HEADER]: value, Authorization: `Bearer ${viewer}` }));
    }
  });

  it('answers with the right value as without the check: health, a signed-in read, and 401 without a token', async () => {
    const through = { [ORIGIN_VERIFY_HEADER]: SECRET };
    const health = await send(app(), 'GET', '/v1/health', through);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const framework = await send(app(), 'GET', '/v1/framework', { ...through, Authorization: `Bearer ${viewer}` });
    expect(framework.status).toBe(200);
    expect(await framework.text()).not.toContain(SECRET);
    const anonymous = await send(app(), 'GET', '/v1/framework', through);
    expect(anonymous.status).toBe(401);
    // Header names are case-insensitive: CloudFront may send it in any case.
    expect((await send(app(), 'GET', '/v1/health', { 'X-Origin-Verify': SECRET })).status).toBe(200);
  });
});

describe('without the origin secret (the local server, which has no CloudFront)', () => {
  it('answers without the header, and ignores one', async () => {
    const { app, tokens } = await inMemoryApp(NOW);
    const local = { Authorization: `Bearer ${await tokens.tokenFor('viewer')}` };
    expect((await send(app, 'GET', '/v1/health')).status).toBe(200);
    expect((await send(app, 'GET', '/v1/framework', local)).status).toBe(200);
    expect((await send(app, 'GET', '/v1/framework', { ...local, [ORIGIN_VERIFY_HEADER]: 'anything' })).status).toBe(200);
    expect((await send(app, 'GET', '/docs')).status).toBe(200);
  });
});
