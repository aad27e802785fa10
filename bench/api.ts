import { type ApiDeps, createApp } from '@etip/api';
import { createTokenVerifier } from '@etip/api/auth/verify-token';
import type { CountryCode, User } from '@etip/core';
import { createDevIssuer } from '@etip/local/dev-issuer';

/** Who reads the dashboards in the bench: a viewer, so survivor counts go through protection. */
export const VIEWER: User = { sub: 'bench-viewer', name: 'Bench viewer', role: 'viewer', country: null };

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * The real Hono app over the real stores, wired as the Lambda and the local server wire it, with
 * a development issuer's tokens. Requests go through `app.request`: the same routing, middleware,
 * validation and cost headers as over HTTP, without a socket's noise in the timings.
 */
export async function createBenchApi(stores: Pick<ApiDeps, 'reports' | 'targets' | 'aggregates'>, now: () => Date) {
  const issuer = await createDevIssuer();
  const app = createApp({ ...stores, verifyToken: createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, keys: issuer.keys }), now });
  const tokens = {
    viewer: await issuer.issue({ role: 'viewer', sub: VIEWER.sub, name: VIEWER.name }),
    lead: await issuer.issue({ role: 'regional-lead' }),
    office: new Map<CountryCode, string>(),
  };
  const officeToken = async (country: CountryCode) => {
    if (!tokens.office.has(country)) tokens.office.set(country, await issuer.issue({ role: 'country-office', country }));
    return tokens.office.get(country)!;
  };

  /** A request that must succeed: a bench that measured an error response would mislead. */
  async function request(method: string, path: string, options: { token: string; body?: unknown; headers?: Record<string, string> }): Promise<Answer> {
    const headers: Record<string, string> = { Authorization: `Bearer ${options.token}`, ...options.headers };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const init: RequestInit = { method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) };
    const response = await app.request(path, init);
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    return { status: response.status, headers: response.headers, text };
  }

  return { request, tokens, officeToken };
}

export type BenchApi = Awaited<ReturnType<typeof createBenchApi>>;

/** The consumed capacity an API response reports in `header`, which must be present. */
export function consumed(answer: Answer, header: 'x-consumed-rcu' | 'x-consumed-wcu'): number {
  const value = answer.headers.get(header);
  if (value === null) throw new Error(`the response has no ${header} header`);
  return Number(value);
}
