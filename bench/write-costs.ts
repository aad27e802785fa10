import type { Cell } from '@etip/core';
import type { BenchAggregator } from './aggregator';
import { type BenchApi, consumed } from './api';
import { HELD_OUT } from './data';

export interface WriteCost {
  action: 'create' | 'replace' | 'submit' | 'approve';
  /** What the API's write cost (`X-Consumed-WCU`): the report and its revision, in one transaction. */
  apiWcu: number;
  /** What the aggregator's rollup write for this change cost; 0 when nothing visible changed. */
  aggregatorWcu: number;
  /** Whether the aggregator wrote the rollup at all. */
  aggregatorWrote: boolean;
}

export interface WriteCosts {
  /** The PUT body of the full report, in bytes of JSON: the budget is 6 WCU per KB of it, rounded up. */
  bodyBytes: number;
  budgetWcu: number;
  steps: WriteCost[];
}

/** A second draft of the same report: two counts corrected, as an office fixing a typo would. */
const corrected = (values: Cell[]): Cell[] => values.map((cell, n) => (n < 2 && 'value' in cell ? { ...cell, value: cell.value + 1 } : cell));

/**
 * One full report (every cell, realistic values) through its life in the API — create, replace,
 * submit, approve — into a month whose 2026 rollup already holds eleven full months, so the
 * aggregator's write is as heavy as it gets (an UpdateItem costs by the whole item's size).
 * After each call the bench waits for the aggregator to apply that call's stream record.
 */
export async function measureWrites(api: BenchApi, aggregator: BenchAggregator, values: Cell[]): Promise<WriteCosts> {
  const { country, period } = HELD_OUT;
  const path = `/v1/submissions/${country}/${period}`;
  const office = await api.officeToken(country);
  const createBody = { values, note: 'Monthly report: all activity sheets and shelter case data entered.' };
  const bodyBytes = Buffer.byteLength(JSON.stringify(createBody));
  const calls: [WriteCost['action'], () => ReturnType<BenchApi['request']>][] = [
    ['create', () => api.request('PUT', path, { token: office, body: createBody, headers: { 'If-None-Match': '*' } })],
    ['replace', () => api.request('PUT', path, { token: office, body: { ...createBody, values: corrected(values) }, headers: { 'If-Match': '"1"' } })],
    ['submit', () => api.request('POST', `${path}/submit`, { token: office, headers: { 'If-Match': '"2"' } })],
    ['approve', () => api.request('POST', `${path}/approve`, { token: api.tokens.lead, headers: { 'If-Match': '"3"' } })],
  ];
  const steps: WriteCost[] = [];
  for (const [action, call] of calls) {
    const before = aggregator.records.length;
    const answer = await call();
    const record = await aggregator.nextRecord(before);
    steps.push({ action, apiWcu: consumed(answer, 'x-consumed-wcu'), aggregatorWcu: record.consumedWriteUnits, aggregatorWrote: record.applied });
  }
  return { bodyBytes, budgetWcu: 6 * Math.ceil(bodyBytes / 1024), steps };
}
