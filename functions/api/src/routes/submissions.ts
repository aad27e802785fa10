import { changeStatus, getReport, listReports, putReport, reportHistory, type Written } from '@etip/core';
import type { Context } from 'hono';
import { Hono } from 'hono/tiny';
import type { ApiDeps, ApiEnv } from '../deps';
import { readJsonBody } from '../http/json-body';
import { listFilter, reportAddress } from '../http/params';
import { methodNotAllowed } from '../http/problem-response';
import { requestPrecondition, versionedRead, versionedWrite } from '../http/versioned-response';

/** `/v1/submissions`: monthly reports, their lifecycle and their history (DESIGN.md 3). */
export function submissionsRoutes(deps: ApiDeps) {
  const written = (c: Context<ApiEnv>, { report, created, receipt }: Written) =>
    versionedWrite(c, report, { version: report.version, created, receipt, location: `/v1/submissions/${report.country}/${report.period}` });
  const precondition = requestPrecondition;

  return new Hono<ApiEnv>()
    .get('/', async (c) => c.json(await listReports(deps, c.var.user, listFilter(c.req.queries()))))
    .get('/:country/:period', async (c) => {
      const { country, period } = reportAddress(c.req.param());
      const report = await getReport(deps, c.var.user, country, period);
      return versionedRead(c, report, report.version);
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
    })
    .all('/', methodNotAllowed('GET'))
    .all('/:country/:period', methodNotAllowed('GET, PUT'))
    .all('/:country/:period/:action{submit|approve|return}', methodNotAllowed('POST'))
    .all('/:country/:period/history', methodNotAllowed('GET'));
}
