import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { createTokenVerifier } from '@etip/api/auth/verify-token';
import { DynamoReportStore, createDocumentClient, createDynamoClient, ensureTable } from '@etip/db';
import type { LocalConfig } from './config';
import { loadDevIssuer } from './dev-issuer';
import { startDynamoDbLocal } from './dynamodb-local';
import { createLocalApp } from './server';

export interface LocalStack {
  url: string;
  dynamodbEndpoint: string;
  /** How many reports the demo data added (0 when the database had data already). */
  seeded: number;
  stop(): Promise<void>;
}

type Step = (message: string) => void;

/**
 * Starts the whole local system: DynamoDB Local with its data in DATA_DIR, the table, demo
 * data into an empty database, and the API (with the dev issuer) on one origin.
 */
export async function startLocalStack(config: LocalConfig, options: { seed?: boolean; step?: Step; dashboardDir?: string } = {}): Promise<LocalStack> {
  const step = options.step ?? (() => {});
  const dynamodb = await startDynamoDbLocal({ port: config.dynamodbPort, dataDir: join(config.dataDir, 'dynamodb') });
  const client = createDynamoClient({ endpoint: dynamodb.endpoint });
  let server: ServerType | undefined;
  const stop = async () => {
    if (server) await new Promise<void>((done) => server!.close(() => done()));
    client.destroy();
    await dynamodb.stop();
  };
  try {
    step(`DynamoDB Local on ${dynamodb.endpoint}`);
    const created = await ensureTable(client, config.tableName);
    const reports = new DynamoReportStore(createDocumentClient(client), config.tableName);
    let seeded = 0;
    if (options.seed !== false && (created || (await reports.list({ countries: ['KH'] })).length === 0)) {
      const { seedDemoData } = await import('./demo-data');
      seeded = (await seedDemoData(reports, { now: new Date() })).reports;
      step(`demo data: ${seeded} reports for the last 24 months`);
    }
    const issuer = await loadDevIssuer(config.dataDir);
    const app = createLocalApp(
      { reports, verifyToken: createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, keys: issuer.keys }), now: () => new Date() },
      issuer,
      options.dashboardDir,
    );
    server = await new Promise<ServerType>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
      s.once('error', reject);
    });
    const { port } = server.address() as AddressInfo;
    return { url: `http://${config.host}:${port}`, dynamodbEndpoint: dynamodb.endpoint, seeded, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
