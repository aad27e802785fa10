import { Logger } from '@aws-lambda-powertools/logger';
import { readSettings, SUPPRESSION_THRESHOLD, thresholdText } from '@etip/core';
import { createDocumentClient, databaseConfigOf, databaseSettingsShape, storeMissingPatterns } from '@etip/db';
import * as z from 'zod/mini';

/**
 * Run once at each deploy by a CDK trigger (infra/src/api-stack.ts): stores the withheld patterns
 * of months published before they were stored (`storeMissingPatterns`, issue 9), with the
 * threshold the API is configured with (the stack sets none: 10). Does nothing once they all
 * are; a failure fails the deploy, which is rolled back.
 */
const settings = readSettings(
  z.object({ ...databaseSettingsShape(), SUPPRESSION_THRESHOLD: z.optional(thresholdText()), POWERTOOLS_SERVICE_NAME: z.optional(z.string()) }),
  process.env,
);
const database = databaseConfigOf(settings);
const logger = new Logger({ serviceName: settings.POWERTOOLS_SERVICE_NAME ?? 'etip-patterns' });
const db = createDocumentClient(database);

export const handler = async () => {
  const threshold = settings.SUPPRESSION_THRESHOLD ?? SUPPRESSION_THRESHOLD;
  const stored = await storeMissingPatterns(db, database.tableName, threshold);
  logger.info('withheld patterns stored', { ...stored, threshold });
  return stored;
};
