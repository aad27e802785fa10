import { randomBytes } from 'node:crypto';
import { ORIGIN_VERIFY_HEADER } from '@etip/api/origin-verify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDevIssuer, type DevIssuer } from '../../local/src/dev-issuer';
import { type ApiHandler, type ApiLambda, startApiLambda } from '../support/lambda-api';
import { captureOutput, logLines } from '../support/lambda-output';
import { apiGatewayEvent, lambdaContext } from './api-gateway-event';

/** What CloudFront adds to a request on its way to the API, besides the origin secret. */
const CLOUDFRONT_HEADERS = { via: '2.0 0123456789abcdef0123456789abcdef.cloudfront.net (CloudFront)', 'x-amz-cf-id': 'aBcD0123456789eFgH0123456789iJkL==' };

/**
 * Issue 9, 8: the API's Lambda entry point, configured as the stack configures it (with
 * `ORIGIN_VERIFY_SECRET`), answers only requests that came through CloudFront. Invoked with
 * real-shaped HTTP API events: as API Gateway passes a call made to its own address (no header,
 * or a guessed one) and one forwarded by CloudFront (the header, among CloudFront's own).
 */
describe('API Lambda handler with the origin secret', () => {
  const secret = randomBytes(48).toString('base64url');
  let lambda: ApiLambda;
  let issuer: DevIssuer;
  let handler: ApiHandler;
  const invoke = async (...args: Parameters<typeof apiGatewayEvent>) => {
    const { result, text, lines } = await captureOutput(() => handler(apiGatewayEvent(...args), lambdaContext()));
    return { ...result, json: result.body ? JSON.parse(result.body) : undefined, text, logs: logLines(lines) };
  };
  const throughCloudFront = (headers: Record<string, string> = {}) => ({ ...CLOUDFRONT_HEADERS, [ORIGIN_VERIFY_HEADER]: secret, ...headers });

  beforeAll(async () => {
    lambda = await startApiLambda({ ORIGIN_VERIFY_SECRET: secret });
    ({ issuer, handler } = lambda);
  });
  afterAll(async () => {
    // Should this worker import the handler again for another file, it must find no secret.
    delete process.env.ORIGIN_VERIFY_SECRET;
    await lambda.close();
  });

  const expectDirectRequest = (answer: Awaited<ReturnType<typeof invoke>>) => {
    expect(answer.statusCode).toBe(403);
    expect(answer.headers?.['content-type']).toBe('application/problem+json');
    expect(answer.headers?.['x-content-type-options']).toBe('nosniff');
    expect(answer.json).toMatchObject({ type: '/problems/direct-request', status: 403 });
    expect(answer.headers?.['x-correlation-id']).toEqual(expect.any(String));
    expect(answer.logs).toEqual([expect.objectContaining({ message: 'request', status: 403 })]);
    expect(answer.text).not.toContain(secret);
  };

  it('refuses a call to its own address: health, and a token the gateway authorizer accepted', async () => {
    const token = await issuer.issue({ role: 'regional-lead' });
    expectDirectRequest(await invoke('GET', '/v1/health'));
    expectDirectRequest(await invoke('GET', '/v1/submissions', { token, routeKey: 'ANY /v1/{proxy+}' }));
    expectDirectRequest(
      await invoke('PUT', '/v1/submissions/LA/2026-10', { token, body: { values: [] }, headers: { 'if-none-match': '*' }, routeKey: 'ANY /v1/{proxy+}' }),
    );
  });

  it('refuses a wrong value, even with the rest of what CloudFront sends', async () => {
    const token = await issuer.issue({ role: 'regional-lead' });
    for (const value of [secret.slice(0, -1), `${secret}x`, secret.toUpperCase(), 'x'.repeat(secret.length)]) {
      expectDirectRequest(await invoke('GET', '/v1/health', { headers: throughCloudFront({ [ORIGIN_VERIFY_HEADER]: value }) }));
      expectDirectRequest(
        await invoke('GET', '/v1/submissions', { token, headers: throughCloudFront({ [ORIGIN_VERIFY_HEADER]: value }), routeKey: 'ANY /v1/{proxy+}' }),
      );
    }
  });

  it('answers what CloudFront forwards: health, a signed-in read, and 401 for a bad token', async () => {
    const health = await invoke('GET', '/v1/health', { headers: throughCloudFront() });
    expect([health.statusCode, health.json]).toEqual([200, { status: 'ok' }]);
    const token = await issuer.issue({ role: 'regional-lead' });
    const listed = await invoke('GET', '/v1/submissions?country=LA&from=2026-01', { token, headers: throughCloudFront(), routeKey: 'ANY /v1/{proxy+}' });
    expect([listed.statusCode, listed.json]).toEqual([200, []]);
    const forged = await invoke('GET', '/v1/submissions', { token: await (await createDevIssuer()).issue({ role: 'admin' }), headers: throughCloudFront() });
    expect(forged.statusCode).toBe(401);
    for (const answer of [health, listed, forged]) expect(answer.text).not.toContain(secret);
  });
});
