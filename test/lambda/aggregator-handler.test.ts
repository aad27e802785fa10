import { fullBody } from '@etip/core/testing';
import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApi } from '../support/api';
import { createTestTable } from '../support/database';
import { captureOutput, logLines, publishedMetrics } from '../support/lambda-output';
import { createReportWriter } from '../support/report-writer';
import { type CapturedStream, captureStream } from '../support/stream-capture';
import { lambdaContext } from './api-gateway-event';

const NOTE = 'a note about one survivor';

/**
 * The aggregator's Lambda entry point, configured only through its environment as in AWS, fed
 * a batch of the table's real stream: what it writes to stdout and stderr is what CloudWatch
 * would get — one JSON line per batch with its counts, and the batch's metrics as EMF.
 */
describe('aggregator Lambda handler', () => {
  let stream: CapturedStream;
  let handler: (event: DynamoDBStreamEvent, context: Context) => Promise<DynamoDBBatchResponse>;
  const context = { ...lambdaContext(), functionName: 'etip-monitor-aggregator' };
  const invoke = (event: DynamoDBStreamEvent) => captureOutput(() => handler(event, context));

  beforeAll(async () => {
    // Prepare: two reports written by the real API, one submitted; their records read from the stream.
    const table = await createTestTable();
    const writer = await createReportWriter(await createTestApi(table, { now: () => new Date('2026-11-20T00:00:00Z') }));
    for (const step of [
      () => writer.create('LA', '2026-09', { ...fullBody(1), note: NOTE }),
      () => writer.create('VN', '2026-09', fullBody(2)),
      () => writer.submit('LA', '2026-09', 1),
    ]) {
      expect((await step()).status).toBeLessThan(300);
    }
    stream = await captureStream(table, { reports: writer.accepted });
    process.env.TABLE_NAME = table.tableName;
    process.env.DYNAMODB_ENDPOINT = inject('dynamodbEndpoint');
    process.env.AWS_LAMBDA_INITIALIZATION_TYPE = 'on-demand';
    ({ handler } = (await import('@etip/aggregator/lambda')) as unknown as { handler: typeof handler });
  });

  it('logs each batch once, as JSON with its counts, and publishes RecordsApplied and RecordsFailed', async () => {
    // Act: the batch, then the same batch delivered again.
    const first = await invoke({ Records: stream.records });
    const again = await invoke({ Records: stream.records });

    // Assess
    expect([first.result, again.result]).toEqual([{ batchItemFailures: [] }, { batchItemFailures: [] }]);
    const records = stream.records.length;
    const applied = (logLines(first.lines)[0]?.applied ?? 0) as number;
    expect(applied).toBeGreaterThan(0);
    for (const [{ lines }, counts] of [
      [first, { applied, skipped: records - applied }],
      [again, { applied: 0, skipped: records }],
    ] as const) {
      expect(logLines(lines)).toEqual([
        expect.objectContaining({
          level: 'INFO',
          message: 'batch aggregated',
          service: 'etip-aggregator',
          function_name: context.functionName,
          records,
          ...counts,
          failed: 0,
        }),
      ]);
    }
    const batchMetric = (name: string, value: number) => ({ namespace: 'EtipMonitor', name, unit: 'Count', value, dimensions: { service: 'etip-aggregator' } });
    expect(publishedMetrics(first.lines)).toEqual([
      { ...batchMetric('ColdStart', 1), dimensions: { service: 'etip-aggregator', function_name: context.functionName } },
      batchMetric('RecordsApplied', applied),
      batchMetric('RecordsFailed', 0),
    ]);
    expect(publishedMetrics(again.lines)).toEqual([batchMetric('RecordsApplied', 0), batchMetric('RecordsFailed', 0)]);
    // Nothing of the records' images: their values are survivor counts (DESIGN.md 5.4).
    for (const { text } of [first, again]) expect(text).not.toMatch(new RegExp(`${NOTE}|NewImage|"values"`));
  });
});
