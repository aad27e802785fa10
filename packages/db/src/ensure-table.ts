import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  ResourceNotFoundException,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import { createTableInput } from './table';

/**
 * Creates the table from the one definition if it is not there yet (local stack and tests;
 * in AWS the CDK app owns it). Returns whether it was created.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<boolean> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return false;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
    return true;
  } catch (error) {
    // Another process created it between our look and our create: that is fine.
    if (error instanceof ResourceInUseException) return false;
    throw error;
  }
}

/** Whether the table holds no item at all: the local stack seeds demo data only then. */
export async function isTableEmpty(client: DynamoDBClient, tableName: string): Promise<boolean> {
  const { Items } = await client.send(new ScanCommand({ TableName: tableName, Limit: 1, ProjectionExpression: 'pk' }));
  return (Items ?? []).length === 0;
}
