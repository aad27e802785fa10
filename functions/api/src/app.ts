import { echoName, ProblemError } from '@etip/core';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { Hono } from 'hono/tiny';
import type { ApiDeps, ApiEnv } from './deps';
import { authenticate } from './http/authenticate';
import { MAX_BODY_BYTES } from './http/json-body';
import { originVerify } from './http/origin-verify';
import { problemOf, problemResponse } from './http/problem-response';
import { failuresToStderr, requestLog } from './http/request-log';
import { responseHeaders } from './http/response-headers';
import { dashboardRoutes } from './routes/dashboard';
import { frameworkRoutes } from './routes/framework';
import { submissionsRoutes } from './routes/submissions';
import { targetsRoutes } from './routes/targets';

export type { ApiDeps } from './deps';

/**
 * The ETIP Monitor API as one Hono app. Lambda (`lambda.ts`) and the local Node server wrap
 * this same app; only their wiring differs.
 */
export function createApp(deps: ApiDeps, options: { publicRoutes?: Hono } = {}) {
  const app = new Hono<ApiEnv>();

  // First, so that its line covers every request, including those refused by the body limit.
  app.use('*', requestLog(deps.log ?? failuresToStderr));
  // Before every route, so that nosniff and the default no-store reach refusals and 404s too.
  app.use('*', responseHeaders());
  // In AWS, before the body, the routes and the token: only requests that came through CloudFront.
  if (deps.originSecret) app.use('*', originVerify(deps.originSecret));
  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => problemOf('body-too-large', `the body must be at most ${MAX_BODY_BYTES / 1024} KiB`),
    }),
  );
  // Not cacheable either (the default no-store): a kept "ok" would hide an outage from a monitor.
  app.get('/v1/health', (c) => c.json({ status: 'ok' }));
  // Routes anyone may read, mounted before authentication (the local server's API docs).
  if (options.publicRoutes) app.route('/', options.publicRoutes);
  app.use('/v1/*', authenticate(deps.verifyToken));
  // The dashboards' reads, gzip-compressed when the client takes it (a 5-year overview: 8.6 KB of
  // JSON, 1.5 KB sent), here and not at the edge: CloudFront compresses only what its cache
  // policy caches, and `/v1/*` is never cached. Only these routes: they carry no ETag, which the
  // middleware would weaken (reports' ETags must stay strong for If-Match). The token is a header,
  // never in a body, so no answer mixes a secret with echoed input (BREACH).
  app.use('/v1/dashboard/*', compress({ encoding: 'gzip' }));
  app.use('/v1/export.csv', compress({ encoding: 'gzip' }));
  app.route('/v1/framework', frameworkRoutes());
  app.route('/v1/submissions', submissionsRoutes(deps));
  app.route('/v1/targets', targetsRoutes(deps));
  app.route('/v1', dashboardRoutes(deps));

  app.notFound((c) => problemOf('not-found', `no route ${c.req.method.slice(0, 10)} ${echoName(c.req.path)}`));
  app.onError((error) => {
    if (error instanceof ProblemError) {
      const headers: Record<string, string> = error.problem.status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {};
      return problemResponse(error.problem, headers);
    }
    if (error instanceof HTTPException && error.status < 500) return problemOf('invalid-request', error.message || 'the request is malformed');
    // A bug or an outage, never bad input: say nothing of internals. The request log logs the error.
    return problemOf('internal-error', 'something went wrong on our side; reload the report to see whether your change was saved before trying again');
  });
  return app;
}
