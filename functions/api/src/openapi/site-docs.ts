import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DOCS_CSS, docsPage } from '../routes/docs';
import { openApiDocument } from './document';

/**
 * The API's documentation as static files of the web site, by path under the site's root, at the
 * paths the local server answers: the OpenAPI document, the browsable page and its stylesheet.
 * Static, so never in the API Lambda (its bundle and cold start, DESIGN.md 7). The package's
 * public entry `@etip/api/site-docs`, which the CDK app imports.
 */
export async function siteDocs(): Promise<Record<string, string>> {
  return {
    'v1/openapi.json': JSON.stringify(openApiDocument()),
    'docs/index.html': await docsPage(),
    'docs/docs.css': DOCS_CSS,
  };
}

/** Writes {@link siteDocs} into `dir`; returns the files written. */
export async function writeSiteDocs(dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const [path, content] of Object.entries(await siteDocs())) {
    const file = join(dir, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
    written.push(file);
  }
  return written;
}
