import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { inject } from 'vitest';
import { createDevIssuer } from '../../local/src/dev-issuer';
import { createTestTable } from './database';

/** The API's Lambda entry point, as AWS calls it. */
export type ApiHandler = (event: unknown, context: unknown) => Promise<APIGatewayProxyStructuredResultV2>;

/**
 * The API's Lambda entry point, configured only through its environment as in AWS: a test issuer
 * whose JWKS is served over HTTP on loopback, as Cognito serves it, and a fresh table in the run's
 * DynamoDB Local. The environment is set before the handler is imported, with `environment` added
 * to it. `close` stops the JWKS server: call it in `afterAll`.
 */
export async function startApiLambda(environment: Record<string, string> = {}) {
  const issuer = await createDevIssuer();
  const jwksServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(issuer.jwks)));
  await new Promise<void>((done) => jwksServer.listen(0, '127.0.0.1', done));
  const table = await createTestTable();
  process.env.TABLE_NAME = table.tableName;
  process.env.DYNAMODB_ENDPOINT = inject('dynamodbEndpoint');
  process.env.JWT_ISSUER = issuer.issuer;
  process.env.JWT_AUDIENCE = issuer.audience;
  process.env.JWKS_URL = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`;
  Object.assign(process.env, environment);
  const { handler } = (await import('@etip/api/lambda')) as unknown as { handler: ApiHandler };
  return { issuer, table, handler, close: () => new Promise<void>((done) => jwksServer.close(() => done())) };
}

export type ApiLambda = Awaited<ReturnType<typeof startApiLambda>>;
