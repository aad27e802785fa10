import { Logger } from '@aws-lambda-powertools/logger';
import { readSettings, SUPPRESSION_THRESHOLD, thresholdText } from '@etip/core';
import { createDocumentClient, databaseConfigOf, databaseSettingsShape, storeMissingPatterns } from '@etip/db';
import * as z from 'zod/mini';

/**
 * Run by a CDK trigger during the deploy of a release that changes this function (infra/src/
 * api-stack.ts): stores the withheld patterns of months published before they were stored
 * (`storeMissingPatterns`, issue 9), with the threshold those months were read at — the API's,
 * which the stack never sets: 10. Does nothing once they all are. A month it cannot fill is
 * logged by address (never its values) and shows only its zeros; only a failure to reach the
 * table fails the deploy.
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
  if (stored.failed.length > 0) logger.error('withheld patterns not stored for some months', { months: stored.failed });
  logger.info('withheld patterns stored', { ...stored, failed: stored.failed.length, threshold });
  return stored;
};
