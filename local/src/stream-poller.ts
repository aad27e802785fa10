import { setTimeout as delay } from 'node:timers/promises';
import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
  GetShardIteratorCommand,
  type Shard,
  type _Record as StreamRecord,
  TrimmedDataAccessException,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';

export interface StreamPoller {
  /** Resolves once a pass over every shard found nothing new: the aggregates are up to date. */
  caughtUp: Promise<void>;
  stop(): Promise<void>;
}

interface Options {
  client: DynamoDBClient;
  tableName: string;
  handler: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;
  /** Pause between polls when a shard has nothing new: bounds freshness (DESIGN.md 7: ≤ 2 s). */
  idleMs?: number;
  log?: (message: string) => void;
}

type Position = { iterator: string | undefined; last: string | undefined; closed: boolean; retries?: number };

/** The longest pause before a failed record is delivered again. */
const MAX_RETRY_WAIT_MS = 5000;

/**
 * The local stand-in for Lambda's event source mapping (DESIGN.md 5.3): reads the real stream
 * of DynamoDB Local shard by shard, in order, and calls the same handler with the same event
 * shape. A reported batch item failure is delivered again from that record, as Lambda does.
 */
export async function startStreamPoller({ client, tableName, handler, idleMs = 100, log = () => {} }: Options): Promise<StreamPoller> {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const streamArn = Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`table ${tableName} has no stream`);
  const config = await client.config.endpoint?.();
  const streams = new DynamoDBStreamsClient({
    endpoint: config ? `${config.protocol}//${config.hostname}:${config.port}` : undefined,
    region: await client.config.region(),
    credentials: await client.config.credentials(),
  });
  const positions = new Map<string, Position>();
  let running = true;
  let markCaughtUp = () => {};
  const caughtUp = new Promise<void>((resolve) => (markCaughtUp = resolve));

  async function iteratorFor(shardId: string, position?: Pick<Position, 'last'>, at?: string): Promise<string | undefined> {
    const type = at ? 'AT_SEQUENCE_NUMBER' : position?.last ? 'AFTER_SEQUENCE_NUMBER' : 'TRIM_HORIZON';
    const result = await streams.send(
      new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: type, SequenceNumber: at ?? position?.last }),
    );
    return result.ShardIterator;
  }

  async function shards(): Promise<Shard[]> {
    const all: Shard[] = [];
    let start: string | undefined;
    do {
      const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: start }));
      all.push(...(StreamDescription?.Shards ?? []));
      start = StreamDescription?.LastEvaluatedShardId;
    } while (start);
    return all;
  }

  /** Reads one page of one shard and hands it to the handler; true when it found records. */
  async function pollShard(shardId: string, position: Position): Promise<boolean> {
    position.iterator ??= await iteratorFor(shardId, position);
    if (!position.iterator) {
      position.closed = true;
      return false;
    }
    let page: GetRecordsCommandOutput;
    try {
      page = await streams.send(new GetRecordsCommand({ ShardIterator: position.iterator, Limit: 1000 }));
    } catch (error) {
      if (error instanceof ExpiredIteratorException || error instanceof TrimmedDataAccessException) {
        position.iterator = undefined;
        return false;
      }
      throw error;
    }
    const records = (page.Records ?? []).map((r) => lambdaRecord(r, streamArn!));
    if (records.length > 0) {
      const { batchItemFailures } = await handler({ Records: records });
      const failed = batchItemFailures[0]?.itemIdentifier;
      if (failed) {
        // As Lambda retries: again and again, but not flat out; the handler logs why it failed.
        position.retries = (position.retries ?? 0) + 1;
        const wait = Math.min(MAX_RETRY_WAIT_MS, idleMs * 2 ** position.retries);
        log(`record ${failed} failed (attempt ${position.retries}); delivering it again in ${wait} ms`);
        await delay(wait);
        position.iterator = await iteratorFor(shardId, position, failed);
        return true;
      }
      position.retries = 0;
      position.last = records.at(-1)!.dynamodb!.SequenceNumber;
    }
    position.iterator = page.NextShardIterator;
    if (!position.iterator) position.closed = true;
    return records.length > 0;
  }

  const loop = (async () => {
    while (running) {
      let busy = false;
      try {
        for (const shard of await shards()) {
          const id = shard.ShardId!;
          const parent = shard.ParentShardId && positions.get(shard.ParentShardId);
          // A child shard waits until its parent is read to the end: order per item is kept.
          if (parent && !parent.closed) continue;
          const position = positions.get(id) ?? { iterator: undefined, last: undefined, closed: false };
          positions.set(id, position);
          if (!position.closed) busy = (await pollShard(id, position)) || busy;
        }
      } catch (error) {
        if (!running) break;
        log(`stream poll failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!busy) markCaughtUp();
      if (!busy && running) await delay(idleMs);
    }
  })();

  return {
    caughtUp,
    async stop() {
      running = false;
      await loop;
      streams.destroy();
    },
  };
}

/** The SDK's stream record in the shape Lambda hands a DynamoDB Streams function. */
function lambdaRecord(record: StreamRecord, streamArn: string): DynamoDBRecord {
  const d = record.dynamodb ?? {};
  const created = d.ApproximateCreationDateTime;
  return {
    eventID: record.eventID,
    eventName: record.eventName as DynamoDBRecord['eventName'],
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: record.awsRegion ?? 'local',
    eventSourceARN: streamArn,
    dynamodb: {
      ...(created ? { ApproximateCreationDateTime: Math.floor(new Date(created).getTime() / 1000) } : {}),
      Keys: d.Keys as never,
      ...(d.NewImage ? { NewImage: repairEmptyMaps(d.NewImage) as never } : {}),
      ...(d.OldImage ? { OldImage: repairEmptyMaps(d.OldImage) as never } : {}),
      SequenceNumber: d.SequenceNumber,
      SizeBytes: d.SizeBytes,
      StreamViewType: d.StreamViewType as NonNullable<DynamoDBRecord['dynamodb']>['StreamViewType'],
    },
  };
}

/**
 * DynamoDB Local's stream gives an empty map attribute (a draft saved with no values) as `{}`,
 * with no type, where DynamoDB gives `{"M": {}}`; unmarshalling `{}` throws, and the record
 * would be delivered again for ever. Only a map can be empty that way here (lists and sets are
 * never stored empty), so a typeless value is read as the empty map, at any depth.
 */
export function repairEmptyMaps(image: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(image).map(([name, value]) => [name, repairValue(value)]));
}

function repairValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const attribute = value as { M?: Record<string, unknown>; L?: unknown[] };
  if (Object.keys(attribute).length === 0) return { M: {} };
  if (attribute.M) return { M: repairEmptyMaps(attribute.M) };
  if (attribute.L) return { L: attribute.L.map(repairValue) };
  return value;
}
