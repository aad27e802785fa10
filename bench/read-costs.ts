import { type BenchApi, consumed } from './api';
import { RECENT_YEARS } from './data';

/**
 * The dashboard views the budgets of DESIGN.md 7 name, each with explicit `from`/`to` so every
 * run reads the same items. Read units come from the API's `X-Consumed-RCU` header: what a
 * user's request really costs, targets included, not a store call in isolation.
 */
export interface ViewCase {
  name: string;
  path: '/v1/dashboard/overview' | '/v1/dashboard/series' | '/v1/dashboard/completeness' | '/v1/export.csv';
  query: Record<string, string>;
  /** Read units the view may cost at most (DESIGN.md 7), where a budget names it. */
  budget?: number;
}

export const VIEWS: ViewCase[] = [
  { name: 'overview, calendar year 2026', path: '/v1/dashboard/overview', query: { from: '2026-01', to: '2026-12' }, budget: 6 },
  { name: 'series PRT-01, 24 months', path: '/v1/dashboard/series', query: { indicator: 'PRT-01', from: '2025-01', to: '2026-12' }, budget: 8 },
  {
    name: 'series PRT-01 by=sex, 24 months',
    path: '/v1/dashboard/series',
    query: { indicator: 'PRT-01', from: '2025-01', to: '2026-12', by: 'sex' },
    budget: 8,
  },
  {
    name: 'series PRV-01 by=age, 24 months',
    path: '/v1/dashboard/series',
    query: { indicator: 'PRV-01', from: '2025-01', to: '2026-12', by: 'age' },
    budget: 8,
  },
  // 24 months rarely start in January: this window touches three rollup years, the worst case.
  { name: 'series PRT-01, 24 months over 3 years', path: '/v1/dashboard/series', query: { indicator: 'PRT-01', from: '2024-07', to: '2026-06' }, budget: 8 },
  { name: 'completeness, 12 months', path: '/v1/dashboard/completeness', query: { from: '2026-01', to: '2026-12' } },
  { name: 'completeness, 24 months', path: '/v1/dashboard/completeness', query: { from: '2025-01', to: '2026-12' } },
  { name: 'export.csv, 12 months', path: '/v1/export.csv', query: { from: '2026-01', to: '2026-12' } },
  // The longest range a view allows: its cost grows with the range asked, never with history.
  { name: 'overview, 10 years (longest range)', path: '/v1/dashboard/overview', query: { from: '2017-01', to: '2026-12' } },
];

/** Whether the view's range lies within the recent two years, so it can be read with 2 years of history. */
export const withinRecentYears = (view: ViewCase) => Number(view.query.from!.slice(0, 4)) >= RECENT_YEARS[0]!;

export const urlOf = (view: ViewCase) => `${view.path}?${new URLSearchParams(view.query)}`;

export interface ViewRead {
  view: ViewCase;
  rcu: number;
  /** How long the API took to answer, in ms: CPU of building the view included (informs only). */
  ms: number;
  /** The response body, to compare with the same view computed from the raw reports. */
  body: string;
}

/**
 * Reads each view as a viewer, twice: consumed capacity is deterministic, so both reads must cost
 * the same; the second one's time is taken, once the code paths are warm.
 */
export async function measureReads(api: BenchApi, views: readonly ViewCase[]): Promise<ViewRead[]> {
  const read = async (view: ViewCase): Promise<ViewRead> => {
    const started = performance.now();
    const answer = await api.request('GET', urlOf(view), { token: api.tokens.viewer });
    return { view, rcu: consumed(answer, 'x-consumed-rcu'), ms: performance.now() - started, body: answer.text };
  };
  const first = [];
  for (const view of views) first.push(await read(view));
  const reads: ViewRead[] = [];
  for (const [n, view] of views.entries()) {
    const again = await read(view);
    if (again.rcu !== first[n]!.rcu)
      throw new Error(`${view.name} cost ${first[n]!.rcu} RCU, then ${again.rcu} RCU: reads of the same items must cost the same`);
    reads.push(again);
  }
  return reads;
}
