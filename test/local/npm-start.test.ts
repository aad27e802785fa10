import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentSecurityPolicy } from '@etip/infra/content-security-policy';
import { DASHBOARD_DIST } from '@etip/local/dashboard-build';
import { freePort, isPortFree } from '@etip/local/ports';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningScript, startScript } from '../support/npm-script';
import { rawGet } from '../support/raw-http';
import { exposureOf } from '../support/reachability';

/**
 * `npm start` exactly as a newcomer runs it, on free ports and a temporary data folder: it
 * becomes ready with demo data, serves the dashboard, the API and the dev issuer, and stops every
 * process on Ctrl-C (SIGTERM: `npm run dev`'s test; both go the same way).
 */
describe('npm start', () => {
  let script: RunningScript;
  let port: number;
  let dynamodbPort: number;
  let dataDir: string;

  beforeAll(async () => {
    [port, dynamodbPort] = [await freePort(), await freePort()];
    dataDir = await mkdtemp(join(tmpdir(), 'etip-start-'));
    script = await startScript(
      ['start'],
      // The Lambda's origin secret left in a developer's shell changes nothing: no CloudFront here, no check.
      { PORT: String(port), DYNAMODB_PORT: String(dynamodbPort), DATA_DIR: dataDir, ORIGIN_VERIFY_SECRET: 'from-a-deploy-shell' },
      /ready in/,
    );
  }, 100_000);

  afterAll(async () => {
    if (script && !script.exited()) process.kill(-script.child.pid!, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('serves the API with demo data and the development issuer, with no origin secret to send', async () => {
    const base = `http://127.0.0.1:${port}`;
    expect(await (await fetch(`${base}/v1/health`)).json()).toEqual({ status: 'ok' });
    const { token } = (await (await fetch(`${base}/dev/token?role=regional-lead`)).json()) as { token: string };
    const response = await fetch(`${base}/v1/submissions`, { headers: { Authorization: `Bearer ${token}` } });
    const summaries = (await response.json()) as { country: string; status: string }[];
    expect(new Set(summaries.map((s) => s.country)).size).toBe(6);
    expect(new Set(summaries.map((s) => s.status))).toEqual(new Set(['draft', 'submitted', 'approved', 'returned']));
    // The API docs, with their styles in a file (the deployed site's CSP forbids inline styles).
    const docs = await (await fetch(`${base}/docs`)).text();
    expect(docs).toContain('<link rel="stylesheet" href="/docs/docs.css">');
    expect(docs).not.toContain('<style');
    expect((await fetch(`${base}/docs/docs.css`)).headers.get('content-type')).toMatch(/^text\/css/);
    const refused = await fetch(`${base}/dev/token?role=emperor`);
    expect(refused.status).toBe(400);
    // Read like every query of the API: a role given twice is not the first or the last of them.
    const twice = await fetch(`${base}/dev/token?role=viewer&role=admin`);
    expect([twice.status, ((await twice.json()) as { errors: { code: string }[] }).errors[0]?.code]).toEqual([400, 'repeated-parameter']);
  });

  // Issue 10, 5: the dashboard as the site serves it, built by `npm start` when its sources changed.
  it('serves the dashboard it built at /, and the runtime config of local mode', async () => {
    const base = `http://127.0.0.1:${port}`;
    const page = await fetch(`${base}/`, { redirect: 'manual' });
    expect([page.status, page.headers.get('cache-control')]).toEqual([200, 'no-cache']);
    expect(await page.text()).toBe(await readFile(join(DASHBOARD_DIST, 'index.html'), 'utf8'));
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(await (await fetch(`${base}/config.json`)).json()).toEqual({ mode: 'local', apiBase: '/v1' });
  });

  // Issue 9, 6: the local system is local.
  it('is reachable from this machine only, and answers only requests addressed to it', async () => {
    expect(await exposureOf(port)).toEqual([]);
    expect(await exposureOf(dynamodbPort)).toEqual([]);
    expect(script.output()).not.toMatch(/WARNING/);
    // What a page re-pointed at 127.0.0.1 by DNS rebinding sends: no token for it.
    const rebound = await rawGet(port, '/dev/token?role=admin', { Host: 'evil.example:3000' });
    expect([rebound.status, rebound.type]).toEqual([421, 'application/problem+json']);
    expect((await rawGet(port, '/dev/token?role=admin', { Host: `localhost:${port}` })).status).toBe(200);
  });

  it('stops every process it started on Ctrl-C, in order and quietly', async () => {
    // Prepare: the stream poller busy with a change when Ctrl-C comes.
    const base = `http://127.0.0.1:${port}`;
    const { token } = (await (await fetch(`${base}/dev/token?role=country-office&country=LA`)).json()) as { token: string };
    const saved = await fetch(`${base}/v1/submissions/LA/2020-01`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'If-None-Match': '*' },
      body: JSON.stringify({ values: [] }),
    });
    expect(saved.status).toBe(201);

    // Act: SIGINT to the whole process group, as a terminal sends it.
    script.interrupt();

    // Assess: every process gone, nothing failed on the way (the JVM used to go first).
    await vi.waitFor(() => expect(script.exited()).toBe(true), { timeout: 20_000, interval: 100 });
    expect(script.child.exitCode).toBe(0);
    await vi.waitFor(
      async () => {
        expect(await isPortFree(port)).toBe(true);
        expect(await isPortFree(dynamodbPort)).toBe(true);
      },
      { timeout: 10_000, interval: 100 },
    );
    expect(script.output()).not.toMatch(/ECONNREFUSED|partly aggregated/);
  }, 40_000);
});
