import type { AddressInfo } from 'node:net';
import { createTokenVerifier } from '@etip/api/auth/verify-token';
import { createStores } from '@etip/db';
import { createDevIssuer } from '@etip/local/dev-issuer';
import { serveLocal } from '@etip/local/node-server';
import { createLocalApp } from '@etip/local/server';
import { createTestTable } from './database';

/**
 * The real local server over TCP, wired as `startLocalStack` wires it, on 127.0.0.1 and a port the
 * OS picks: its app over the stores of a fresh test table, with a development issuer whose tokens it
 * accepts, and the dashboard's build when `dashboardDir` is given. `stop` closes the server, its
 * connections and the table's client: call it in `afterAll`.
 */
export async function startLocalServer(options: { dashboardDir?: string } = {}) {
  const table = await createTestTable();
  const issuer = await createDevIssuer();
  const verifyToken = createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, keys: issuer.keys });
  const app = createLocalApp({ ...createStores(table.documents, table.tableName), verifyToken, now: () => new Date() }, issuer, options.dashboardDir);
  const server = await serveLocal(app.fetch, { port: 0, host: '127.0.0.1' });
  const port = (server.address() as AddressInfo).port;
  return {
    table,
    issuer,
    server,
    port,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      table.client.destroy();
    },
  };
}

export type LocalServer = Awaited<ReturnType<typeof startLocalServer>>;
