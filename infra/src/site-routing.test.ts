import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

// The very file CloudFront runs, evaluated in an empty context as CloudFront Functions are.
const source = readFileSync(new URL('./site-routing.js', import.meta.url), 'utf8');
const handler = runInNewContext(`${source}; handler`) as (event: unknown) => { uri: string };
const route = (uri: string) => handler({ request: { method: 'GET', uri, querystring: {}, headers: {} } }).uri;

describe('site routing (CloudFront Function)', () => {
  it.each([
    ['/', '/index.html'],
    ['/overview', '/index.html'],
    ['/countries/LA/2026-10', '/index.html'],
    ['/docs', '/docs/index.html'],
    ['/docs/', '/docs/index.html'],
  ])('serves the app for a page path: %s → %s', (uri, expected) => expect(route(uri)).toBe(expected));

  it.each(['/assets/index-3f2a.js', '/config.json', '/v1/openapi.json', '/docs/docs.css', '/favicon.ico'])('leaves a file alone: %s', (uri) => {
    expect(route(uri)).toBe(uri);
  });
});
