import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, isPortFree } from '@etip/local/ports';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * `npm run dev` on free ports: Vite's dev server with hot reload for the dashboard, passing the
 * API's paths to the local stack, and every process (Vite, the API, DynamoDB Local) stopped on SIGTERM.
 */
describe('npm run dev', () => {
  let child: ChildProcess;
  let output = '';
  let ports: { api: number; dynamodb: number; dev: number };
  let dataDir: string;
  const exited = () => child.exitCode !== null || child.signalCode !== null;

  beforeAll(async () => {
    ports = { api: await freePort(), dynamodb: await freePort(), dev: await freePort() };
    dataDir = await mkdtemp(join(tmpdir(), 'etip-dev-'));
    child = spawn('npm', ['run', 'dev'], {
      env: { ...process.env, PORT: String(ports.api), DYNAMODB_PORT: String(ports.dynamodb), DEV_PORT: String(ports.dev), DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    await vi.waitFor(
      () => {
        if (exited()) throw new Error(`npm run dev exited early:\n${output}`);
        expect(output).toMatch(/ready: dashboard with hot reload/);
      },
      { timeout: 90_000, interval: 100 },
    );
  }, 100_000);

  afterAll(async () => {
    if (!exited()) child.kill('SIGKILL');
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
    child.kill('SIGTERM');
    await vi.waitFor(() => expect(exited()).toBe(true), { timeout: 20_000, interval: 100 });
    expect(child.exitCode).toBe(0);
    await vi.waitFor(
      async () => {
        for (const port of Object.values(ports)) expect(await isPortFree(port)).toBe(true);
      },
      { timeout: 10_000, interval: 100 },
    );
  }, 40_000);
});
