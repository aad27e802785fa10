/**
 * Writes the API's OpenAPI document and docs page as static files into a folder:
 * `node --import tsx functions/api/src/openapi/write-docs.ts <dir>` → <dir>/v1/openapi.json and
 * <dir>/docs/index.html (+ docs.css). The deployment puts them beside the dashboard, at the same paths the
 * local server answers.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DOCS_CSS, docsPage } from '../routes/docs';
import { openApiDocument } from './document';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: write-docs.ts <output folder>\n');
  process.exit(2);
}
const out = resolve(dir);
await mkdir(join(out, 'v1'), { recursive: true });
await mkdir(join(out, 'docs'), { recursive: true });
await writeFile(join(out, 'v1', 'openapi.json'), JSON.stringify(openApiDocument()));
await writeFile(join(out, 'docs', 'index.html'), await docsPage());
await writeFile(join(out, 'docs', 'docs.css'), DOCS_CSS);
process.stdout.write(`wrote ${join(out, 'v1', 'openapi.json')} and ${join(out, 'docs', 'index.html')}\n`);
