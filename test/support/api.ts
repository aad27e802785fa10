import { createApp } from '@etip/api';
import { createTokenVerifier } from '@etip/api/auth/verify-token';
import { docsRoutes } from '@etip/api/routes/docs';
import type { CountryCode, Role } from '@etip/core';
import { createStores } from '@etip/db';
import { createDevIssuer, type DevIssuer } from '../../local/src/dev-issuer';
import type { TestTable } from './database';

export interface RequestOptions {
  token?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * The real Hono app over the real stores of a test table, with a test issuer whose tokens it
 * accepts — wired as the local server wires it.
 */
export async function createTestApi(table: TestTable, options: { now?: () => Date; issuer?: DevIssuer; threshold?: number } = {}) {
  const issuer = options.issuer ?? (await createDevIssuer());
  const app = createApp(
    {
      ...createStores(table.documents, table.tableName),
      ...(options.threshold ? { threshold: options.threshold } : {}),
      verifyToken: createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, keys: issuer.keys }),
      now: options.now ?? (() => new Date()),
    },
    // With the API docs, as the local server (and in AWS the web bucket) serves them.
    { publicRoutes: docsRoutes() },
  );
  const tokens = new Map<string, string>();
  const tokenFor = async (role: Role, country?: CountryCode) => {
    const key = `${role}:${country ?? ''}`;
    if (!tokens.has(key)) tokens.set(key, await issuer.issue({ role, ...(country ? { country } : {}) }));
    return tokens.get(key)!;
  };
  const request = async (method: string, path: string, { token, body, headers = {} }: RequestOptions = {}) => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (token) (init.headers as Record<string, string>).Authorization = `Bearer ${token}`;
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['Content-Type'] ??= 'application/json';
    }
    const response = await app.request(path, init);
    const text = await response.text();
    const isJson = /json/.test(response.headers.get('content-type') ?? '');
    return { status: response.status, headers: response.headers, text, json: text && isJson ? (JSON.parse(text) as any) : undefined };
  };
  return { app, issuer, tokenFor, request };
}
