import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { findIndicator, protectMonth } from '@etip/core';
import { reportValues } from '@etip/core/testing';
import { keys, storeMissingPatterns } from '@etip/db';
import { describe, expect, it } from 'vitest';
import { aggregatesCaughtUp } from '../../support/aggregates';
import { useAggregatedTable } from '../../support/aggregator';
import { createTestApi } from '../../support/api';
import { NOW, SUPPRESSED } from './fixture';

/**
 * A month published before withheld patterns were stored (issue 9): until its pattern is stored it
 * shows only its zeros, never a pattern computed at reading; `storeMissingPatterns` stores the one
 * it was read with, and a threshold changed afterwards shows it no second pattern (the attack:
 * PRT-02 read at 10 then at 11 pinned female 0-8 = 6 and male 0-8 = 4).
 */
const PRT02 = findIndicator('PRT-02')!;
const MONTH = [6, 11, 10, 0, 4, 0, 16, 0];
const PATH = '/v1/submissions/KH/2026-05';

const made = useAggregatedTable({ now: () => NOW });

/** The month by age as a viewer reads it through `reader`. */
async function viewerReads(reader: typeof made.api) {
  const token = await reader.tokenFor('viewer');
  const response = await reader.request('GET', '/v1/dashboard/series?indicator=PRT-02&countries=KH&from=2026-05&to=2026-05&by=age', { token });
  expect(response.status, response.text).toBe(200);
  return response.json.series[0].points[0];
}

/** Takes the stored patterns away, as a month published before 2026-11-29 was stored. */
async function asPublishedBeforePatterns() {
  const send = (input: ConstructorParameters<typeof UpdateCommand>[0]) => made.table.documents.send(new UpdateCommand(input));
  await send({ TableName: made.table.tableName, Key: keys.report('KH', '2026-05'), UpdateExpression: 'REMOVE published.withheld' });
  await send({
    TableName: made.table.tableName,
    Key: keys.rollup(2026, 'KH'),
    UpdateExpression: 'REMOVE #slot.w',
    ExpressionAttributeNames: { '#slot': keys.rollupSlot('2026-05') },
  });
}

describe('months published before patterns were stored', () => {
  it('show only their zeros until their pattern is stored, then the pattern they were read with, whatever the threshold later', async () => {
    // Prepare: KH May submitted at 10 and read; then stored as before patterns existed.
    const office = await made.api.tokenFor('country-office', 'KH');
    const saved = await made.api.request('PUT', PATH, {
      token: office,
      body: { values: reportValues({ 'PRT-02': MONTH }) },
      headers: { 'If-None-Match': '*' },
    });
    const submitted = await made.api.request('POST', `${PATH}/submit`, { token: office, headers: { 'If-Match': `"${saved.json.version}"` } });
    expect(submitted.status, submitted.text).toBe(200);
    await aggregatesCaughtUp(made.table);
    const published = await viewerReads(made.api);
    await asPublishedBeforePatterns();

    // Act 1: read without a stored pattern.
    const unfilled = await viewerReads(made.api);

    // Assess 1: only the zeros; nothing computed at reading.
    expect(unfilled.cells).toEqual({ '0-8': SUPPRESSED, '9-17': SUPPRESSED, '18-29': SUPPRESSED, '30+': 0 });
    expect(unfilled.value).toEqual(SUPPRESSED);

    // Act 2: the patterns stored with the threshold in force (10), read through an API at 11.
    const first = await storeMissingPatterns(made.table.documents, made.table.tableName, 10);
    const again = await storeMissingPatterns(made.table.documents, made.table.tableName, 10);
    const atEleven = await createTestApi(made.table, { now: () => NOW, threshold: 11, issuer: made.api.issuer });
    const filled = await viewerReads(atEleven);

    // Assess 2: the month as first published, once; at 11 on its own it would show another pattern.
    expect(first).toEqual({ reports: 1, slots: 1, skipped: 0, failed: [] });
    expect(again).toEqual({ reports: 0, slots: 0, skipped: 0, failed: [] });
    expect(filled).toEqual(published);
    expect(filled.cells).toEqual(protectMonth(PRT02, MONTH, { protect: true, threshold: 10 }).marginals.age);
    expect(protectMonth(PRT02, MONTH, { protect: true, threshold: 11 }).marginals.age).not.toEqual(filled.cells);
    await aggregatesCaughtUp(made.table);
  });

  it('gives a rollup slot the pattern of its report when the slot was written without it', async () => {
    // Prepare: the report has its pattern, its slot (written before by the aggregator) not.
    await made.table.documents.send(
      new UpdateCommand({
        TableName: made.table.tableName,
        Key: keys.rollup(2026, 'KH'),
        UpdateExpression: 'REMOVE #slot.w',
        ExpressionAttributeNames: { '#slot': keys.rollupSlot('2026-05') },
      }),
    );
    expect((await viewerReads(made.api)).value).toEqual(SUPPRESSED);

    // Act
    const stored = await storeMissingPatterns(made.table.documents, made.table.tableName, 10);

    // Assess
    expect(stored).toEqual({ reports: 0, slots: 1, skipped: 0, failed: [] });
    expect((await viewerReads(made.api)).cells).toEqual(protectMonth(PRT02, MONTH, { protect: true, threshold: 10 }).marginals.age);
  });

  it('goes on past a month it cannot read, naming it without its values', async () => {
    // Prepare: a damaged report item (a kept earlier version that is no vector) and a month to fill.
    const { Item } = await made.table.documents.send(new GetCommand({ TableName: made.table.tableName, Key: keys.report('KH', '2026-05') }));
    const damaged = { ...Item!, ...keys.report('VN', '2026-02'), country: 'VN', period: '2026-02', published: { ...Item!.published, earlier: [null] } };
    await made.table.documents.send(new PutCommand({ TableName: made.table.tableName, Item: damaged }));
    await asPublishedBeforePatterns();

    // Act
    const stored = await storeMissingPatterns(made.table.documents, made.table.tableName, 10);

    // Assess
    expect(stored).toEqual({ reports: 1, slots: 1, skipped: 0, failed: ['VN 2026-02'] });
  });
});
