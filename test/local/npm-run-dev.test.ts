import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, isPortFree } from '@etip/local/ports';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningScript, startScript } from '../support/npm-script';

/**
 * `npm run dev` on free ports: Vite's dev server with hot reload for the dashboard, passing the
 * API's paths to the local stack, and every process (Vite, the API, DynamoDB Local) stopped on SIGTERM.
 */
describe('npm run dev', () => {
  let script: RunningScript;
  let ports: { api: number; dynamodb: number; dev: number };
  let dataDir: string;

  beforeAll(async () => {
    ports = { api: await freePort(), dynamodb: await freePort(), dev: await freePort() };
    dataDir = await mkdtemp(join(tmpdir(), 'etip-dev-'));
    script = await startScript(
      ['run', 'dev'],
      { PORT: String(ports.api), DYNAMODB_PORT: String(ports.dynamodb), DEV_PORT: String(ports.dev), DATA_DIR: dataDir },
      /ready: dashboard with hot reload/,
    );
  }, 100_000);

  afterAll(async () => {
    if (script && !script.exited()) process.kill(-script.child.pid!, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it("serves the dashboard's sources with hot reload, and the API's paths from the local stack", async () => {
    const base = `http://127.0.0.1:${ports.dev}`;
    const page = await (await fetch(`${base}/`)).text();
    expect(page).toContain('/@vite/client');
    expect((await fetch(`${base}/trends`)).status).toBe(200);
    expect(await (await fetch(`${base}/config.json`)).json()).toEqual({ mode: 'local', apiBase: '/v1' });
    expect(await (await fetch(`${base}/v1/health`)).json()).toEqual({ status: 'ok' });
    const { token } = (await (await fetch(`${base}/dev/token?role=viewer`)).json()) as { token: string };
    expect(token).toMatch(/^ey/);
  });

  it('stops every process it started on SIGTERM', async () => {
    script.child.kill('SIGTERM');
    await vi.waitFor(() => expect(script.exited()).toBe(true), { timeout: 20_000, interval: 100 });
    expect(script.child.exitCode).toBe(0);
    await vi.waitFor(
      async () => {
        for (const port of Object.values(ports)) expect(await isPortFree(port)).toBe(true);
      },
      { timeout: 10_000, interval: 100 },
    );
  }, 40_000);
});
