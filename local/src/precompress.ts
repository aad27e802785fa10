import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Files worth compressing: text. Images and fonts of the build (png, woff2) are compressed
 * formats already.
 */
const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|txt|xml|map|ttf|otf)$/;
/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file under `dir` (the dashboard
 * build), at the strongest settings: done once per build, then served as they are by the local
 * server's `serveStatic({ precompressed: true })`, as CloudFront serves compressed copies in AWS.
 * Returns how many files it compressed. zlib's asynchronous calls run on libuv's thread pool, so
 * the files compress in parallel.
 */
export async function precompress(dir: string): Promise<number> {
  // Not Vite's manifest (.vite/): it is read from disk, never served.
  const files = (await readdir(dir, { recursive: true })).filter((file) => COMPRESSIBLE.test(file) && !file.startsWith('.'));
  let compressed = 0;
  await Promise.all(
    files.map(async (file) => {
      const path = join(dir, file);
      const content = await readFile(path);
      if (content.length < MIN_BYTES) return;
      const [br, gz] = await Promise.all([
        brotli(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
        gzipped(content, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
      compressed++;
    }),
  );
  return compressed;
}
