import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** Where the data lives: a table name and, locally, an endpoint (DynamoDB Local). */
export interface DatabaseConfig {
  tableName: string;
  endpoint?: string;
  region?: string;
}

/** Reads `TABLE_NAME` and, for DynamoDB Local, `DYNAMODB_ENDPOINT` from the environment. */
export function databaseConfigFromEnv(env: Record<string, string | undefined> = process.env): DatabaseConfig {
  const tableName = env.TABLE_NAME;
  if (!tableName) throw new Error('TABLE_NAME is not set: the name of the DynamoDB table is required');
  return { tableName, ...(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {}), ...(env.AWS_REGION ? { region: env.AWS_REGION } : {}) };
}

/** The low-level client, for table management; with an endpoint, one for DynamoDB Local. */
export function createDynamoClient(config: Omit<DatabaseConfig, 'tableName'> & { maxAttempts?: number }): DynamoDBClient {
  const options: DynamoDBClientConfig = config.endpoint
    ? // DynamoDB Local accepts any credentials; fixed ones keep the environment out of local runs.
      { endpoint: config.endpoint, region: config.region ?? 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
    : { ...(config.region ? { region: config.region } : {}) };
  return new DynamoDBClient({ ...options, ...(config.maxAttempts ? { maxAttempts: config.maxAttempts } : {}) });
}

/** One document client per process: created once, reused by every request (cold starts). */
export function createDocumentClient(config: Omit<DatabaseConfig, 'tableName'> | DynamoDBClient): DynamoDBDocumentClient {
  const client = config instanceof DynamoDBClient ? config : createDynamoClient(config);
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}
