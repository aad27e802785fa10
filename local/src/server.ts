import { existsSync } from 'node:fs';
import { type ApiDeps, createApp } from '@etip/api';
import { problemOf } from '@etip/api/http/problem-response';
import { docsRoutes } from '@etip/api/routes/docs';
import { serveStatic } from '@hono/node-server/serve-static';
import type { DevIssuer } from './dev-issuer';
import { parseDevTokenRequest } from './dev-issuer';

/**
 * The local server: the same API app the Lambda serves, plus what only development has — the
 * sign-in-as route of DESIGN.md 4 — and what AWS serves from the web bucket: the API docs and
 * the dashboard's files, from the same origin.
 */
export function createLocalApp(deps: ApiDeps, issuer: DevIssuer, dashboardDir?: string) {
  const app = createApp(deps, { publicRoutes: docsRoutes() });
  app.get('/dev/token', async (c) => {
    const request = parseDevTokenRequest(c.req.query());
    if (!request.ok) return problemOf('invalid-request', 'cannot issue a development token', request.errors);
    const token = await issuer.issue({ role: request.role, ...(request.country ? { country: request.country } : {}) });
    c.header('Cache-Control', 'no-store');
    return c.json({ token });
  });
  app.get('/dev/jwks.json', (c) => c.json(issuer.jwks));
  if (dashboardDir && existsSync(dashboardDir)) {
    app.use('/*', serveStatic({ root: dashboardDir }));
    // Client-side routes (/trends, /approvals, …) all load the single page.
    app.get('/*', serveStatic({ root: dashboardDir, path: 'index.html' }));
  } else {
    app.get('/', (c) => c.redirect('/docs'));
  }
  return app;
}
