import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fullBody } from '@etip/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDevIssuer, type DevIssuer } from '../../local/src/dev-issuer';
import { type ApiHandler, type ApiLambda, startApiLambda } from '../support/lambda-api';
import { captureOutput, type JsonLine, logLines } from '../support/lambda-output';
import { apiGatewayEvent, lambdaContext } from './api-gateway-event';

/**
 * The API's Lambda entry point, configured only through its environment as in AWS, invoked with
 * real-shaped HTTP API events. The JWKS is served over HTTP like Cognito's, on loopback. What it
 * writes to stdout and stderr (its JSON log lines) is kept with each answer.
 */
describe('API Lambda handler', () => {
  let lambda: ApiLambda;
  let issuer: DevIssuer;
  let handler: ApiHandler;
  let coldStart: JsonLine[];
  const invoke = async (...args: Parameters<typeof apiGatewayEvent>) => {
    const event = apiGatewayEvent(...args);
    const context = lambdaContext();
    const { result, text, lines } = await captureOutput(() => handler(event, context));
    return { ...result, json: result.body ? JSON.parse(result.body) : undefined, event, context, text, logs: logLines(lines) };
  };

  beforeAll(async () => {
    // As Lambda sets it for a function that is not provisioned ahead: Powertools counts cold starts only then.
    lambda = await startApiLambda({ AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand' });
    ({ issuer, handler } = lambda);
    ({ lines: coldStart } = await captureOutput(() => handler(apiGatewayEvent('GET', '/v1/health'), lambdaContext())));
  });
  afterAll(() => lambda.close());

  it('answers health', async () => {
    const result = await invoke('GET', '/v1/health');
    expect(result.statusCode).toBe(200);
    expect(result.json).toEqual({ status: 'ok' });
  });

  it('creates, reads and submits a report with a verified token', async () => {
    const token = await issuer.issue({ role: 'country-office', country: 'TH' });
    const path = '/v1/submissions/TH/2025-06';
    const created = await invoke('PUT', path, { token, body: fullBody(5), headers: { 'if-none-match': '*' } });
    expect(created.statusCode).toBe(201);
    expect(created.headers?.etag).toBe('"1"');
    expect(Number(created.headers?.['x-consumed-wcu'])).toBeGreaterThan(0);
    const submitted = await invoke('POST', `${path}/submit`, { token, headers: { 'if-match': '"1"' } });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json).toMatchObject({ status: 'submitted', timeliness: 'late' });
    const listed = await invoke('GET', '/v1/submissions?country=TH&from=2025-01', { token });
    expect(listed.json).toEqual([expect.objectContaining({ period: '2025-06', status: 'submitted' })]);
  });

  it('re-verifies the token itself: claims from the gateway are not enough', async () => {
    const forged = await (await createDevIssuer()).issue({ role: 'admin' });
    const result = await invoke('GET', '/v1/submissions', { token: forged });
    expect(result.statusCode).toBe(401);
    expect(result.headers?.['content-type']).toBe('application/problem+json');
  });

  it('sends a dashboard read gzip-compressed, base64 as HTTP API takes a binary body', async () => {
    // Prepare
    const token = await issuer.issue({ role: 'regional-lead' });
    const path = '/v1/dashboard/overview?from=2025-01&to=2025-06';
    const event = (headers: Record<string, string>) => apiGatewayEvent('GET', path, { token, headers });
    const plain = (await captureOutput(() => handler(event({}), lambdaContext()))).result;

    // Act
    const { result } = await captureOutput(() => handler(event({ 'accept-encoding': 'gzip, deflate, br' }), lambdaContext()));

    // Assess
    expect([plain.statusCode, plain.isBase64Encoded, plain.headers?.['content-encoding']]).toEqual([200, false, undefined]);
    expect([result.statusCode, result.isBase64Encoded, result.headers?.['content-encoding']]).toEqual([200, true, 'gzip']);
    expect(JSON.parse(gunzipSync(Buffer.from(result.body ?? '', 'base64')).toString('utf8'))).toEqual(JSON.parse(plain.body ?? ''));
  });

  it('has no development token route', async () => {
    const result = await invoke('GET', '/dev/token?role=admin');
    expect(result.statusCode).toBe(404);
    expect(result.body).not.toMatch(/token"\s*:/);
  });

  it('carries no API docs: they are static files, served beside the dashboard', async () => {
    expect((await invoke('GET', '/v1/openapi.json')).statusCode).toBe(401);
    expect((await invoke('GET', '/docs')).statusCode).toBe(404);
  });

  it('says in its log lines which request was a cold start', async () => {
    const later = await invoke('GET', '/v1/health');
    expect(logLines(coldStart)).toEqual([expect.objectContaining({ message: 'request', cold_start: true })]);
    expect(later.logs).toEqual([expect.objectContaining({ message: 'request', cold_start: false })]);
  });

  it('logs each request once, as JSON under the gateway request id, which it answers with as X-Correlation-Id', async () => {
    // Prepare
    const token = await issuer.issue({ role: 'country-office', country: 'KH' });
    const body = { ...fullBody(9), note: 'a note about one survivor' };
    const path = '/v1/submissions/KH/2025-07';

    // Act: a report written, then read back with its values.
    const created = await invoke('PUT', path, { token, body, headers: { 'if-none-match': '*' } });
    const read = await invoke('GET', path, { token });

    // Assess
    expect([created.statusCode, read.statusCode]).toEqual([201, 200]);
    for (const [answer, method, status] of [
      [created, 'PUT', 201],
      [read, 'GET', 200],
    ] as const) {
      const correlationId = answer.event.requestContext.requestId;
      expect(answer.headers?.['x-correlation-id']).toBe(correlationId);
      // Exactly these keys: nothing of the query, the headers, the body or the report's values.
      expect(answer.logs).toEqual([
        {
          level: 'INFO',
          message: 'request',
          timestamp: expect.any(String),
          service: 'etip-api',
          cold_start: false,
          function_arn: answer.context.invokedFunctionArn,
          function_memory_size: answer.context.memoryLimitInMB,
          function_name: answer.context.functionName,
          function_request_id: answer.context.awsRequestId,
          sampling_rate: 0,
          correlation_id: correlationId,
          method,
          route: '/v1/submissions/:country/:period',
          status,
          durationMs: expect.any(Number),
        },
      ]);
      expect(answer.text).not.toContain(token);
      expect(answer.text).not.toContain(body.note);
    }
    expect(read.json.values).toEqual(body.values);
  });

  it('has docs that write to static files at the paths the local server answers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'etip-docs-'));
    execFileSync('node', ['--import', 'tsx', 'functions/api/src/openapi/write-docs.ts', dir]);
    const document = JSON.parse(await readFile(join(dir, 'v1', 'openapi.json'), 'utf8'));
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/v1/submissions/{country}/{period}/submit');
    expect(await readFile(join(dir, 'docs', 'index.html'), 'utf8')).toMatch(/<h1>ETIP Monitor API<\/h1>/);
    await rm(dir, { recursive: true, force: true });
  });
});
