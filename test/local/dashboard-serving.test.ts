import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { contentSecurityPolicy } from '@etip/infra/content-security-policy';
import { ensureDashboardBuild } from '@etip/local/dashboard-build';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, startLocalServer } from '../support/local-server';
import { wireGet } from '../support/raw-http';

/**
 * The dashboard's build served by the real local server over TCP, as the site serves it in AWS
 * (issue 10, 5): compressed, hashed assets immutable, pages revalidated, client-side routes,
 * the site's CSP; and the runtime config.json of local mode.
 */
describe('the dashboard on the local server', () => {
  let server: LocalServer;
  let dist: string;
  let index: string;
  /** The entry script index.html loads, e.g. `/assets/index-BC0R5hgp.js`. */
  let entry: string;

  beforeAll(async () => {
    dist = (await ensureDashboardBuild()).dir;
    server = await startLocalServer({ dashboardDir: dist });
    index = await readFile(join(dist, 'index.html'), 'utf8');
    entry = /<script type="module"[^>]* src="(\/assets\/[^"]+\.js)"/.exec(index)![1]!;
  }, 120_000);
  afterAll(() => server?.stop());

  it('is the production build even under a NODE_ENV of test, as vitest sets it', async () => {
    expect(process.env.NODE_ENV).toBe('test');
    // React's development build (three times the weight) has its JSX checks: none may be shipped.
    expect(await readFile(join(dist, entry), 'utf8')).not.toMatch(/jsxDEV|react-stack-top-frame/);
  });

  it('serves index.html at /, revalidated by ETag, with the production CSP and nosniff', async () => {
    const page = await wireGet(server.port, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body.toString()).toBe(index);
    expect(page.headers['cache-control']).toBe('no-cache');
    // The one definition (infra), as CloudFront sends it, minus the Cognito origins local mode has none of.
    expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy());
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const etag = page.headers.etag as string;
    expect(etag).toMatch(/^"[0-9a-f]+"$/);

    const again = await wireGet(server.port, '/', { 'If-None-Match': etag });
    expect([again.status, again.body.length, again.headers['cache-control']]).toEqual([304, 0, 'no-cache']);
  });

  it('serves hashed assets as the client accepts them, brotli first, cached for a year as immutable', async () => {
    const original = await readFile(join(dist, entry));
    const decoded = { br: brotliDecompressSync, gzip: gunzipSync, none: (body: Buffer) => body };
    for (const [accepts, coding] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['br', 'br'],
      ['gzip, deflate', 'gzip'],
      ['identity', 'none'],
    ] as const) {
      const answer = await wireGet(server.port, entry, { 'Accept-Encoding': accepts });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding'] ?? 'none', accepts).toBe(coding);
      expect(decoded[coding](answer.body).equals(original), accepts).toBe(true);
      expect(answer.headers['content-type']).toMatch(/^text\/javascript/);
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(answer.headers.vary).toMatch(/Accept-Encoding/);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
    // Compressed copies are real savings, not a formality.
    const br = await wireGet(server.port, entry, { 'Accept-Encoding': 'br' });
    expect(br.body.length).toBeLessThan(original.length / 2);
  });

  it('answers client-side routes with index.html, never the API, the docs, the dev routes or a missing file', async () => {
    for (const route of ['/trends', '/countries/LA', '/completeness?from=2026-01']) {
      const answer = await wireGet(server.port, route);
      expect([answer.status, answer.body.toString()], route).toEqual([200, index]);
      expect(answer.headers['content-security-policy'], route).toBe(contentSecurityPolicy());
    }
    const docs = await wireGet(server.port, '/docs');
    expect(docs.body.toString()).toContain('<h1>ETIP Monitor API</h1>');
    // Each keeps its own refusal, a problem that is never kept (no-store), not the page.
    for (const [path, status] of [
      ['/v1/nothing-here', 401],
      ['/docs/nothing-here', 404],
      ['/dev/nothing-here', 404],
      ['/assets/missing-0000.js', 404],
      ['/favicon.ico', 404],
      ['/.vite/manifest.json', 404],
      [`${entry}.br`, 404],
    ] as const) {
      const answer = await wireGet(server.port, path);
      expect([answer.status, answer.headers['content-type'], answer.headers['cache-control']], path).toEqual([status, 'application/problem+json', 'no-store']);
    }
  });

  it('never serves a file from outside the build, whatever the path says', async () => {
    const secret = await readFile(join(dist, '..', 'package.json'), 'utf8');
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/assets/..%2f..%2fpackage.json',
      '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/..\\package.json',
    ]) {
      const answer = await wireGet(server.port, path);
      expect(answer.status, path).toBeLessThan(500);
      expect(answer.body.toString(), path).not.toBe(secret);
    }
  });

  it('serves the runtime config of local mode at /config.json, as the dashboard reads it', async () => {
    const config = await wireGet(server.port, '/config.json');
    expect(config.status).toBe(200);
    expect(config.headers['content-type']).toMatch(/^application\/json/);
    expect(config.body.toString()).toBe('{"mode":"local","apiBase":"/v1"}');
  });
});
