/**
 * `npm run dev`: the local stack (DynamoDB Local, demo data, the API) on its ports as `npm start`
 * runs it, and Vite's dev server (hot reload) for the dashboard on `DEV_PORT`, which passes `/v1`,
 * `/dev` and `/config.json` to the API. Ctrl-C or SIGTERM stops both, the JVM included.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { ViteDevServer } from 'vite';
import { localConfigFromEnv } from './config';
import { DASHBOARD_DIR } from './dashboard-build';
import { type LocalStack, startLocalStack } from './stack';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** What the dashboard asks the API for; everything else is Vite's (sources, HMR, index.html). */
const API_PATHS = ['/v1/', '/dev/', '/config.json'];

const log = (message: string) => console.log(`[etip dev] ${message}`);
let stack: LocalStack | undefined;
let vite: ViteDevServer | undefined;
let http: Server | undefined;
let stopping = false;

async function shutdown(signal: string, code = 0) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping`);
  http?.closeAllConnections();
  await Promise.all([vite?.close(), http && new Promise((done) => http!.close(done))]);
  await stack?.stop();
  log('stopped');
  process.exit(code);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  const config = localConfigFromEnv();
  stack = await startLocalStack(config, { step: log, warn: (message) => console.error(`[etip dev] WARNING: ${message}`) });
  const { createServer } = await import('vite');
  http = createHttpServer();
  // Middleware mode on our own HTTP server: Vite then installs no SIGTERM or stdin handler of its
  // own that would exit before the stack (and its JVM) has stopped.
  vite = await createServer({
    root: DASHBOARD_DIR,
    configFile: join(DASHBOARD_DIR, 'vite.config.ts'),
    appType: 'spa',
    server: {
      middlewareMode: { server: http },
      hmr: { server: http },
      // changeOrigin: the API answers only requests addressed to it (host-guard.ts).
      proxy: Object.fromEntries(API_PATHS.map((path) => [path, { target: stack!.url, changeOrigin: true }])),
    },
  });
  http.on('request', vite.middlewares);
  await new Promise<void>((listening, failed) => {
    http!.once('error', failed);
    http!.listen(config.devPort, config.host, listening);
  });
  const url = `http://${config.host}:${config.devPort}`;
  log(`ready: dashboard with hot reload on ${url}/  (signed in as a lead: ${url}/?as=regional-lead)`);
  log(`  API ${stack.url}/v1 (docs: ${stack.url}/docs), also through ${url}/v1`);
  log('Ctrl-C stops everything.');
} catch (error) {
  console.error(`[etip dev] could not start: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown('error', 1);
}
