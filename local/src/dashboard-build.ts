import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompress } from './precompress';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The dashboard's workspace (Vite + React) and where its production build lands (DESIGN.md 6). */
export const DASHBOARD_DIR = join(ROOT, 'dashboard');
export const DASHBOARD_DIST = join(DASHBOARD_DIR, 'dist');
/** Beside Vite's manifest, out of what is served: the hash of the sources `dist` was built from. */
const STAMP = join('.vite', 'etip-sources.sha256');
/** Vite's command line, from the workspace's own install (hoisted to the root's node_modules). */
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

/**
 * What the build is made of: the dashboard's own files, the domain it bundles (`@etip/core`), the
 * shared compiler settings, the lock file (every library's version) and how it is built (this
 * module, the precompression). Tests are left out: they change often and never reach the bundle.
 */
const SOURCES = ['dashboard', 'packages/core', 'tsconfig.base.json', 'package-lock.json', 'local/src/dashboard-build.ts', 'local/src/precompress.ts'];
const SKIPPED = new Set(['node_modules', 'dist', 'coverage', '.vite']);
const isTest = (name: string) => /\.test\.tsx?$/.test(name);

/** A hash of every source file of the build (path and content), in a stable order. */
export async function dashboardSourcesHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of (await Promise.all(SOURCES.map((source) => filesUnder(join(ROOT, source))))).flat().sort()) {
    hash
      .update(relative(ROOT, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  }
  return hash.digest('hex');
}

/**
 * Makes `dashboard/dist` current: builds it (Vite, then gzip and brotli copies of what compresses)
 * only when the sources changed since the last build, so an unchanged `npm start` skips the
 * seconds a build takes (DESIGN.md 7). Built into a folder of its own and swapped in by renames,
 * so two stacks or test runs starting side by side never serve a half-written build.
 */
export async function ensureDashboardBuild(options: { step?: (message: string) => void } = {}): Promise<{ dir: string; built: boolean }> {
  const step = options.step ?? (() => {});
  const hash = await dashboardSourcesHash();
  if ((await readStamp(DASHBOARD_DIST)) === hash && existsSync(join(DASHBOARD_DIST, 'index.html'))) return { dir: DASHBOARD_DIST, built: false };
  const staging = join(ROOT, 'node_modules', '.cache', 'etip-dashboard', randomUUID());
  try {
    await viteBuild(staging);
    const compressed = await precompress(staging);
    await mkdir(join(staging, '.vite'), { recursive: true });
    await writeFile(join(staging, STAMP), hash);
    await swapIn(staging, DASHBOARD_DIST);
    step(`dashboard built (${compressed} files precompressed)`);
    return { dir: DASHBOARD_DIST, built: true };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * `vite build` into `outDir`, in a process of its own with `NODE_ENV=production`: Vite takes a
 * NODE_ENV already set (vitest sets `test`) as the mode for React and the rest, and would bundle
 * their development builds, three times the weight, under a stamp that says nothing changed.
 */
function viteBuild(outDir: string): Promise<void> {
  // The manifest tells the bench which chunks a first visit loads (DESIGN.md 7).
  const args = [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'];
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, args, {
      cwd: DASHBOARD_DIR,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    // `npm start` stopped mid-build (SIGTERM reaches it alone): the build stops with it.
    const stop = () => child.kill();
    process.once('exit', stop);
    child.once('error', failed);
    child.once('exit', (code, signal) => {
      process.off('exit', stop);
      if (code === 0) done();
      else failed(new Error(`vite build of the dashboard failed (${signal ?? `exit code ${code}`}); its output is above`));
    });
  });
}

/** Replaces `target` by `staging`; when another process swapped its build in first, keeps that one. */
async function swapIn(staging: string, target: string) {
  const old = `${staging}-old`;
  await rename(target, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(staging, target).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
  });
  await rm(old, { recursive: true, force: true });
}

async function readStamp(dist: string): Promise<string | null> {
  return readFile(join(dist, STAMP), 'utf8').catch(() => null);
}

async function filesUnder(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOTDIR') return null;
    throw error;
  });
  if (entries === null) return [path];
  const nested = entries
    .filter((entry) => !SKIPPED.has(entry.name) && !isTest(entry.name))
    .map((entry) => (entry.isDirectory() ? filesUnder(join(path, entry.name)) : Promise.resolve([join(path, entry.name)])));
  return (await Promise.all(nested)).flat();
}
