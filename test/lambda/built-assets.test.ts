import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { nested } from '@etip/api/http/adversarial-json.fixture';
import { ORIGIN_VERIFY_HEADER } from '@etip/api/origin-verify';
import { isCurrentLayout } from '@etip/core';
import { fullBody } from '@etip/core/testing';
import { keys } from '@etip/db';
import { createInfraApp } from '@etip/infra/app';
import { App } from 'aws-cdk-lib';
import type { APIGatewayProxyStructuredResultV2, DynamoDBBatchResponse } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDevIssuer, type DevIssuer } from '../../local/src/dev-issuer';
import { type BuiltFunction, builtFunctions, environmentOf } from '../support/cloud-assembly';
import { createTestTable, type TestTable } from '../support/database';
import { type LambdaContainer, startLambdaContainer } from '../support/lambda-container';
import { captureStream } from '../support/stream-capture';
import { apiGatewayEvent, lambdaContext } from './api-gateway-event';

/** The functions of ours; the CDK's own custom-resource functions have other descriptions. */
const API = 'ETIP Monitor API (Hono)';
const AGGREGATOR = 'ETIP Monitor stream aggregator';
const PATTERNS = 'ETIP Monitor: stores the withheld patterns of months published before they were stored';
/** DESIGN.md 7: at most 500 KB, read as KiB as `npm run bench` reads it (bench/report.ts). */
const BUNDLE_BUDGET_BYTES = 500 * 1024;
/** The entry point each bundle is built from, as its source map must name it. */
const ENTRIES = {
  [API]: 'functions/api/src/lambda.ts',
  [AGGREGATOR]: 'functions/aggregator/src/lambda.ts',
  [PATTERNS]: 'functions/aggregator/src/patterns-lambda.ts',
};
/** The variables each function must get from its template (DESIGN.md 4, 6). */
const REQUIRED_VARIABLES = {
  [API]: ['TABLE_NAME', 'JWT_ISSUER', 'JWT_AUDIENCE', 'ORIGIN_VERIFY_SECRET'],
  [AGGREGATOR]: ['TABLE_NAME'],
  [PATTERNS]: ['TABLE_NAME'],
};
/** The origin secret as CloudFormation would resolve it into the function's environment. */
const ORIGIN_SECRET = randomBytes(48).toString('base64url');

/**
 * Item 9 of issue 4: the real CDK app synthesized into a fresh cloud assembly, each of our Lambda
 * assets taken from it as it would be uploaded, and run as Lambda runs it (a native import of its
 * `index.mjs` into an environment named by the template) against DynamoDB Local, invoked with
 * real-shaped events: HTTP API v2 requests for the API, a batch of the table's real stream for
 * the aggregator. What is checked is the built artifact, not the sources the other tests import.
 */
describe('the Lambda assets built into cdk.out', { timeout: 180_000 }, () => {
  let outdir: string;
  const built = new Map<string, BuiltFunction[]>();
  let issuer: DevIssuer;
  let jwksServer: Server;
  let table: TestTable;
  let api: LambdaContainer;
  let aggregator: LambdaContainer;
  let patterns: LambdaContainer;

  const only = (description: string) => {
    const functions = built.get(description) ?? [];
    expect(
      functions.map((fn) => `${fn.stackName}/${fn.logicalId}`),
      `functions described '${description}'`,
    ).toHaveLength(1);
    return functions[0]!;
  };
  /** A request as CloudFront forwards it (with the origin secret); `direct` as made to the HTTP API's own address. */
  const request = async (method: string, path: string, options: Parameters<typeof apiGatewayEvent>[2] & { direct?: boolean } = {}) => {
    const { direct, ...event } = options;
    const headers = direct ? event.headers : { [ORIGIN_VERIFY_HEADER]: ORIGIN_SECRET, ...event.headers };
    const result = await api.invoke<APIGatewayProxyStructuredResultV2>(
      apiGatewayEvent(method, path, { ...event, ...(headers ? { headers } : {}) }),
      lambdaContext(),
    );
    const json = result.body && /json/.test(String(result.headers?.['content-type'])) ? JSON.parse(result.body) : undefined;
    return { ...result, json };
  };

  beforeAll(async () => {
    // Synthesis bundles every function with the local esbuild (and runs cdk-nag): seconds, once.
    outdir = await mkdtemp(join(tmpdir(), 'etip-cdk-out-'));
    const { app } = createInfraApp(new App({ outdir, context: { stage: 'dev' } }));
    const assembly = app.synth();
    for (const description of [API, AGGREGATOR, PATTERNS]) built.set(description, builtFunctions(assembly, description));

    issuer = await createDevIssuer();
    jwksServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(issuer.jwks)));
    await new Promise<void>((done) => jwksServer.listen(0, '127.0.0.1', done));
    table = await createTestTable();

    // What the Lambda runtime sets (credentials are fake: DynamoDB Local takes any), then the
    // template's variables with local values, then what only a local run needs: DynamoDB Local's
    // endpoint, and the issuer's keys on loopback as Cognito serves them (its issuer is no URL).
    const runtime = (name: string) => ({
      AWS_REGION: 'ap-southeast-1',
      AWS_DEFAULT_REGION: 'ap-southeast-1',
      AWS_LAMBDA_FUNCTION_NAME: name,
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_SESSION_TOKEN: 'local',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      DYNAMODB_ENDPOINT: inject('dynamodbEndpoint'),
    });
    const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`;
    api = await startLambdaContainer(only(API), {
      ...runtime('etip-dev-api'),
      ...environmentOf(only(API), {
        TABLE_NAME: table.tableName,
        JWT_ISSUER: issuer.issuer,
        JWT_AUDIENCE: issuer.audience,
        ORIGIN_VERIFY_SECRET: ORIGIN_SECRET,
      }),
      JWKS_URL: jwksUrl,
    });
    aggregator = await startLambdaContainer(only(AGGREGATOR), {
      ...runtime('etip-dev-aggregator'),
      ...environmentOf(only(AGGREGATOR), { TABLE_NAME: table.tableName }),
    });
    patterns = await startLambdaContainer(only(PATTERNS), {
      ...runtime('etip-dev-patterns'),
      ...environmentOf(only(PATTERNS), { TABLE_NAME: table.tableName }),
    });
  }, 180_000);

  afterAll(async () => {
    await Promise.all([api?.stop(), aggregator?.stop(), patterns?.stop()]);
    if (jwksServer?.listening) await new Promise<void>((done) => jwksServer.close(() => done()));
    if (outdir) await rm(outdir, { recursive: true, force: true });
  });

  it.each([API, AGGREGATOR, PATTERNS] as const)(
    '%s: one ESM bundle within budget, its source map beside it, its variables named in the template',
    async (description) => {
      const fn = only(description);
      expect(fn.handler).toBe('index.handler');
      const bundle = join(fn.assetDir, 'index.mjs');
      const code = await readFile(bundle, 'utf8');
      // ESM: an .mjs file whose handler is an ES export (no CommonJS wrapper), and Node imported it as one.
      expect(code).toMatch(/\bexport\s*\{[^}]*\bhandler\s*\}/);
      expect(code).not.toMatch(/\bmodule\.exports\b|\bexports\.handler\b/);
      expect({ [API]: api, [AGGREGATOR]: aggregator, [PATTERNS]: patterns }[description].exports).toMatchObject({ handler: 'function' });
      expect((await stat(bundle)).size).toBeLessThanOrEqual(BUNDLE_BUDGET_BYTES);
      expect(code.trimEnd()).toMatch(/\/\/# sourceMappingURL=index\.mjs\.map$/);
      expect(existsSync(join(fn.assetDir, 'index.mjs.map'))).toBe(true);
      const map = JSON.parse(await readFile(join(fn.assetDir, 'index.mjs.map'), 'utf8')) as { version: number; sources: string[] };
      expect(map.version).toBe(3);
      expect(map.sources.some((source) => source.endsWith(ENTRIES[description]))).toBe(true);
      expect(Object.keys(fn.environment)).toEqual(expect.arrayContaining(REQUIRED_VARIABLES[description]));
    },
  );

  it('answers health without a token', async () => {
    const health = await request('GET', '/v1/health');
    expect(health.statusCode).toBe(200);
    expect(health.json).toEqual({ status: 'ok' });
  });

  it('refuses, under the variable name the template gives, a request that did not come through CloudFront', async () => {
    const office = await issuer.issue({ role: 'country-office', country: 'KH' });
    for (const answer of [
      await request('GET', '/v1/health', { direct: true }),
      await request('GET', '/v1/submissions/KH/2025-06', { token: office, direct: true }),
      await request('GET', '/v1/health', { headers: { [ORIGIN_VERIFY_HEADER]: ORIGIN_SECRET.slice(1) } }),
    ]) {
      expect(answer.statusCode).toBe(403);
      expect(answer.headers?.['content-type']).toBe('application/problem+json');
      expect(answer.headers?.['x-content-type-options']).toBe('nosniff');
      expect(answer.json).toMatchObject({ type: '/problems/direct-request', status: 403 });
    }
  });

  it('answers an unauthenticated /v1 request with 401 as problem+json', async () => {
    const result = await request('GET', '/v1/submissions/KH/2025-06');
    expect(result.statusCode).toBe(401);
    expect(result.headers?.['content-type']).toBe('application/problem+json');
    expect(result.json).toMatchObject({ type: '/problems/unauthenticated', status: 401 });
    expect(result.headers?.['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    [
      'a report',
      'country-office',
      '/v1/submissions/KH/2025-05',
      `{"values":[{"indicator":"PRV-01","sex":"female","age":"9-17","value":${nested(5_000, 'array')}}]}`,
    ],
    ['targets', 'regional-lead', '/v1/targets/KH/2026', `{"targets":{"PRV-01":${nested(5_000, 'array')}}}`],
  ] as const)('refuses %s nesting 5,000 arrays in a value (10 KB, once a 500) with a 400 too-deep', async (_what, role, path, body) => {
    const token = await issuer.issue({ role, ...(role === 'country-office' ? { country: 'KH' as const } : {}) });

    const result = await request('PUT', path, { token, body, headers: { 'if-none-match': '*' } });

    expect([result.statusCode, result.headers?.['content-type'], result.headers?.['x-content-type-options']]).toEqual([
      400,
      'application/problem+json',
      'nosniff',
    ]);
    expect(result.json.errors).toEqual([expect.objectContaining({ code: 'too-deep', params: { max: 8 } })]);
  });

  it("stores a country office's report, reads it back, and the aggregator fed its stream record puts it on a viewer's dashboard", async () => {
    // Prepare
    const office = await issuer.issue({ role: 'country-office', country: 'KH' });
    const viewer = await issuer.issue({ role: 'viewer' });
    const path = '/v1/submissions/KH/2025-06';
    const body = fullBody(3);
    const completeness = async () => {
      const view = await request('GET', '/v1/dashboard/completeness?from=2025-06&to=2025-06&countries=KH', { token: viewer });
      expect(view.statusCode).toBe(200);
      expect(view.headers?.['x-consumed-rcu']).toMatch(/^\d+(\.\d+)?$/);
      const month = view.json.rows.find((row: { country: string }) => row.country === 'KH').months[0];
      return { month, consumedReadUnits: Number(view.headers?.['x-consumed-rcu']) };
    };

    // Act: write and read back through the built API
    const created = await request('PUT', path, { token: office, body, headers: { 'if-none-match': '*' } });
    const read = await request('GET', path, { token: office });

    // Assess
    expect(created.statusCode).toBe(201);
    expect(created.headers?.etag).toBe('"1"');
    expect(read.statusCode).toBe(200);
    expect(read.headers?.etag).toBe('"1"');
    expect(read.json).toMatchObject({ country: 'KH', period: '2025-06', status: 'draft', version: 1, note: body.note });
    expect(read.json.values).toHaveLength(body.values.length);
    expect(read.json.values).toEqual(expect.arrayContaining(body.values));

    // Prepare: the table's real stream after that write (the report and its revision), and the
    // month as dashboards show it before any aggregation.
    const stream = await captureStream(table, { reports: 1, others: 1 });
    expect((await completeness()).month).toMatchObject({ period: '2025-06', status: 'missing' });

    // Act: the batch the event source mapping delivers (its filter passes current reports only)
    const response = await aggregator.invoke<DynamoDBBatchResponse>({ Records: stream.reports }, { ...lambdaContext(), functionName: 'etip-dev-aggregator' });

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    const after = await completeness();
    expect(after.month).toMatchObject({ period: '2025-06', status: 'draft' });
    expect(after.consumedReadUnits).toBeGreaterThan(0);
  });

  it('stores, as the deploy trigger runs it, the withheld pattern of a month published before patterns were stored', async () => {
    // Prepare: a month submitted through the built API, then stored as before 2026-11-29.
    const office = await issuer.issue({ role: 'country-office', country: 'MM' });
    const path = '/v1/submissions/MM/2025-07';
    const created = await request('PUT', path, { token: office, body: fullBody(4), headers: { 'if-none-match': '*' } });
    const submitted = await request('POST', `${path}/submit`, { token: office, headers: { 'if-match': '"1"' } });
    expect([created.statusCode, submitted.statusCode]).toEqual([201, 200]);
    const key = { TableName: table.tableName, Key: keys.report('MM', '2025-07') };
    await table.documents.send(new UpdateCommand({ ...key, UpdateExpression: 'REMOVE published.withheld' }));

    // Act: the trigger's invocation (nothing in its event is read), then the next deploy's.
    const context = { ...lambdaContext(), functionName: 'etip-dev-patterns' };
    const first = await patterns.invoke({ RequestType: 'Create' }, context);
    const again = await patterns.invoke({ RequestType: 'Update' }, context);

    // Assess: stored once, in the current layout (no slot yet: the aggregator was not fed).
    expect(first).toEqual({ reports: 1, slots: 0, skipped: 0, failed: [] });
    expect(again).toEqual({ reports: 0, slots: 0, skipped: 0, failed: [] });
    const { Item } = await table.documents.send(new GetCommand(key));
    expect(isCurrentLayout(Item?.published.withheld)).toBe(true);
  });
});
