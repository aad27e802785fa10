import { setTimeout as delay } from 'node:timers/promises';
import { addMonths, COUNTRY_CODES } from '@etip/core';
import type { BenchApi } from './api';
import type { History } from './data';

/** How often the bench asks the dashboard API while it waits: fine enough to time in tens of ms. */
const POLL_MS = 20;
/** A submission not visible by then is recorded as this long; the budget is 2 s. */
const GIVE_UP_MS = 10_000;

/**
 * Freshness (DESIGN.md 7: ≤ 2 s locally): an approved report is reopened (PUT, a draft) and
 * submitted again through the API while the stream poller runs as in `npm start`. The clock
 * starts when the submit is sent and stops when the completeness view first shows the month as
 * submitted — the path a user's submission takes to a dashboard: write, stream, poller,
 * aggregator, rollup, dashboard read. Rounds go to different countries and months.
 */
export async function measureFreshness(api: BenchApi, history: History, rounds = 10): Promise<{ samples: number[]; cacheControl: string | null }> {
  const samples: number[] = [];
  let cacheControl: string | null = null;
  for (let n = 0; n < rounds; n++) {
    const country = COUNTRY_CODES[n % COUNTRY_CODES.length]!;
    const period = addMonths('2026-11', -Math.floor(n / COUNTRY_CODES.length));
    const path = `/v1/submissions/${country}/${period}`;
    const office = await api.officeToken(country);
    const current = await api.request('GET', path, { token: office });
    const etag = current.headers.get('etag')!;
    const values = history.valuesOf(country, period);
    const reopened = await api.request('PUT', path, { token: office, body: { values, note: `freshness round ${n + 1}` }, headers: { 'If-Match': etag } });

    const started = performance.now();
    await api.request('POST', `${path}/submit`, { token: office, headers: { 'If-Match': reopened.headers.get('etag')! } });
    const view = `/v1/dashboard/completeness?${new URLSearchParams({ from: period, to: period, countries: country })}`;
    let elapsed = GIVE_UP_MS;
    while (performance.now() - started < GIVE_UP_MS) {
      const answer = await api.request('GET', view, { token: api.tokens.viewer });
      cacheControl = answer.headers.get('cache-control');
      const month = (JSON.parse(answer.text) as { rows: { months: { status: string }[] }[] }).rows[0]?.months[0];
      if (month?.status === 'submitted') {
        elapsed = performance.now() - started;
        break;
      }
      await delay(POLL_MS);
    }
    samples.push(elapsed);
  }
  // What a browser may add on top: a cached dashboard response is reused for this long.
  return { samples, cacheControl };
}

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
