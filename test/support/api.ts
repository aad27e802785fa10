import { createApp } from '@etip/api';
import { createTokenVerifier } from '@etip/api/auth/verify-token';
import type { CountryCode, ReportRepository, Role } from '@etip/core';
import { createDevIssuer, type DevIssuer } from '../../local/src/dev-issuer';

export interface RequestOptions {
  token?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The real Hono app over a real store, with a test issuer whose tokens it accepts. */
export async function createTestApi(reports: ReportRepository, options: { now?: () => Date; issuer?: DevIssuer } = {}) {
  const issuer = options.issuer ?? (await createDevIssuer());
  const app = createApp({
    reports,
    verifyToken: createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, keys: issuer.keys }),
    now: options.now ?? (() => new Date()),
  });
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
    return { status: response.status, headers: response.headers, text, json: text ? (JSON.parse(text) as any) : undefined };
  };
  return { app, issuer, tokenFor, request };
}
