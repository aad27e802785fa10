import { startDynamoDbLocal } from '@etip/local/dynamodb-local';
import type { TestProject } from 'vitest/node';

/**
 * One in-memory DynamoDB Local for the whole integration run: a JVM takes seconds to start,
 * so tests share it and keep apart by table name instead.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dynamodb = await startDynamoDbLocal({ dataDir: null });
  project.provide('dynamodbEndpoint', dynamodb.endpoint);
  return () => dynamodb.stop();
}
