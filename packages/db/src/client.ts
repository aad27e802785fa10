import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { readSettings } from '@etip/core/problems';
import * as z from 'zod/mini';

/** Where the data lives: a table name and, locally, an endpoint (DynamoDB Local). */
export interface DatabaseConfig {
  tableName: string;
  endpoint?: string;
  region?: string;
}

/**
 * Where the functions find their table: `TABLE_NAME`, and `DYNAMODB_ENDPOINT` for DynamoDB Local.
 * A shape, so that a function reads these with its own settings in one parse (cold starts).
 */
export const databaseSettingsShape = () => ({ TABLE_NAME: z.string(), DYNAMODB_ENDPOINT: z.optional(z.string()), AWS_REGION: z.optional(z.string()) });

/** The database settings, once read. */
export function databaseConfigOf(settings: { TABLE_NAME: string; DYNAMODB_ENDPOINT?: string | undefined; AWS_REGION?: string | undefined }): DatabaseConfig {
  const { TABLE_NAME: tableName, DYNAMODB_ENDPOINT: endpoint, AWS_REGION: region } = settings;
  return { tableName, ...(endpoint ? { endpoint } : {}), ...(region ? { region } : {}) };
}

/** Reads the database settings from the environment; throws `ConfigurationError` without a table name. */
export function databaseConfigFromEnv(env: Record<string, string | undefined> = process.env): DatabaseConfig {
  return databaseConfigOf(readSettings(z.object(databaseSettingsShape()), env));
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
