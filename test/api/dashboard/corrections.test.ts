import { findIndicator, protectMonth } from '@etip/core';
import { attackRevisions, reportValues } from '@etip/core/testing';
import { describe, expect, it } from 'vitest';
import { aggregatesCaughtUp } from '../../support/aggregates';
import { useAggregatedTable } from '../../support/aggregator';
import { NOW, SUPPRESSED } from './fixture';

/**
 * A corrected month read before and after its correction (issue 9): the dashboards reckon with
 * what the first submission showed, end to end — the report keeps it, the stream carries it to
 * the aggregates, the series protects the second version knowing the first.
 */
const PRT02 = findIndicator('PRT-02')!;
const FIRST = [28, 3, 4, 0, 7, 0, 0, 28];
const CORRECTED = [31, 3, 4, 0, 7, 0, 0, 28];
const PATH = '/v1/submissions/CN/2026-04';

const made = useAggregatedTable({ now: () => NOW });

async function step(method: string, path: string, role: 'country-office' | 'regional-lead', body: unknown, version: number | null) {
  const token = await made.api.tokenFor(role, role === 'country-office' ? 'CN' : undefined);
  const response = await made.api.request(method, path, { token, body, headers: version === null ? { 'If-None-Match': '*' } : { 'If-Match': `"${version}"` } });
  expect(response.status, response.text).toBeLessThan(300);
  return response.json.version as number;
}

/** The month as a viewer reads it, by sex and by age, once the aggregates caught up with the stream. */
async function viewerReads() {
  await aggregatesCaughtUp(made.table);
  const token = await made.api.tokenFor('viewer');
  const read = async (by: string) =>
    (await made.api.request('GET', `/v1/dashboard/series?indicator=PRT-02&countries=CN&from=2026-04&to=2026-04&by=${by}`, { token })).json.series[0].points[0];
  return { sex: await read('sex'), age: await read('age') };
}

describe('a corrected month on the dashboards', () => {
  it('shows a viewer the correction protected with the first submission in mind: the male total no longer gives male 0-8 away', async () => {
    // Prepare: CN April submitted, read; returned, female 0-8 corrected 28 → 31, resubmitted.
    let version = await step('PUT', PATH, 'country-office', { values: reportValues({ 'PRT-02': FIRST }) }, null);
    version = await step('POST', `${PATH}/submit`, 'country-office', undefined, version);
    const before = await viewerReads();
    version = await step('POST', `${PATH}/return`, 'regional-lead', { reason: 'female 0-8 does not match the case files' }, version);
    version = await step('PUT', PATH, 'country-office', { values: reportValues({ 'PRT-02': CORRECTED }) }, version);
    await step('POST', `${PATH}/submit`, 'country-office', undefined, version);

    // Act
    const after = await viewerReads();

    // Assess: the first read showed male 30+ 28 beside male 0-8 withheld; on its own the second
    // version would show the male total 35, and 35 − 28 = 7.
    expect(before.sex.cells.male).toEqual(SUPPRESSED);
    expect(protectMonth(PRT02, CORRECTED, { protect: true }).marginals.sex?.male).toBe(35);
    expect(after.sex.cells.male).toEqual(SUPPRESSED);
    const expected = protectMonth(PRT02, CORRECTED, { protect: true, earlier: [FIRST] });
    expect(after.sex.cells).toEqual(expected.marginals.sex);
    expect(after.age.cells).toEqual(expected.marginals.age);
    expect(after.sex.value).toEqual(expected.total);
    expect(attackRevisions(PRT02, [FIRST, CORRECTED])).toEqual([]);
  });
});
