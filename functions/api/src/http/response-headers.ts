import { createMiddleware } from 'hono/factory';

/**
 * A browser must take every answer as the type it says it is (a problem, a CSV), never guess.
 * The name in lower case, as a Lambda result's headers have it.
 */
export const NO_SNIFF = { name: 'x-content-type-options', value: 'nosniff' } as const;

/**
 * What `/v1` answers carry unless a route says otherwise: reports, their history, the export and
 * the dashboards are survivor data and staff names, and country offices share computers, so no
 * browser or proxy may keep a copy. A route opts in to caching only for what holds no data (the
 * framework); 304s still answer a client that kept its own copy and sends `If-None-Match`.
 */
export const API_CACHE_CONTROL = 'no-store';

/**
 * Sets `X-Content-Type-Options: nosniff` on every response of the app — routes, problems, 404s,
 * 405s, the body limit's 413 and the local server's own routes alike — and `Cache-Control:
 * no-store` on every `/v1` response that set no `Cache-Control` of its own. Registered first,
 * it sees each response after Hono's error and not-found handlers have made it.
 */
export const responseHeaders = () =>
  createMiddleware(async (c, next) => {
    await next();
    c.res.headers.set(NO_SNIFF.name, NO_SNIFF.value);
    if (c.req.path.startsWith('/v1/') && !c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', API_CACHE_CONTROL);
  });
