import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/**
 * The floor of DESIGN.md 7's cold-import budget: a handler that only creates a DynamoDB client.
 * Bundled like the real functions, it is what any function on this table costs at least.
 */
const client = new DynamoDBClient({});

export const handler = async () => ({ service: client.config.serviceId });
