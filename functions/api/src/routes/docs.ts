import { FIELD_ERROR_CODES, FIELD_ERROR_DOCS } from '@etip/core';
import { html, raw } from 'hono/html';
import { Hono } from 'hono/tiny';
import { OPERATIONS, openApiDocument } from '../openapi/document';

const STATUS_TEXT = (statuses: (string | number)[]) => statuses.join(', ');

/**
 * The page's styles, a file of their own so the site's Content-Security-Policy can forbid inline
 * styles. Self-contained, no CDN: country offices' links are slow.
 */
export const DOCS_CSS =
  'body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}pre{background:#f6f6f6;padding:1rem;overflow:auto;max-height:40rem}';

/** The browsable `/docs` page. */
export async function docsPage(): Promise<string> {
  const rows = Object.entries(OPERATIONS).flatMap(([path, ops]) =>
    Object.entries(ops).map(
      ([method, op]) =>
        html`<tr><td><code>${method.toUpperCase()}</code></td><td><code>${path}</code></td><td>${op.summary}</td><td>${op.roles}</td><td>${STATUS_TEXT([op.ok.status, ...op.errors])}</td></tr>`,
    ),
  );
  const codes = FIELD_ERROR_CODES.map(
    (code) => html`<tr><td><code>${code}</code></td><td>${FIELD_ERROR_DOCS[code].means}</td><td>${FIELD_ERROR_DOCS[code].params.join(', ')}</td></tr>`,
  );
  const schemas = JSON.stringify((openApiDocument() as { components: { schemas: object } }).components.schemas, null, 2);
  return String(
    await html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>ETIP Monitor API</title>
<link rel="stylesheet" href="/docs/docs.css">
</head><body>
<h1>ETIP Monitor API</h1>
<p>JSON over HTTPS under <code>/v1</code>. Every request but <code>GET /v1/health</code> needs <code>Authorization: Bearer &lt;JWT&gt;</code>.
Errors are RFC 9457 <code>application/problem+json</code> with one entry per offending field in <code>errors</code>.
The machine-readable contract is <a href="/v1/openapi.json">/v1/openapi.json</a> (OpenAPI 3.1).</p>
<table><thead><tr><th>Method</th><th>Path</th><th>What</th><th>Who</th><th>Statuses</th></tr></thead><tbody>${rows}</tbody></table>
<h2>Field error codes</h2>
<p>Each entry of a problem's <code>errors</code> has a <code>path</code>, a <code>code</code> from this list, its <code>params</code> and an English <code>message</code>; a client may say the same in its reader's language from the code and params.</p>
<table><thead><tr><th>Code</th><th>Meaning</th><th>Params</th></tr></thead><tbody>${codes}</tbody></table>
<h2>Schemas</h2><pre>${raw(schemas.replace(/&/g, '&amp;').replace(/</g, '&lt;'))}</pre>
</body></html>`,
  );
}

/** No data in the docs, so a browser may keep them, but asks again each time: a new contract shows at once. */
const DOCS_CACHE = { 'Cache-Control': 'no-cache' };

/**
 * `/v1/openapi.json`, `/docs` and its stylesheet. Static content, so not part of the API Lambda (its bundle and
 * cold start, DESIGN.md 7): the local server mounts these routes, and in AWS the same files are
 * written by `write-docs.ts` and served from the web bucket.
 */
export const docsRoutes = () =>
  new Hono()
    .get('/v1/openapi.json', (c) => c.json(openApiDocument(), 200, DOCS_CACHE))
    .get('/docs', async (c) => c.html(await docsPage(), 200, DOCS_CACHE))
    .get('/docs/docs.css', (c) => c.body(DOCS_CSS, 200, { 'content-type': 'text/css; charset=utf-8', ...DOCS_CACHE }));
