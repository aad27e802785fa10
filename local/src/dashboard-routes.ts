import { contentSecurityPolicy } from '@etip/infra/content-security-policy';
import { serveStatic } from '@hono/node-server/serve-static';
import { every, except } from 'hono/combine';
import { etag } from 'hono/etag';
import { createMiddleware } from 'hono/factory';
import type { MiddlewareHandler } from 'hono/types';

/** The site's own policy (infra), without Cognito: locally the dashboard signs in through `/dev/token`. */
export const LOCAL_CSP = contentSecurityPolicy();

/** Vite names every file under /assets/ by a hash of its content: a new build makes new names. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Asked again on every visit (answered 304 when unchanged), so a new build shows at once. */
export const REVALIDATE = 'no-cache';

/** Never the dashboard's: the API, its docs and the development routes keep their own 404s. */
const NOT_DASHBOARD = ['/v1', '/v1/*', '/docs', '/docs/*', '/dev', '/dev/*'];

/** A file (it has an extension), as CloudFront's site routing tells them apart (infra/src/site-routing.js). */
const isFile = (path: string) => path.slice(path.lastIndexOf('/')).includes('.');

/** Build files that are not the site's: Vite's manifest (`.vite/`) and the precompressed copies. */
const isHidden = (path: string) => /\/\./.test(path) || /\.(br|gz)$/.test(path);

/**
 * Serves the dashboard's build (`dist`) as the site does in AWS: every file under `/`, compressed
 * (the build's brotli or gzip copy, as the browser accepts), hashed assets cached for a year,
 * everything else revalidated by ETag, any other path that is not a file answered with
 * `index.html` (client-side routes: /trends, /countries/LA), and the site's Content-Security-Policy
 * on every answer, so the dashboard meets here the policy it meets in production.
 */
export function serveDashboard(dist: string): MiddlewareHandler {
  const file = serveStatic({ root: dist, precompressed: true });
  const page = serveStatic({ root: dist, path: 'index.html', precompressed: true });
  const clientRoute: MiddlewareHandler = (c, next) => (isFile(c.req.path) ? next() : page(c, next));
  return except([...NOT_DASHBOARD, (c) => isHidden(c.req.path)], every(siteHeaders, etag(), file, clientRoute));
}

/** Cache-Control and CSP on what the dashboard answers; a 404 keeps the app's problem and its no-store. */
const siteHeaders = createMiddleware(async (c, next) => {
  await next();
  if (!c.res.ok && c.res.status !== 304) return;
  const headers = c.res.headers;
  headers.set('Cache-Control', c.req.path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
  headers.set('Content-Security-Policy', LOCAL_CSP);
  // Whether or not this answer was compressed, another client's may be: caches must tell them apart.
  if (!/accept-encoding/i.test(headers.get('Vary') ?? '')) headers.append('Vary', 'Accept-Encoding');
});
