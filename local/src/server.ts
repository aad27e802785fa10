import { existsSync } from 'node:fs';
import { type ApiDeps, createApp } from '@etip/api';
import { problemOf } from '@etip/api/http/problem-response';
import { docsRoutes } from '@etip/api/routes/docs';
import { once, readQuery } from '@etip/core';
import * as z from 'zod/mini';
import { serveDashboard } from './dashboard-routes';
import type { DevIssuer } from './dev-issuer';
import { parseDevTokenRequest } from './dev-issuer';

/**
 * What the dashboard reads at `/config.json` before anything else, locally. In AWS the deployment
 * writes that file with the stage's Cognito ids (infra/src/edge-stack.ts); here there is no
 * Cognito: `mode: 'local'` tells the dashboard to sign in through `/dev/token`.
 */
export const LOCAL_RUNTIME_CONFIG = { mode: 'local', apiBase: '/v1' } as const;

/** How long a browser may keep config.json without asking again (seconds, a deploy's worth of staleness). */
export const CONFIG_CACHE = 'public, max-age=300';

/** `GET /dev/token?role=&country=`: each at most once; what they may be is `parseDevTokenRequest`'s call. */
const DEV_TOKEN_QUERY = once(() => z.object({ role: z.optional(z.string()), country: z.optional(z.string()) }));

/**
 * The local server: the same API app the Lambda serves, plus what only development has — the
 * sign-in-as route of DESIGN.md 4 — and what AWS serves from the web bucket: the API docs and
 * the dashboard's files, from the same origin.
 */
export function createLocalApp(deps: ApiDeps, issuer: DevIssuer, dashboardDir?: string) {
  const app = createApp(deps, { publicRoutes: docsRoutes() });
  app.get('/dev/token', async (c) => {
    // Read like every query of the API: a parameter given twice or unknown is refused.
    const query = readQuery(DEV_TOKEN_QUERY(), c.req.queries());
    const request = query.errors.length ? { ok: false as const, errors: query.errors } : parseDevTokenRequest(query.value);
    if (!request.ok) return problemOf('invalid-request', 'cannot issue a development token', request.errors);
    const token = await issuer.issue({ role: request.role, ...(request.country ? { country: request.country } : {}) });
    c.header('Cache-Control', 'no-store');
    return c.json({ token });
  });
  app.get('/dev/jwks.json', (c) => c.json(issuer.jwks));
  // Kept a few minutes, not asked again on every load: a repeat visit would otherwise wait a
  // round trip for it before the first request to the API. It changes only when the server does.
  app.get('/config.json', (c) => c.json(LOCAL_RUNTIME_CONFIG, 200, { 'Cache-Control': CONFIG_CACHE }));
  if (dashboardDir && existsSync(dashboardDir)) app.use('*', serveDashboard(dashboardDir));
  // Without a dashboard build (tests of the API alone), `/` leads to the API docs.
  else app.get('/', (c) => c.redirect('/docs'));
  return app;
}
