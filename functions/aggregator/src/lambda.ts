import { DynamoAggregateStore, createDocumentClient, databaseConfigFromEnv } from '@etip/db';
import { createAggregatorHandler } from './handler';

/** The aggregator's AWS Lambda entry point: an event source mapping on the table's stream. */
const database = databaseConfigFromEnv();

export const handler = createAggregatorHandler(new DynamoAggregateStore(createDocumentClient(database), database.tableName));
