import { loggableError } from '@etip/aws';
import type { DynamoAggregateStore } from '@etip/db';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { applyRecord } from './apply-record';

/** The little of a logger the aggregator needs: Powertools' Logger is one. */
export interface AggregatorLogger {
  debug(message: string, attributes: Record<string, unknown>): void;
  info(message: string, attributes: Record<string, unknown>): void;
  error(message: string, attributes: Record<string, unknown>): void;
}

/** Where the counts of each batch go: Powertools' Metrics is one, which the entry point publishes per invocation. */
export interface AggregatorMetrics {
  addMetric(name: string, unit: 'Count', value: number): void;
}

const silent: AggregatorLogger = { debug: () => {}, info: () => {}, error: () => {} };

/** Records applied at once: enough to hide DynamoDB's latency, few enough not to throttle. */
const CONCURRENCY = 8;

/**
 * The stream aggregator (DESIGN.md 5.3). Writes are conditional on versions, so records can be
 * applied concurrently and in any order with the same result. If some cannot be applied, the
 * first of them in stream order is reported as the batch item failure: Lambda (or the local
 * poller) delivers it and everything after it again — a partial failure, never the whole batch.
 *
 * Each batch is logged once, with its counts and the first failure; each report record at DEBUG.
 * Nothing from a record's images is logged: they hold survivor counts (DESIGN.md 5.4).
 */
export function createAggregatorHandler(store: DynamoAggregateStore, { log = silent, metrics }: { log?: AggregatorLogger; metrics?: AggregatorMetrics } = {}) {
  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    // Skipped: nothing a dashboard shows changed (a revision, a draft save, a redelivery).
    const outcomes = new Array<'applied' | 'skipped' | 'failed'>(event.Records.length);
    const errors = new Map<number, unknown>();
    let next = 0;
    const worker = async () => {
      for (let n = next++; n < event.Records.length; n = next++) {
        const record = event.Records[n]!;
        try {
          const applied = await applyRecord(store, record);
          outcomes[n] = applied.applied ? 'applied' : 'skipped';
          if (applied.kind === 'report') log.debug('applied', { sequenceNumber: record.dynamodb?.SequenceNumber, ...applied });
        } catch (error) {
          outcomes[n] = 'failed';
          errors.set(n, error);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, event.Records.length) }, worker));

    const tally = (outcome: (typeof outcomes)[number]) => outcomes.filter((o) => o === outcome).length;
    const counts = { records: event.Records.length, applied: tally('applied'), skipped: tally('skipped'), failed: tally('failed') };
    metrics?.addMetric('RecordsApplied', 'Count', counts.applied);
    metrics?.addMetric('RecordsFailed', 'Count', counts.failed);
    const first = outcomes.indexOf('failed');
    if (first < 0) {
      log.info('batch aggregated', counts);
      return { batchItemFailures: [] };
    }
    const failed = event.Records[first]!;
    const firstFailure = { eventID: failed.eventID, sequenceNumber: failed.dynamodb?.SequenceNumber, error: loggableError(errors.get(first)) };
    log.error('batch partly aggregated; from its first failure on, records will be delivered again', { ...counts, firstFailure });
    return { batchItemFailures: [{ itemIdentifier: failed.dynamodb?.SequenceNumber ?? '' }] };
  };
}
