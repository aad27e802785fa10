/**
 * `npm start`: the whole local system in one process tree, stopped as a whole on Ctrl-C or
 * SIGTERM (DESIGN.md 6).
 */
import { localConfigFromEnv } from './config';
import { ensureDashboardBuild } from './dashboard-build';
import { type LocalStack, startLocalStack } from './stack';

// The pinned AWS SDK supports Node 20; its notice about releases after January 2027 is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const started = performance.now();
const log = (message: string) => console.log(`[etip] ${message}`);
const step = (message: string) => log(`${((performance.now() - started) / 1000).toFixed(1)} s  ${message}`);

let stack: LocalStack | undefined;
let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping`);
  await stack?.stop();
  log('stopped');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  const config = localConfigFromEnv();
  log(`data in ${config.dataDir}`);
  // Side by side with DynamoDB Local's start: a build, when one is needed, takes seconds.
  const dashboard = ensureDashboardBuild({ step }).then(({ dir }) => dir);
  // Awaited by the stack; this only keeps a failure before that from going unhandled.
  dashboard.catch(() => {});
  // On stderr and in capitals: it says the database is open to the network.
  stack = await startLocalStack(config, { step, dashboard, warn: (message) => console.error(`[etip] WARNING: ${message}`) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`ready in ${seconds} s: ${stack.url}`);
  log(`  dashboard  ${stack.url}/   (signed in as a lead: ${stack.url}/?as=regional-lead)`);
  log(`  API        ${stack.url}/v1   (docs: ${stack.url}/docs)`);
  log(`  sign in    curl '${stack.url}/dev/token?role=country-office&country=LA'  or  npm run -s token -- --role admin`);
  log('Ctrl-C stops everything.');
  void stack.aggregatesCaughtUp.then(() => step('dashboards up to date with every report'));
  if (stopping) await stack.stop();
} catch (error) {
  console.error(`[etip] could not start: ${error instanceof Error ? error.message : String(error)}`);
  await stack?.stop();
  process.exit(1);
}
