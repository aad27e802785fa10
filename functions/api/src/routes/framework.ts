import { frameworkView } from '@etip/core';
import { Hono } from 'hono/tiny';
import type { ApiEnv } from '../deps';
import { methodNotAllowed } from '../http/problem-response';

/** `/v1/framework`: the indicator framework, for forms and templates built by clients. */
export const frameworkRoutes = () => {
  const body = frameworkView();
  return new Hono<ApiEnv>()
    .get('/', (c) => {
      c.header('Cache-Control', 'private, max-age=3600');
      return c.json(body);
    })
    .all('/', methodNotAllowed('GET'));
};
