import { createAggregatorHandler } from '@etip/aggregator/handler';
import { createStores } from '@etip/db';
import { type StreamPoller, startStreamPoller } from '@etip/local/stream-poller';
import type { TestTable } from './database';

/**
 * The real aggregator on a test table, fed from its real stream as `npm start` feeds it. Only
 * errors are logged: a record that cannot be applied is worth seeing in the test output.
 */
export function startAggregator(table: TestTable): Promise<StreamPoller> {
  const errorsOnly = {
    debug: () => {},
    info: () => {},
    error: (message: string, attributes: object) => console.error(JSON.stringify({ message, ...attributes })),
  };
  const handler = createAggregatorHandler(createStores(table.documents, table.tableName).aggregates, { log: errorsOnly });
  return startStreamPoller({ client: table.client, tableName: table.tableName, handler });
}
