import { type AdversarialRequest, adversarialRequest, expectSafeAnswer, type Sender, tampered } from '@etip/api/http/adversarial-requests.fixture';
import { problemSchema } from '@etip/core';
import { fullBody } from '@etip/core/testing';
import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevIssuer } from '../../local/src/dev-issuer';
import { type ApiHandler, type ApiLambda, startApiLambda } from '../support/lambda-api';
import { captureOutput, logLines } from '../support/lambda-output';
import { apiGatewayEvent, lambdaContext } from './api-gateway-event';

/**
 * Never a 5xx for input (issue 9, point 5), through the API's Lambda entry point as AWS runs it:
 * configured by its environment, its tokens checked against a JWKS served over HTTP, its data in
 * DynamoDB Local, invoked with HTTP API v2 events as the gateway makes them (header names in lower
 * case, a binary body base64-encoded). The generator is the in-memory test's; a fixed seed.
 */
const RUNS = 2_000;

/** Bodies API Gateway passes as text; any other type arrives base64-encoded (`isBase64Encoded`). */
const TEXT_TYPES = /^\s*(text\/|application\/([\w.+-]*\+)?(json|xml|javascript|x-www-form-urlencoded))/i;

describe('adversarial requests through the Lambda handler', () => {
  let lambda: ApiLambda;
  let issuer: DevIssuer;
  let handler: ApiHandler;
  const signed = new Map<string, string>();

  const tokenOf = async (sender: Extract<Sender, { role: unknown }>) => {
    const key = `${sender.role}:${sender.country ?? ''}`;
    if (!signed.has(key)) signed.set(key, await issuer.issue({ role: sender.role, ...(sender.country ? { country: sender.country } : {}) }));
    return signed.get(key)!;
  };

  /** The event API Gateway would make of the request: its exact headers, the body as text or base64. */
  const eventOf = async (request: AdversarialRequest) => {
    const token = 'role' in request.sender ? await tokenOf(request.sender) : undefined;
    const authorization =
      'authorization' in request.sender ? request.sender.authorization : `Bearer ${request.sender.tamper ? tampered(token!, request.sender.tamper) : token}`;
    // The authorizer's claims are those of the untampered token (its own check passed).
    const event = apiGatewayEvent(request.method, `${request.path}${request.query ? `?${request.query}` : ''}`, token ? { token } : {});
    event.headers = { host: event.headers.host!, 'user-agent': 'vitest', ...request.headers, ...(authorization === null ? {} : { authorization }) };
    if (request.body !== undefined && request.body !== '') {
      const binary = !TEXT_TYPES.test(request.headers['content-type'] ?? '');
      event.body = binary ? Buffer.from(request.body).toString('base64') : request.body;
      event.isBase64Encoded = binary;
    }
    return event;
  };

  beforeAll(async () => {
    // Prepare: the issuer's keys over HTTP, as Cognito serves them; a table with a draft and targets.
    lambda = await startApiLambda();
    ({ issuer, handler } = lambda);
    const admin = await issuer.issue({ role: 'admin' });
    const create = { token: admin, headers: { 'if-none-match': '*' } };
    const { result: report } = await captureOutput(() =>
      handler(apiGatewayEvent('PUT', '/v1/submissions/LA/2025-06', { ...create, body: fullBody(1) }), lambdaContext()),
    );
    const { result: targets } = await captureOutput(() =>
      handler(apiGatewayEvent('PUT', '/v1/targets/LA/2026', { ...create, body: { targets: { 'PRV-01': 4800 } } }), lambdaContext()),
    );
    expect([report.statusCode, targets.statusCode]).toEqual([201, 201]);
  });
  afterAll(() => lambda.close());

  it(`answers ${RUNS} generated events below 500, each refusal a problem+json`, { timeout: 120_000 }, async () => {
    // Act and assess, event by event; the function's log lines kept from the terminal
    const statuses = new Map<number, number>();
    const { lines } = await captureOutput(() =>
      fc.assert(
        fc.asyncProperty(adversarialRequest, async (request) => {
          const result = await handler(await eventOf(request), lambdaContext());
          const headers = Object.fromEntries(Object.entries(result.headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]));
          const body = result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64').toString() : (result.body ?? '');
          statuses.set(result.statusCode!, (statuses.get(result.statusCode!) ?? 0) + 1);
          expectSafeAnswer(request, { status: result.statusCode!, headers: (name) => headers[name], body });
        }),
        { numRuns: RUNS, seed: 20261129, endOnFailure: true },
      ),
    );

    // Assess: no request failed on our side, by its status or its log line
    const counted = [...statuses.values()].reduce((a, b) => a + b, 0);
    console.log(`Lambda handler: ${counted} events, by status ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`);
    expect(counted).toBe(RUNS);
    expect(logLines(lines).filter((line) => line.level === 'ERROR')).toEqual([]);
    // Reads and writes reach DynamoDB Local, refusals of every kind come back (the in-memory test, with four times the requests, checks them all).
    expect([...statuses.keys()]).toEqual(expect.arrayContaining([200, 201, 400, 401, 403, 404, 405, 413, 415]));
  });

  it('answers a GET with a body as the local server does, ignoring the body, rather than with the adapter’s plain-text 400', async () => {
    // Fetch forbids a GET a body, so Hono's adapter could not make a Request of this event.
    const token = await issuer.issue({ role: 'admin' });
    const event = apiGatewayEvent('GET', '/v1/submissions/LA/2025-06', { token, body: '{"values":[]}' });

    const { result } = await captureOutput(() => handler(event, lambdaContext()));

    expect(result.statusCode).toBe(200);
    expect(result.headers?.['x-content-type-options']).toBe('nosniff');
  });

  it("answers an event Hono's adapter cannot make a Request of with a problem, not its plain text", async () => {
    // A line break in a header value: Fetch refuses it (the gateway would too; the app must not depend on that).
    const event = apiGatewayEvent('GET', '/v1/health', { headers: { 'x-note': 'one\ntwo' } });

    const { result } = await captureOutput(() => handler(event, lambdaContext()));

    expect([result.statusCode, result.headers?.['content-type'], result.headers?.['x-content-type-options']]).toEqual([
      400,
      'application/problem+json',
      'nosniff',
    ]);
    expect(problemSchema.parse(JSON.parse(result.body!))).toMatchObject({ type: '/problems/invalid-request', status: 400 });
    expect(result.headers?.['x-correlation-id']).toBe(event.requestContext.requestId);
  });
});
