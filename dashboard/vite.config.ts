import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { appChunk } from './vite/app-chunk.ts';
import { mekongMap } from './vite/mekong-map.ts';
import { preloadHints } from './vite/preload-hints.ts';

/**
 * The dashboard's build: static files with hashed names in `dist/`, which the CDK app copies into
 * the site bucket (infra/src/site.ts). The site's Content-Security-Policy takes scripts, styles
 * and fonts from files of its own origin only (infra/src/security-headers.ts), so nothing may be
 * inlined: index.html links one script (a small boot script, src/boot.ts) and one stylesheet, and
 * preloads the app's chunks and the Latin fonts as links (vite/preload-hints.ts; Vite puts its
 * module preload polyfill inside the entry script, not in the page), and no asset becomes a
 * data: URL, which `font-src 'self'` would refuse for the fonts of the programme's scripts
 * (DESIGN.md 5.2). The app is one chunk beside the boot script's, not a dozen small ones: each
 * is a round trip on a slow link (vite/app-chunk.ts).
 */
export default defineConfig({
  plugins: [react(), mekongMap(), preloadHints()],
  build: { assetsInlineLimit: 0, rolldownOptions: { output: { codeSplitting: appChunk() } } },
});
