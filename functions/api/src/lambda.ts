import { handle } from 'hono/aws-lambda';
import { parseThreshold } from '@etip/core';
import { createDocumentClient, createStores, databaseConfigFromEnv } from '@etip/db';
import { createApp } from './app';
import { createTokenVerifier, jwksFromUrl } from './auth/verify-token';

/**
 * The API's AWS Lambda entry point (HTTP API, payload v2). Clients are created once per
 * container, outside the handler. There is no development issuer here: tokens come from Cognito.
 */
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const database = databaseConfigFromEnv();
const issuer = required('JWT_ISSUER');

export const app = createApp({
  ...createStores(createDocumentClient(database), database.tableName),
  threshold: parseThreshold(process.env.SUPPRESSION_THRESHOLD),
  verifyToken: createTokenVerifier({
    issuer,
    audience: required('JWT_AUDIENCE'),
    keys: jwksFromUrl(process.env.JWKS_URL ?? `${issuer}/.well-known/jwks.json`),
  }),
  now: () => new Date(),
});

export const handler = handle(app);
