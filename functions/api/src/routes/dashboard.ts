import { type Costed, completenessView, exportView, overviewView, type QueryValues, seriesView } from '@etip/core';
import type { Context } from 'hono';
import { Hono } from 'hono/tiny';
import type { ApiDeps, ApiEnv } from '../deps';
import { methodNotAllowed } from '../http/problem-response';

/**
 * Read cost of a view, as DESIGN.md 5.1 asks every dashboard response to report it. Views are
 * never kept (the API's default `Cache-Control: no-store`): they are survivor data on shared
 * office computers, and a submission must show within seconds (DESIGN.md 7).
 */
const costHeader = (c: Context<ApiEnv>, read: Costed<unknown>) => c.header('X-Consumed-RCU', String(read.consumedReadUnits));

/** `/v1/dashboard/*` and `/v1/export.csv`: the dashboards' read API (DESIGN.md 5.1). */
export function dashboardRoutes(deps: ApiDeps) {
  type View = (deps: ApiDeps, user: ApiEnv['Variables']['user'], query: QueryValues) => Promise<Costed<object>>;
  const json = (view: View) => async (c: Context<ApiEnv>) => {
    const read = await view(deps, c.var.user, c.req.queries());
    costHeader(c, read);
    return c.json(read.data);
  };
  return new Hono<ApiEnv>()
    .get('/dashboard/overview', json(overviewView))
    .get('/dashboard/series', json(seriesView))
    .get('/dashboard/completeness', json(completenessView))
    .get('/export.csv', async (c) => {
      const read = await exportView(deps, c.var.user, c.req.queries());
      costHeader(c, read);
      c.header('Content-Disposition', `attachment; filename="etip-monitor-${read.data.from}-to-${read.data.to}.csv"`);
      return c.body(read.data.csv, 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    })
    .all('/dashboard/:view{overview|series|completeness}', methodNotAllowed('GET'))
    .all('/export.csv', methodNotAllowed('GET'));
}
