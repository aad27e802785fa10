import { createAggregatorHandler } from '@etip/aggregator/handler';
import { createStores } from '@etip/db';
import { type StreamPoller, startStreamPoller } from '@etip/local/stream-poller';
import { afterAll, beforeAll } from 'vitest';
import { createTestApi } from './api';
import { createTestTable, type TestTable } from './database';

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

/**
 * A test table of the file's own, the real API over it and the real aggregator on its stream:
 * made before the file's tests, the aggregator stopped after them. Read the fields in tests.
 */
export function useAggregatedTable(options: Parameters<typeof createTestApi>[1] = {}) {
  const made = {} as { table: TestTable; api: Awaited<ReturnType<typeof createTestApi>>; poller: StreamPoller };
  beforeAll(async () => {
    made.table = await createTestTable();
    made.api = await createTestApi(made.table, options);
    made.poller = await startAggregator(made.table);
  }, 60_000);
  afterAll(() => made.poller?.stop());
  return made;
}
