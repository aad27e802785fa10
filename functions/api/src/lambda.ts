import { Logger } from '@aws-lambda-powertools/logger';
import { readSettings, thresholdText } from '@etip/core';
import { createDocumentClient, createStores, databaseConfigOf, databaseSettingsShape } from '@etip/db';
import type { Context } from 'aws-lambda';
import { type ApiGatewayRequestContextV2, handle, type LambdaEvent } from 'hono/aws-lambda';
import * as z from 'zod/mini';
import { createApp } from './app';
import { createTokenVerifier, jwksFromUrl } from './auth/verify-token';

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
    const result = await serve(event, context);
    result.headers['x-correlation-id'] = correlationId;
    return result;
  } finally {
    // Keys appended for one request must not reach the next request's lines.
    logger.resetKeys();
  }
};
