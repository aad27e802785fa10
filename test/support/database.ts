import { randomUUID } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { createDocumentClient, createDynamoClient, DynamoReportStore, ensureTable } from '@etip/db';
import { inject } from 'vitest';

/**
 * A fresh table in the run's DynamoDB Local, per test file or test: isolation without
 * restarting the database, so files can run in parallel.
 */
export async function createTestTable() {
  const tableName = `test-${randomUUID()}`;
  const client = createDynamoClient({ endpoint: inject('dynamodbEndpoint') });
  await ensureTable(client, tableName);
  const documents = createDocumentClient(client);
  return {
    tableName,
    client,
    documents,
    reports: new DynamoReportStore(documents, tableName),
    /** Every item, raw and in key order: to prove a rejected write changed nothing. */
    async snapshot(): Promise<string> {
      const items: unknown[] = [];
      let start: Record<string, never> | undefined;
      do {
        const page = await client.send(new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey: start }));
        items.push(...(page.Items ?? []));
        start = page.LastEvaluatedKey as typeof start;
      } while (start);
      const key = (i: unknown) => JSON.stringify([(i as { pk: { S: string } }).pk.S, (i as { sk: { S: string } }).sk.S]);
      return JSON.stringify(items.sort((a, b) => key(a).localeCompare(key(b))));
    },
  };
}

export type TestTable = Awaited<ReturnType<typeof createTestTable>>;
