import { ProblemError, type User } from '@etip/core';
import { createMiddleware } from 'hono/factory';
import { AuthenticationError } from '../auth/verify-token';
import type { ApiDeps, ApiEnv } from '../deps';

/**
 * Verifies the bearer token on every route behind it. In AWS the HTTP API's authorizer has
 * checked it already; the app checks again so that no route depends on the gateway alone.
 */
export const authenticate = (verifyToken: ApiDeps['verifyToken']) =>
  createMiddleware<ApiEnv>(async (c, next) => {
    let user: User;
    try {
      user = await verifyToken(c.req.header('authorization'));
    } catch (error) {
      // Only a bad token is the caller's fault; an unreachable key set is ours (a 5xx).
      if (error instanceof AuthenticationError) throw ProblemError.of('unauthenticated', error.message);
      throw error;
    }
    c.set('user', user);
    await next();
  });
