import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createAggregatorHandler } from '@etip/aggregator/handler';
import { createTokenVerifier } from '@etip/api/auth/verify-token';
import { createDocumentClient, createDynamoClient, createStores, ensureTable, isTableEmpty, storeMissingPatterns } from '@etip/db';
import type { LocalConfig } from './config';
import { importDemoData, prepareDemoData } from './demo-data';
import { loadDevIssuer } from './dev-issuer';
import { QUICK_START_JVM_OPTIONS, startDynamoDbLocal } from './dynamodb-local';
import { serveLocal } from './node-server';
import { isPortFree } from './ports';
import { createLocalApp } from './server';
import { type StreamPoller, startStreamPoller } from './stream-poller';

export interface LocalStack {
  url: string;
  /** Resolves when the dashboards' aggregates have caught up with the stream. */
  aggregatesCaughtUp: Promise<void>;
  dynamodbEndpoint: string;
  /** How many reports the demo data added (0 when the database had data already). */
  seeded: number;
  stop(): Promise<void>;
}

type Step = (message: string) => void;

/**
 * Starts the whole local system: DynamoDB Local with its data in DATA_DIR, the table, demo
 * data into an empty database, and the API (with the dev issuer) on one origin, with the
 * dashboard's build when `dashboard` gives its folder (or a promise of it: a build under way).
 * `warn` gets what the developer must not miss (DynamoDB Local reachable from the network);
 * `step` by default.
 */
export async function startLocalStack(
  config: LocalConfig,
  options: { seed?: boolean; demoMonths?: number; step?: Step; warn?: Step; dashboard?: string | Promise<string> } = {},
): Promise<LocalStack> {
  const step = options.step ?? (() => {});
  const warn = options.warn ?? step;
  // Made while the JVM starts (two cores): wasted only when the database has data already.
  const demo =
    options.seed === false
      ? null
      : prepareDemoData({ now: new Date(), threshold: config.threshold, ...(options.demoMonths ? { months: options.demoMonths } : {}) });
  // Checked first, not after seconds of JVM start and demo data: a second stack needs its own PORT.
  if (config.port !== 0 && !(await isPortFree(config.port))) throw new Error(`port ${config.port} (PORT) is already in use; choose another, e.g. PORT=3100`);
  const dynamodb = await startDynamoDbLocal({
    port: config.dynamodbPort,
    dataDir: join(config.dataDir, 'dynamodb'),
    jvmOptions: QUICK_START_JVM_OPTIONS,
  });
  const client = createDynamoClient({ endpoint: dynamodb.endpoint });
  let server: Server | undefined;
  let poller: StreamPoller | undefined;
  const stop = async () => {
    if (server) await new Promise<void>((done) => server!.close(() => done()));
    await poller?.stop();
    client.destroy();
    await dynamodb.stop();
  };
  try {
    step(`DynamoDB Local on ${dynamodb.endpoint}${dynamodb.loopbackOnly ? ', reachable from this machine only' : ''}`);
    if (dynamodb.warning) warn(dynamodb.warning);
    const created = await ensureTable(client, config.tableName);
    const documents = createDocumentClient(client);
    const stores = createStores(documents, config.tableName);
    let seeded = 0;
    if (demo && (created || (await isTableEmpty(client, config.tableName)))) {
      seeded = (await importDemoData(documents, config.tableName, await demo)).reports;
      step(`demo data: ${seeded} reports for the last ${options.demoMonths ?? 24} months`);
    }
    // Months published before withheld patterns were stored (a DATA_DIR older than 2026-11-29).
    const patterns = await storeMissingPatterns(documents, config.tableName, config.threshold);
    if (patterns.reports + patterns.slots > 0)
      step(`survivor protection: stored the withheld patterns of ${patterns.reports} earlier months (${patterns.slots} dashboard slots)`);
    if (patterns.failed.length > 0)
      warn(`survivor protection: could not store the withheld patterns of ${patterns.failed.join(', ')}; they show only their zeros`);
    // From the stream's start, so the demo data reaches the dashboards the way real reports do.
    poller = await startStreamPoller({
      client,
      tableName: config.tableName,
      handler: createAggregatorHandler(stores.aggregates, { log: aggregatorLog(step) }),
      log: step,
    });
    const issuer = await loadDevIssuer(config.dataDir);
    // Built (when its sources changed) while the JVM started and the demo data went in.
    const dashboardDir = await options.dashboard;
    const app = createLocalApp(
      {
        ...stores,
        threshold: config.threshold,
        verifyToken: createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, keys: issuer.keys }),
        now: () => new Date(),
      },
      issuer,
      dashboardDir,
    );
    server = await serveLocal(app.fetch, { port: config.port, host: config.host });
    const { port } = server.address() as AddressInfo;
    return { url: `http://${config.host}:${port}`, aggregatesCaughtUp: poller.caughtUp, dynamodbEndpoint: dynamodb.endpoint, seeded, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The aggregator's failures in the log, with their reason (never a record's values: see the handler); the rest is noise here. */
function aggregatorLog(step: (message: string) => void) {
  return { debug: () => {}, info: () => {}, error: (message: string, attributes: object) => step(`aggregator: ${message} ${JSON.stringify(attributes)}`) };
}
