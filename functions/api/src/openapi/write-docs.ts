/**
 * Writes the API's OpenAPI document and docs page as static files into a folder:
 * `node --import tsx functions/api/src/openapi/write-docs.ts <dir>` → <dir>/v1/openapi.json and
 * <dir>/docs/index.html (+ docs.css). The deployment puts them beside the dashboard, at the same paths the
 * local server answers.
 */
import { resolve } from 'node:path';
import { writeSiteDocs } from './site-docs';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: write-docs.ts <output folder>\n');
  process.exit(2);
}
const written = await writeSiteDocs(resolve(dir));
process.stdout.write(`wrote ${written.join(', ')}\n`);
