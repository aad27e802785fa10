import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';
import { decodeJwt } from 'jose';

/**
 * An HTTP API (payload format 2.0) event as API Gateway sends it after its JWT authorizer has
 * accepted the token: the claims in `requestContext.authorizer.jwt`, the token still in the header.
 */
export function apiGatewayEvent(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string>; routeKey?: string } = {},
): APIGatewayProxyEventV2WithJWTAuthorizer {
  const [rawPath = '', rawQueryString = ''] = path.split('?');
  const headers: Record<string, string> = { host: 'abc123.execute-api.ap-southeast-1.amazonaws.com', 'user-agent': 'vitest', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] ??= 'application/json';
  const claims = options.token ? (decodeJwt(options.token) as Record<string, string | number | boolean | string[]>) : {};
  const now = Date.now();
  return {
    version: '2.0',
    routeKey: options.routeKey ?? `${method} ${rawPath}`,
    rawPath,
    rawQueryString,
    headers,
    ...(rawQueryString ? { queryStringParameters: Object.fromEntries(new URLSearchParams(rawQueryString)) } : {}),
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      authorizer: { principalId: '', integrationLatency: 0, jwt: { claims, scopes: [] } },
      domainName: headers.host!,
      domainPrefix: 'abc123',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'vitest' },
      // Unique per request, as the gateway's: logs are correlated by it.
      requestId: randomUUID(),
      routeKey: options.routeKey ?? `${method} ${rawPath}`,
      stage: '$default',
      time: new Date(now).toUTCString(),
      timeEpoch: now,
    },
    ...(options.body !== undefined ? { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) } : {}),
    isBase64Encoded: false,
  } as APIGatewayProxyEventV2WithJWTAuthorizer;
}

export function lambdaContext(): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'etip-monitor-api',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:ap-southeast-1:123456789012:function:etip-monitor-api',
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: '/aws/lambda/etip-monitor-api',
    logStreamName: '2026/11/28/[$LATEST]0123456789abcdef',
    getRemainingTimeInMillis: () => 10_000,
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}
