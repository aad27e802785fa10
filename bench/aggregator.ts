import { setTimeout as delay } from 'node:timers/promises';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createAggregatorHandler } from '@etip/aggregator/handler';
import type { LoggableError } from '@etip/aws';
import type { DynamoAggregateStore } from '@etip/db';
import { startStreamPoller } from '@etip/local/stream-poller';

/** What the aggregator did with one report record, from the handler's own log entry. */
export interface AppliedRecord {
  sequenceNumber: string;
  applied: boolean;
  consumedWriteUnits: number;
}

/**
 * The real aggregator fed by the real stream of DynamoDB Local, wired as `npm start` wires it
 * (the poller with its default idle pause). The handler's log is the bench's probe: it reports,
 * per report record (at DEBUG), whether the rollup was written and what that write cost.
 */
export async function startAggregator(client: DynamoDBClient, tableName: string, store: DynamoAggregateStore) {
  const records: AppliedRecord[] = [];
  // A redelivered record is logged again; counting sequence numbers counts each record once.
  const seen = new Set<string>();
  const errors: string[] = [];
  const log = {
    info: () => {},
    // A failed batch names its first failure; the record comes again, and is counted once applied.
    error: (_message: string, batch: Record<string, unknown>) => errors.push(String((batch.firstFailure as { error?: LoggableError }).error?.message)),
    debug: (message: string, entry: Record<string, unknown>) => {
      if (message !== 'applied') return;
      const record = { sequenceNumber: String(entry.sequenceNumber), applied: Boolean(entry.applied), consumedWriteUnits: Number(entry.consumedWriteUnits) };
      if (!seen.has(record.sequenceNumber)) records.push(record);
      seen.add(record.sequenceNumber);
    },
  };
  const handler = createAggregatorHandler(store, { log });
  const poller = await startStreamPoller({ client, tableName, handler, log: (message) => errors.push(message) });

  /** Waits until `count` report records in all have been applied. */
  async function waitForRecords(count: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (records.length < count) {
      if (Date.now() > deadline) {
        throw new Error(
          `the aggregator applied ${records.length} of ${count} report records within ${timeoutMs} ms; its errors: ${errors.slice(-3).join('; ') || 'none'}`,
        );
      }
      await delay(20);
    }
  }

  return {
    records,
    errors,
    waitForRecords,
    /** The next report record after the first `after`: one API write makes exactly one. */
    async nextRecord(after: number, timeoutMs = 10_000): Promise<AppliedRecord> {
      await waitForRecords(after + 1, timeoutMs);
      return records[after]!;
    },
    stop: () => poller.stop(),
  };
}

export type BenchAggregator = Awaited<ReturnType<typeof startAggregator>>;
