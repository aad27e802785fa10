import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import type { DynamoAggregateStore } from '@etip/db';
import { applyRecord } from './apply-record';

type Log = (entry: Record<string, unknown>) => void;
const jsonLog: Log = (entry) => console.log(JSON.stringify(entry));

/**
 * The stream aggregator (DESIGN.md 5.3). Records of one shard are applied in order; at the
 * first that cannot be applied it stops and reports that record, so Lambda (or the local
 * poller) delivers it and the ones after it again — a partial batch failure, never the whole
 * batch. Writes are conditional on versions, so what is delivered again is applied once.
 */
export function createAggregatorHandler(store: DynamoAggregateStore, log: Log = jsonLog) {
  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    for (const record of event.Records) {
      const sequenceNumber = record.dynamodb?.SequenceNumber ?? '';
      try {
        const applied = await applyRecord(store, record);
        if (applied.kind === 'report') log({ level: 'DEBUG', message: 'applied', sequenceNumber, ...applied });
      } catch (error) {
        log({ level: 'ERROR', message: 'record not applied; it will be delivered again', sequenceNumber, error: String(error) });
        return { batchItemFailures: [{ itemIdentifier: sequenceNumber }] };
      }
    }
    return { batchItemFailures: [] };
  };
}
