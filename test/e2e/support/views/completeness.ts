import { type CompletenessMonth, type CompletenessResponse, completenessResponseSchema, type ReportingRates } from '@etip/core/dashboard';
import type { Locator, Page } from 'playwright-core';
import { apiGet, type Reader } from '../api';
import { type Downloaded, downloadOf } from '../download';
import { englishMonth } from './charts';

/** The completeness view's query as its URL and the API take it. */
export interface CompletenessQuery {
  from?: string;
  to?: string;
  countries?: string;
}

/** What the API answers `reader` (`GET /v1/dashboard/completeness`), fetched apart from the page. */
export const completenessFromApi = (reader: Reader, query: CompletenessQuery = {}): Promise<CompletenessResponse> =>
  apiGet(reader, '/dashboard/completeness', completenessResponseSchema, { ...query });

/** The English names of the countries (dashboard/src/locales/en.json). */
export const COUNTRY_NAMES: Record<string, string> = { KH: 'Cambodia', CN: 'China', LA: 'Lao PDR', MM: 'Myanmar', TH: 'Thailand', VN: 'Vietnam' };

/**
 * A month's state as the English heat map's table writes it, worked out from DESIGN.md 5.1: a
 * submitted month by its timeliness, a draft past its deadline and never submitted "overdue".
 */
export function englishState(month: CompletenessMonth): string {
  switch (month.status) {
    case 'submitted':
      return month.timeliness === 'late' ? 'submitted late' : 'submitted on time';
    case 'returned':
      return 'returned for correction';
    case 'not-due':
      return 'not due yet';
    case 'draft':
      return month.timeliness === null && month.dueAt === undefined ? 'draft (overdue)' : 'draft';
    default:
      return month.status;
  }
}

const percent = (value: number) => new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
const rate = (value: number | null, none: string) => (value === null ? none : percent(value));
/** Complete and on time as written, from the API's rates. */
const rates = (r: ReportingRates) => [rate(r.completeness, 'nothing due yet'), rate(r.timeliness, 'nothing submitted')];

/** The heat map's table an English page shows for `response`: the months as columns, then each country's two rates. */
export function expectedHeatmapTable(response: CompletenessResponse): { columns: string[]; rows: string[][] } {
  return {
    columns: ['Country', ...(response.rows[0]?.months.map((m) => englishMonth(m.period)) ?? []), 'Complete', 'On time'],
    rows: response.rows.map((row) => [COUNTRY_NAMES[row.country]!, ...row.months.map(englishState), ...rates(row.summary)]),
  };
}

/** The rates table's figures (country, complete, on time, due, submitted, late, missing), the region's added up from the countries'. */
export function expectedRates(response: CompletenessResponse): string[][] {
  const n = (value: number) => new Intl.NumberFormat('en-GB').format(value);
  const rows = response.rows.map((row) => [
    COUNTRY_NAMES[row.country]!,
    ...rates(row.summary),
    ...[row.summary.due, row.summary.reported, row.summary.late, row.summary.missing].map(n),
  ]);
  if (response.rows.length > 1) {
    const sum = (key: 'due' | 'reported' | 'onTime' | 'late' | 'missing') => response.rows.reduce((total, r) => total + r.summary[key], 0);
    const oneDecimalShare = (part: number, whole: number) => (whole === 0 ? null : Math.round((1000 * part) / whole) / 10);
    rows.push([
      'Region',
      rate(oneDecimalShare(sum('reported'), sum('due')), 'nothing due yet'),
      rate(oneDecimalShare(sum('onTime'), sum('reported')), 'nothing submitted'),
      ...[sum('due'), sum('reported'), sum('late'), sum('missing')].map(n),
    ]);
  }
  return rows;
}

/** Completeness and timeliness (dashboard/src/features/completeness): the heat map (a chart frame) and the rates table. */
export const completeness = {
  path: '/completeness',
  heading: (page: Page): Locator => page.locator('.completeness h1'),
  range: (page: Page): Locator => page.locator('.completeness .view-head .range'),
  heatmap: (page: Page): Locator => page.locator('.completeness figure.chart-frame'),
  ratesTable: (page: Page): Locator => page.locator('.completeness table.rates-table'),
  ratesCsvButton: (page: Page): Locator => page.locator('.completeness section.rates .section-head button'),
  filters: {
    from: (page: Page): Locator => page.locator('.completeness form.filters input[type=month]').nth(0),
    to: (page: Page): Locator => page.locator('.completeness form.filters input[type=month]').nth(1),
    countries: (page: Page): Locator => page.locator('.completeness form.filters fieldset input[type=checkbox]'),
    reset: (page: Page): Locator => page.locator('.completeness form.filters > button'),
  },

  /** The rates table as written: header, and per row every cell but the deadline; the deadline's text apart. */
  readRates: (page: Page): Promise<{ columns: string[]; rows: string[][]; deadlines: string[] }> =>
    completeness.ratesTable(page).evaluate((table) => {
      const text = (e: Element) => e.textContent ?? '';
      const rows = [...table.querySelectorAll('tbody tr')];
      return {
        columns: [...table.querySelectorAll('thead th')].map(text),
        rows: rows.map((tr) => [...tr.children].filter((c) => !c.classList.contains('deadline')).map(text)),
        deadlines: rows.map((tr) => text(tr.querySelector('td.deadline')!)),
      };
    }),

  downloadRatesCsv: (page: Page): Promise<Downloaded> => downloadOf(page, () => completeness.ratesCsvButton(page).click()),
};
