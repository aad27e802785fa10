import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { median } from './freshness';

const run = promisify(execFile);

/** The Lambda entry points, and the floor the cold-import budget is measured against. */
const ENTRIES = [
  { name: 'api', entry: 'functions/api/src/lambda.ts' },
  { name: 'aggregator', entry: 'functions/aggregator/src/lambda.ts' },
  { name: 'floor (DynamoDB client only)', entry: 'bench/floor-handler.ts' },
] as const;

/** Interleaved runs per bundle: cold imports are noisy on a shared two-core machine. */
export const IMPORT_ROUNDS = 7;

export interface Bundle {
  name: string;
  bytes: number;
  gzipBytes: number;
  /** The packages that weigh most in the output, largest first, in bytes. */
  heaviest: [string, number][];
  /**
   * Time for a fresh Node process to import the bundle, in ms: the fastest of the rounds (load on
   * a shared machine only ever adds time, so the minimum is the steadiest figure) and the median.
   */
  coldImport: { fastest: number; median: number };
}

/**
 * Bundles each function as the CDK app would (DESIGN.md 6 and 7: ESM, minified, platform node,
 * target node22, the SDK bundled, `mainFields: ['module', 'main']` for its smaller ES build) with
 * the esbuild already installed, into a temporary directory that is removed afterwards.
 */
export async function measureBundles(root: string): Promise<Bundle[]> {
  const dir = await mkdtemp(join(tmpdir(), 'etip-bench-'));
  try {
    const built = [];
    for (const { name, entry } of ENTRIES) {
      const outfile = join(dir, `${built.length}.mjs`);
      const metafile = join(dir, `${built.length}.json`);
      await run(
        join(root, 'node_modules/.bin/esbuild'),
        [
          entry,
          '--bundle',
          '--format=esm',
          '--minify',
          '--platform=node',
          '--target=node22',
          '--main-fields=module,main',
          `--outfile=${outfile}`,
          `--metafile=${metafile}`,
          '--log-level=error',
        ],
        { cwd: root },
      );
      const code = await readFile(outfile);
      built.push({
        name,
        outfile,
        bytes: (await stat(outfile)).size,
        gzipBytes: gzipSync(code).length,
        heaviest: heaviestPackages(JSON.parse(await readFile(metafile, 'utf8'))),
      });
    }
    const times = built.map(() => [] as number[]);
    for (let round = 0; round < IMPORT_ROUNDS; round++) {
      for (const [n, bundle] of built.entries()) times[n]!.push(await coldImport(bundle.outfile));
    }
    return built.map(({ outfile: _, ...bundle }, n) => ({ ...bundle, coldImport: { fastest: Math.min(...times[n]!), median: median(times[n]!) } }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Bytes in the output by package (node_modules name, or the workspace folder for our code). */
function heaviestPackages(meta: { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> }): [string, number][] {
  const byPackage = new Map<string, number>();
  for (const output of Object.values(meta.outputs)) {
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? file.split('/').slice(0, 2).join('/');
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 5);
}

/**
 * Time to import the bundle in a fresh Node process, measured inside it (process start-up is the
 * same for every bundle and Lambda's to pay anyway). The API reads its settings at import.
 */
async function coldImport(file: string): Promise<number> {
  const script = `const t = performance.now(); await import(${JSON.stringify(`file://${file}`)}); console.log(performance.now() - t);`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    env: {
      PATH: process.env.PATH,
      AWS_REGION: 'eu-west-1',
      TABLE_NAME: 'etip-monitor-bench',
      JWT_ISSUER: 'https://issuer.invalid',
      JWT_AUDIENCE: 'etip-monitor-bench',
      // As the stack sets it: the app then hashes it at import and checks every request.
      ORIGIN_VERIFY_SECRET: 'not-a-secret-only-the-bench-uses',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  });
  return Number(stdout.trim());
}
