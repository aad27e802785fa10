import { Hono, type Context } from 'hono';
import { changeStatus, getReport, listReports, putReport, reportHistory, type Written } from '@etip/core';
import type { ApiDeps, ApiEnv } from '../deps';
import { readJsonBody } from '../http/json-body';
import { listFilter, reportAddress } from '../http/params';
import { etagOf, preconditionOf } from '../http/preconditions';

/** `/v1/submissions`: monthly reports, their lifecycle and their history (DESIGN.md 3). */
export function submissionsRoutes(deps: ApiDeps) {
  const written = (c: Context<ApiEnv>, result: Written) => {
    c.header('ETag', etagOf(result.report.version));
    c.header('X-Consumed-WCU', String(result.receipt.consumedWriteUnits));
    if (result.created) c.header('Location', `/v1/submissions/${result.report.country}/${result.report.period}`);
    return c.json(result.report, result.created ? 201 : 200);
  };
  const precondition = (c: Context<ApiEnv>) => preconditionOf(c.req.header('if-match'), c.req.header('if-none-match'));

  return new Hono<ApiEnv>()
    .get('/', async (c) => c.json(await listReports(deps, c.var.user, listFilter(c.req.query()))))
    .get('/:country/:period', async (c) => {
      const { country, period } = reportAddress(c.req.param());
      const report = await getReport(deps, c.var.user, country, period);
      const etag = etagOf(report.version);
      c.header('ETag', etag);
      c.header('Cache-Control', 'private, no-cache');
      if (c.req.header('if-none-match') === etag) return c.body(null, 304);
      return c.json(report);
    })
    .put('/:country/:period', async (c) => {
      const target = reportAddress(c.req.param());
      const body = await readJsonBody(c);
      return written(c, await putReport(deps, c.var.user, target, body, precondition(c)));
    })
    .post('/:country/:period/:action{submit|approve|return}', async (c) => {
      const target = reportAddress(c.req.param());
      const action = c.req.param('action') as 'submit' | 'approve' | 'return';
      const body = await readJsonBody(c, { optional: action !== 'return' });
      return written(c, await changeStatus(deps, c.var.user, target, action, precondition(c), body));
    })
    .get('/:country/:period/history', async (c) => {
      const { country, period } = reportAddress(c.req.param());
      return c.json(await reportHistory(deps, c.var.user, country, period));
    });
}
