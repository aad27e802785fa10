import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import type { DynamoAggregateStore } from '@etip/db';
import { applyRecord } from './apply-record';

type Log = (entry: Record<string, unknown>) => void;
const jsonLog: Log = (entry) => console.log(JSON.stringify(entry));

/** Records applied at once: enough to hide DynamoDB's latency, few enough not to throttle. */
const CONCURRENCY = 8;

/**
 * The stream aggregator (DESIGN.md 5.3). Writes are conditional on versions, so records can be
 * applied concurrently and in any order with the same result. If some cannot be applied, the
 * first of them in stream order is reported as the batch item failure: Lambda (or the local
 * poller) delivers it and everything after it again — a partial failure, never the whole batch.
 */
export function createAggregatorHandler(store: DynamoAggregateStore, log: Log = jsonLog) {
  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    const failed = new Array<boolean>(event.Records.length).fill(false);
    let next = 0;
    const worker = async () => {
      for (let n = next++; n < event.Records.length; n = next++) {
        const record = event.Records[n]!;
        const sequenceNumber = record.dynamodb?.SequenceNumber;
        try {
          const applied = await applyRecord(store, record);
          if (applied.kind === 'report') log({ level: 'DEBUG', message: 'applied', sequenceNumber, ...applied });
        } catch (error) {
          failed[n] = true;
          log({ level: 'ERROR', message: 'record not applied; it will be delivered again', sequenceNumber, error: String(error) });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, event.Records.length) }, worker));
    const first = failed.indexOf(true);
    if (first < 0) return { batchItemFailures: [] };
    return { batchItemFailures: [{ itemIdentifier: event.Records[first]!.dynamodb?.SequenceNumber ?? '' }] };
  };
}
