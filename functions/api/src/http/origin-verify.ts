import { createHash, timingSafeEqual } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import { problemOf } from './problem-response';

/** The header CloudFront adds to every request it forwards to the API (infra/src/edge-stack.ts). */
export const ORIGIN_VERIFY_HEADER = 'x-origin-verify';

/**
 * Answers only requests that came through CloudFront: those carrying `secret` in
 * `X-Origin-Verify`, which CloudFront adds on its way to the API and which overwrites any value a
 * caller sends. Anything else reached the HTTP API's own address directly, around CloudFront's
 * headers and rate limit, and gets 403 before any route and before the token is read, health
 * included (an uptime check then proves the path users take, the secret matching at both ends).
 * The comparison takes the same time whatever the value sent: both sides are hashed to equal
 * lengths first, so neither a prefix nor the secret's length can be found by timing.
 */
export const originVerify = (secret: string) => {
  const expected = digest(secret);
  return createMiddleware(async (c, next) => {
    const sent = c.req.header(ORIGIN_VERIFY_HEADER);
    if (sent === undefined || !timingSafeEqual(digest(sent), expected)) {
      return problemOf('direct-request', "call the API through the site's address (https://<site>/v1/…), not the API's own");
    }
    await next();
  });
};

const digest = (value: string) => createHash('sha256').update(value).digest();
