import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One chunk of Vite's manifest (`build.manifest`): its file and the chunks it imports statically. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

export interface InitialJs {
  files: { file: string; gzipBytes: number }[];
  gzipBytes: number;
}

/**
 * The JavaScript a first visit must load before the dashboard can run (DESIGN.md 7: ≤ 350 KB
 * gzip): the entry chunk, the chunks index.html preloads (`modulepreload`: the app, which the
 * entry imports dynamically at once) and every chunk those import statically, transitively, from
 * the build's manifest. Lazy routes (dynamic imports) are left out: they load when visited. Sizes at gzip
 * level 9, the copies `npm start` serves.
 */
export async function measureInitialJs(dist: string): Promise<InitialJs> {
  const manifest = JSON.parse(await readFile(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  // The app itself is a dynamic import of the small entry (src/boot.ts) that every page load makes
  // at once, and index.html fetches it and its imports up front (modulepreload): count them too.
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const preloaded = new Set([...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]));
  for (const [key, chunk] of Object.entries(manifest)) if (preloaded.has(chunk.file)) visit(key);
  const files = await Promise.all(
    [...seen]
      .map((key) => manifest[key]!.file)
      .filter((file) => file.endsWith('.js'))
      .map(async (file) => ({ file, gzipBytes: gzipSync(await readFile(join(dist, file)), { level: 9 }).length })),
  );
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
