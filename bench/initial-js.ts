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
 * gzip): the entry chunk and every chunk it imports statically, transitively, from the build's
 * manifest. Lazy routes (dynamic imports) are left out: they load when visited. Sizes at gzip
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
  const files = await Promise.all(
    [...seen]
      .map((key) => manifest[key]!.file)
      .filter((file) => file.endsWith('.js'))
      .map(async (file) => ({ file, gzipBytes: gzipSync(await readFile(join(dist, file)), { level: 9 }).length })),
  );
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
