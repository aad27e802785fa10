import { Logger } from '@aws-lambda-powertools/logger';
import { readSettings, thresholdText } from '@etip/core';
import { createDocumentClient, createStores, databaseConfigOf, databaseSettingsShape } from '@etip/db';
import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { type ApiGatewayRequestContextV2, handle, type LambdaEvent } from 'hono/aws-lambda';
import * as z from 'zod/mini';
import { createApp } from './app';
import { createTokenVerifier, jwksFromUrl } from './auth/verify-token';
import { problemOf } from './http/problem-response';
import { NO_SNIFF } from './http/response-headers';

/**
 * The API's AWS Lambda entry point (HTTP API, payload v2). Clients are created once per
 * container, outside the handler. There is no development issuer here: tokens come from Cognito.
 */
// Every setting in one parse: each zod schema built at import is cold-start time (DESIGN.md 7).
const settings = readSettings(
  z.object({
    ...databaseSettingsShape(),
    JWT_ISSUER: z.string(),
    JWT_AUDIENCE: z.string(),
    JWKS_URL: z.optional(z.string()),
    SUPPRESSION_THRESHOLD: z.optional(thresholdText()),
    POWERTOOLS_SERVICE_NAME: z.optional(z.string()),
    // Set by the stack from Secrets Manager; unset, the API answers requests from anywhere.
    ORIGIN_VERIFY_SECRET: z.optional(z.string()),
  }),
  process.env,
);
const database = databaseConfigOf(settings);
const issuer = settings.JWT_ISSUER;
// JSON logs on stdout; the stack's POWERTOOLS_SERVICE_NAME overrides the name. No Powertools
// Metrics here: its 11 KB would put the bundle at the edge of its 500 KB budget (DESIGN.md 7),
// and API Gateway counts requests, errors and latency already; cold starts are in the logs.
const logger = new Logger({ serviceName: settings.POWERTOOLS_SERVICE_NAME ?? 'etip-api' });

export const app = createApp({
  ...createStores(createDocumentClient(database), database.tableName),
  ...(settings.SUPPRESSION_THRESHOLD ? { threshold: settings.SUPPRESSION_THRESHOLD } : {}),
  verifyToken: createTokenVerifier({
    issuer,
    audience: settings.JWT_AUDIENCE,
    keys: jwksFromUrl(settings.JWKS_URL ?? `${issuer}/.well-known/jwks.json`),
  }),
  now: () => new Date(),
  log: logger,
  ...(settings.ORIGIN_VERIFY_SECRET ? { originSecret: settings.ORIGIN_VERIFY_SECRET } : {}),
});

const serve = handle(app);

/** An HTTP API event (payload v2) as Hono's adapter types it. */
type HttpApiEvent = Extract<LambdaEvent, { requestContext: ApiGatewayRequestContextV2 }>;

/**
 * Every log line of a request carries the invocation (function, request id, cold start) and the
 * HTTP API's request id as its correlation id, which the caller gets back as `X-Correlation-Id`
 * to quote when reporting a problem.
 */
export const handler = async (event: HttpApiEvent, context: Context) => {
  const correlationId = event.requestContext.requestId;
  logger.addContext(context);
  logger.setCorrelationId(correlationId);
  try {
    const result = await serve(withoutForbiddenBody(event), context);
    // Every answer the app makes carries nosniff (`responseHeaders`); the adapter's own plain-text ones do not.
    const answer = NO_SNIFF.name in result.headers ? result : await unreadable(result.statusCode);
    answer.headers['x-correlation-id'] = correlationId;
    return answer;
  } finally {
    // Keys appended for one request must not reach the next request's lines.
    logger.resetKeys();
  }
};

/**
 * The event without its body for a GET or HEAD: Fetch forbids them one, so Hono's adapter could
 * not make a Request of it, and the local Node server ignores it too; no route of ours reads one.
 */
const withoutForbiddenBody = (event: HttpApiEvent): HttpApiEvent => {
  const method = event.requestContext.http.method.toUpperCase();
  return (method === 'GET' || method === 'HEAD') && event.body ? { ...event, body: null, isBase64Encoded: false } : event;
};

type HttpApiResult = APIGatewayProxyStructuredResultV2 & { headers: Record<string, string | number | boolean> };

/**
 * The problem+json answer for an event Hono's adapter could not make a Request of, in place of its
 * plain text (`Invalid request` 400 for what Fetch refuses, e.g. a malformed header; 500 else):
 * the app never saw the request, yet every refusal is a problem.
 */
async function unreadable(status: number): Promise<HttpApiResult> {
  const response =
    status < 500
      ? problemOf('invalid-request', 'the request cannot be read as HTTP (a malformed method, header or path)')
      : problemOf('internal-error', 'something went wrong on our side before the request could be read');
  return {
    statusCode: response.status,
    headers: { ...Object.fromEntries(response.headers), [NO_SNIFF.name]: NO_SNIFF.value },
    body: await response.text(),
    isBase64Encoded: false,
  };
}
