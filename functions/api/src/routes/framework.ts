import { frameworkView } from '@etip/core';
import { Hono } from 'hono/tiny';
import type { ApiEnv } from '../deps';
import { methodNotAllowed } from '../http/problem-response';

/** `/v1/framework`: the indicator framework, for forms and templates built by clients. */
export const frameworkRoutes = () => {
  const body = frameworkView();
  return new Hono<ApiEnv>()
    .get('/', (c) => {
      // The one /v1 answer a browser may keep: no data, the same for every role, changed only by
      // a deploy; an hour saves slow links a download on every page. `private`: it is behind sign-in.
      c.header('Cache-Control', 'private, max-age=3600');
      return c.json(body);
    })
    .all('/', methodNotAllowed('GET'));
};
