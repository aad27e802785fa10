import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, type DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoClient } from '@etip/db';
import { startDynamoDbLocal } from '@etip/local/dynamodb-local';
import { freePort, isPortFree } from '@etip/local/ports';
import { describe, expect, inject, it, onTestFinished, vi } from 'vitest';
import { exposureOf, tryConnect } from './support/reachability';

const report = { pk: { S: 'COUNTRY#LA' }, sk: { S: 'SUBMISSION#2026-10' }, status: { S: 'submitted' } };

async function createTable(client: DynamoDBClient): Promise<string> {
  const TableName = `reports-${randomUUID()}`; // tests share one database, so tables must not clash
  await client.send(
    new CreateTableCommand({
      TableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
    }),
  );
  return TableName;
}

async function getReport(client: DynamoDBClient, TableName: string) {
  const { Item } = await client.send(new GetItemCommand({ TableName, Key: { pk: report.pk, sk: report.sk } }));
  return Item;
}

function useClient(endpoint: string): DynamoDBClient {
  const client = createDynamoClient({ endpoint });
  onTestFinished(() => client.destroy());
  return client;
}

describe('DynamoDB Local', () => {
  it('stores and reads an item on the shared test instance', async () => {
    // Prepare
    const client = useClient(inject('dynamodbEndpoint'));
    const table = await createTable(client);

    // Act
    await client.send(new PutItemCommand({ TableName: table, Item: report }));

    // Assess
    expect(await getReport(client, table)).toEqual(report);
  });

  // Issue 9, 6: it takes any credentials, so whoever reaches the port reads every report.
  it('listens on loopback only: no other address in the socket table, refused at the other addresses of this machine', async () => {
    // Prepare
    const port = Number(new URL(inject('dynamodbEndpoint')).port);

    // Act
    const exposure = await exposureOf(port);

    // Assess
    expect(exposure).toEqual([]);
    expect(await tryConnect('127.0.0.1', port)).toBe('connected');
  });

  it('stops its java process, frees the port and keeps the data in dataDir across restarts', async () => {
    // Prepare
    const dataDir = await mkdtemp(join(tmpdir(), 'etip-dynamodb-'));
    onTestFinished(() => rm(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const first = await startDynamoDbLocal({ port, dataDir });
    onTestFinished(() => first.stop()); // stop() is idempotent; this only matters if an expect fails
    const firstClient = useClient(first.endpoint);
    const table = await createTable(firstClient);
    await firstClient.send(new PutItemCommand({ TableName: table, Item: report }));

    // Act
    await first.stop();

    // Assess: the JVM is gone (signal 0 only probes) and the port can be bound again
    expect(() => process.kill(first.pid, 0)).toThrow();
    await vi.waitFor(async () => expect(await isPortFree(port)).toBe(true), { timeout: 5_000 });

    // Act
    const second = await startDynamoDbLocal({ port, dataDir });
    onTestFinished(() => second.stop());

    // Assess
    expect(await getReport(useClient(second.endpoint), table)).toEqual(report);
  }, 90_000); // two JVM starts, each several seconds on a loaded machine
});
