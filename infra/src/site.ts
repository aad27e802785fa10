import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { siteDocs } from '@etip/api/site-docs';
import { REPO_ROOT } from './lambda-function';

/** Where the dashboard's production build lands (`dashboard/`, DESIGN.md 6). */
export const DASHBOARD_BUILD = join(REPO_ROOT, 'dashboard', 'dist');

/** Until a dashboard build exists (`npm start` makes one), `/` leads to the API docs. */
const DOCS_LANDING = `<!doctype html><html lang="en"><meta charset="utf-8"><title>ETIP Monitor</title>
<meta http-equiv="refresh" content="0; url=/docs"><a href="/docs">ETIP Monitor API documentation</a></html>\n`;

/**
 * The API's OpenAPI document and docs page, from the API's public entry `@etip/api/site-docs`.
 * Rendered once, when the app is loaded: the page renders asynchronously, and stacks are built
 * synchronously.
 */
const API_DOCS = await siteDocs();

/**
 * The static site the bucket serves, assembled at synth time as the functions are bundled: the
 * API's docs (at the paths the local server answers) and the dashboard build. The runtime
 * `config.json` is added by the deployment, with the stage's Cognito ids. Returns a temporary
 * folder; `dispose` removes it once the asset has been staged into the cloud assembly.
 */
export function buildSite(): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'etip-site-'));
  for (const [path, content] of Object.entries(API_DOCS)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  if (existsSync(join(DASHBOARD_BUILD, 'index.html'))) cpSync(DASHBOARD_BUILD, dir, { recursive: true, filter: isSiteFile });
  else writeFileSync(join(dir, 'index.html'), DOCS_LANDING);
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * What of the build goes into the bucket: not Vite's manifest (`.vite/`, for the bench) nor the
 * brotli and gzip copies `npm start` serves (`.br`, `.gz`): CloudFront compresses by itself.
 */
function isSiteFile(path: string): boolean {
  const name = relative(DASHBOARD_BUILD, path);
  return !name.split(sep).some((part) => part.startsWith('.')) && !/\.(br|gz)$/.test(name);
}
