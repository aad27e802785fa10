import { loggableError } from '@etip/aws';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { matchedRoutes } from 'hono/route';

/** The little of a logger the API needs: Powertools' Logger is one, `failuresToStderr` another. */
export interface RequestLogger {
  info(message: string, attributes: Record<string, unknown>): void;
  error(message: string, attributes: Record<string, unknown>): void;
}

/** Where no logger is given (the local server, tests): only failures, as JSON on stderr. */
export const failuresToStderr: RequestLogger = {
  info: () => {},
  error: (message, attributes) => console.error(JSON.stringify({ level: 'ERROR', message, ...attributes })),
};

/**
 * One log line per request: method, route, status and duration. Never the query, the body, the
 * headers (the bearer token) or anything read from the table: values are survivor counts
 * (DESIGN.md 5.4). A failure of ours (5xx) is logged at ERROR with what was thrown.
 */
export const requestLog = (logger: RequestLogger) =>
  createMiddleware(async (c, next) => {
    const started = performance.now();
    await next();
    const { status } = c.res;
    const line = { method: c.req.method, route: routeOf(c), status, durationMs: Math.round(performance.now() - started) };
    // Hono's error handler answered for the route, so the error is on the context, not thrown here.
    if (status >= 500) logger.error('request failed', { ...line, error: loggableError(c.error) });
    else logger.info('request', line);
  });

/**
 * The pattern of the route the request was for (`/v1/submissions/:country/:period`): it groups
 * requests in log queries. Middleware (`use`) matches every method and is not a route; a path
 * that no route matched (a 404) is logged as it came.
 */
const routeOf = (c: Context) => matchedRoutes(c).findLast((route) => route.method !== 'ALL')?.path ?? c.req.path;
