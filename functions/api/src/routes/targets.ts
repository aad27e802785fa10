import { getTargets, listTargets, setTargets, type TargetsWritten, targetHistory } from '@etip/core';
import type { Context } from 'hono';
import { Hono } from 'hono/tiny';
import type { ApiDeps, ApiEnv } from '../deps';
import { readJsonBody } from '../http/json-body';
import { targetsAddress, targetsYear } from '../http/params';
import { methodNotAllowed } from '../http/problem-response';
import { requestPrecondition, versionedRead, versionedWrite } from '../http/versioned-response';

/**
 * `/v1/targets`: each country's annual targets, versioned like reports (DESIGN.md 3 "Targets").
 * The year's list leaves out countries whose targets were never set.
 */
export function targetsRoutes(deps: ApiDeps) {
  const written = (c: Context<ApiEnv>, { targetSet, created, receipt }: TargetsWritten) =>
    versionedWrite(c, targetSet, { version: targetSet.version, created, receipt, location: `/v1/targets/${targetSet.country}/${targetSet.year}` });

  return new Hono<ApiEnv>()
    .get('/', async (c) => {
      const { yearTargets, consumedReadUnits } = await listTargets(deps, c.var.user, targetsYear(c.req.queries()));
      c.header('X-Consumed-RCU', String(consumedReadUnits));
      return c.json(yearTargets);
    })
    .get('/:country/:year', async (c) => {
      const targetSet = await getTargets(deps, c.var.user, targetsAddress(c.req.param()));
      return versionedRead(c, targetSet, targetSet.version);
    })
    .put('/:country/:year', async (c) => {
      const address = targetsAddress(c.req.param());
      const body = await readJsonBody(c);
      return written(c, await setTargets(deps, c.var.user, address, body, requestPrecondition(c)));
    })
    .get('/:country/:year/history', async (c) => c.json(await targetHistory(deps, c.var.user, targetsAddress(c.req.param()))))
    .all('/', methodNotAllowed('GET'))
    .all('/:country/:year', methodNotAllowed('GET, PUT'))
    .all('/:country/:year/history', methodNotAllowed('GET'));
}
