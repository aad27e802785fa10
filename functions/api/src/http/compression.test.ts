import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { type InMemoryApp, inMemoryApp } from './in-memory-app.fixture';

/**
 * The dashboards' reads are sent gzip-compressed to a client that takes it (CloudFront does not
 * compress the uncached `/v1/*`), in memory through `app.request`; what carries a strong ETag
 * (a report) is sent as it is, its ETag untouched, so that If-Match still holds.
 */
const NOW = new Date('2026-11-20T03:00:00Z');
let app: InMemoryApp['app'];
let headers: Record<string, string>;

beforeAll(async () => {
  const made = await inMemoryApp(NOW);
  app = made.app;
  headers = { Authorization: `Bearer ${await made.tokens.tokenFor('admin')}` };
});

describe('compression', () => {
  it.each(['/v1/dashboard/overview?from=2026-01&to=2026-09', '/v1/dashboard/series?indicator=PRT-01', '/v1/dashboard/completeness'])(
    'sends %s gzip-compressed, the same JSON once inflated',
    async (path) => {
      // Prepare
      const plain = await app.request(path, { headers });

      // Act
      const compressed = await app.request(path, { headers: { ...headers, 'Accept-Encoding': 'gzip, deflate, br' } });

      // Assess
      expect([plain.status, plain.headers.get('content-encoding')]).toEqual([200, null]);
      expect([compressed.status, compressed.headers.get('content-encoding')]).toEqual([200, 'gzip']);
      expect(compressed.headers.get('vary')).toMatch(/accept-encoding/i);
      const inflated = gunzipSync(Buffer.from(await compressed.arrayBuffer())).toString('utf8');
      expect(JSON.parse(inflated)).toEqual(await plain.json());
    },
  );

  it('sends a report as it is, with its strong ETag', async () => {
    const response = await app.request('/v1/submissions/LA/2026-10', { headers: { ...headers, 'Accept-Encoding': 'gzip' } });

    expect([response.status, response.headers.get('content-encoding'), response.headers.get('etag')]).toEqual([200, null, '"1"']);
  });
});
