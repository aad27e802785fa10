import { Hono, type Context } from 'hono';
import { getTargets, listTargets, setTargets, targetHistory, type TargetsWritten } from '@etip/core';
import type { ApiDeps, ApiEnv } from '../deps';
import { readJsonBody } from '../http/json-body';
import { etagOf, preconditionOf } from '../http/preconditions';
import { targetsAddress, targetsYear } from '../http/target-params';

/**
 * `/v1/targets`: each country's annual targets, versioned like reports (DESIGN.md 3 "Targets").
 * The year's list leaves out countries whose targets were never set.
 */
export function targetsRoutes(deps: ApiDeps) {
  const written = (c: Context<ApiEnv>, result: TargetsWritten) => {
    const { country, year, version } = result.targetSet;
    c.header('ETag', etagOf(version));
    c.header('X-Consumed-WCU', String(result.receipt.consumedWriteUnits));
    if (result.created) c.header('Location', `/v1/targets/${country}/${year}`);
    return c.json(result.targetSet, result.created ? 201 : 200);
  };

  return new Hono<ApiEnv>()
    .get('/', async (c) => {
      const { yearTargets, consumedReadUnits } = await listTargets(deps, c.var.user, targetsYear(c.req.query()));
      c.header('X-Consumed-RCU', String(consumedReadUnits));
      return c.json(yearTargets);
    })
    .get('/:country/:year', async (c) => {
      const targetSet = await getTargets(deps, c.var.user, targetsAddress(c.req.param()));
      const etag = etagOf(targetSet.version);
      c.header('ETag', etag);
      c.header('Cache-Control', 'private, no-cache');
      if (c.req.header('if-none-match') === etag) return c.body(null, 304);
      return c.json(targetSet);
    })
    .put('/:country/:year', async (c) => {
      const address = targetsAddress(c.req.param());
      const body = await readJsonBody(c);
      const precondition = preconditionOf(c.req.header('if-match'), c.req.header('if-none-match'));
      return written(c, await setTargets(deps, c.var.user, address, body, precondition));
    })
    .get('/:country/:year/history', async (c) => c.json(await targetHistory(deps, c.var.user, targetsAddress(c.req.param()))));
}
