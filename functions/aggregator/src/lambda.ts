import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createDocumentClient, DynamoAggregateStore, databaseConfigFromEnv } from '@etip/db';
import type { Context, DynamoDBStreamEvent } from 'aws-lambda';
import { createAggregatorHandler } from './handler';

/** The aggregator's AWS Lambda entry point: an event source mapping on the table's stream. */
const database = databaseConfigFromEnv();
// JSON logs and EMF metrics on stdout; the stack's POWERTOOLS_* variables override these names.
const service = process.env.POWERTOOLS_SERVICE_NAME || 'etip-aggregator';
const logger = new Logger({ serviceName: service });
const metrics = new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE || 'EtipMonitor', serviceName: service, logger });

const aggregate = createAggregatorHandler(new DynamoAggregateStore(createDocumentClient(database), database.tableName), { log: logger, metrics });

/** Each batch's lines carry the invocation; its counts are published before it returns. */
export const handler = async (event: DynamoDBStreamEvent, context: Context) => {
  logger.addContext(context);
  metrics.captureColdStartMetric(context.functionName);
  try {
    return await aggregate(event);
  } finally {
    metrics.publishStoredMetrics();
  }
};
