import * as z from 'zod/mini';
import { boundError, FIRST_PERIOD, latestPeriod, type Period, periodRange, periodSchema } from '../framework/calendar';
import { COUNTRY_CODES, type CountryCode, isCountryCode } from '../framework/countries';
import { DIMENSION_KEYS, type DimensionKey, findIndicator, INDICATOR_CODES, type Indicator } from '../framework/indicators';
import { once } from '../once';
import { echo, type FieldError, fieldError } from '../problems/field-errors';
import { ProblemError } from '../problems/problem';
import { type QueryValues, readQuery } from '../problems/query';
import type { Issue } from '../problems/zod-issues';

/** The longest range one view reads: ten years keeps every response small and cheap. */
export const MAX_RANGE_MONTHS = 120;

/** `KH,LA`: programme country codes, comma-separated, in any order; empty means all six. */
export const COUNTRY_LIST_PATTERN = new RegExp(`^((${COUNTRY_CODES.join('|')})(,(${COUNTRY_CODES.join('|')}))*)?$`);

export interface ViewRange {
  from: Period;
  to: Period;
  periods: Period[];
  years: number[];
}

/**
 * The query of each dashboard view (DESIGN.md 5.1), one definition for parsing and for the
 * OpenAPI document. Any other parameter, or one given twice, is refused.
 */
export const viewQueries = once(() => {
  const from = z.optional(periodSchema());
  const to = z.optional(periodSchema());
  const countries = z.optional(z.string().check(z.regex(COUNTRY_LIST_PATTERN, { error: 'unknown-country' })));
  const indicator = z.enum(INDICATOR_CODES as [string, ...string[]], { error: 'unknown-indicator' });
  const by = z.optional(z.enum(DIMENSION_KEYS as [DimensionKey, ...DimensionKey[]]));
  return {
    overview: z.object({ from, to, countries }),
    series: z.object({ indicator, countries, from, to, by }),
    completeness: z.object({ from, to, countries }),
    export: z.object({ from, to, countries, indicator: z.optional(indicator) }),
  };
});
export type ViewName = keyof ReturnType<typeof viewQueries>;

/** Names each unknown code of a country list, rather than the list as a whole. */
function countriesHint(issue: Issue): FieldError[] | null {
  if (issue.path[0] !== 'countries' || typeof issue.input !== 'string') return null;
  const unknown = issue.input.split(',').filter((code) => !isCountryCode(code));
  return [fieldError('countries', 'unknown-country', { got: echo(unknown.join(',') || issue.input), allowed: COUNTRY_CODES })];
}

export interface ViewQueryOptions {
  now: Date;
  /** The start of the window a view shows when no `from` is given, from its end. */
  defaultFrom: (to: Period) => Period;
  /** The end of the window when no `to` is given; the current month unless said otherwise. */
  defaultTo?: (now: Date) => Period;
}

/**
 * Reads a view's filters (DESIGN.md 5.1): the range (never after the current month, at most
 * `MAX_RANGE_MONTHS`), the countries (default all six, in programme order), the indicator and
 * the breakdown. Throws a `ProblemError` 'invalid-request' naming every bad parameter at once.
 */
export function parseViewQuery(view: ViewName, query: QueryValues, options: ViewQueryOptions) {
  const read = readQuery(viewQueries()[view], query, { hint: countriesHint });
  const values = read.value as { from?: Period; to?: Period; countries?: string; indicator?: string; by?: DimensionKey };
  const errors: FieldError[] = [...read.errors];
  const last = values.to ?? (options.defaultTo ?? latestPeriod)(options.now);
  const first = values.from ?? options.defaultFrom(last);
  for (const [name, value] of [
    ['from', values.from],
    ['to', values.to],
  ] as const) {
    const error = value === undefined ? null : boundError(`query/${name}`, value, options.now);
    if (error) errors.push(error);
  }
  const rangeRead = !errors.some((e) => e.path === 'query/from' || e.path === 'query/to');
  // When `to` was not given, say so: the client never wrote the month it is told it passed.
  if (rangeRead && first > last)
    errors.push(fieldError('query/from', 'range-reversed', { from: first, to: last, ...(values.to === undefined ? { defaultTo: true } : {}) }));
  const periods = rangeRead && first <= last ? periodRange(first < FIRST_PERIOD ? FIRST_PERIOD : first, last) : [];
  if (periods.length > MAX_RANGE_MONTHS) errors.push(fieldError('query/from', 'range-too-long', { max: MAX_RANGE_MONTHS, months: periods.length }));
  const chosen = values.indicator === undefined ? undefined : findIndicator(values.indicator);
  if (chosen && values.by && !chosen.dims.includes(values.by))
    errors.push(fieldError('query/by', 'no-breakdown-by', { indicator: chosen.code, dims: chosen.dims }));
  if (errors.length) throw ProblemError.of('invalid-request', 'the query has invalid parameters', errors);
  const range: ViewRange = { from: periods[0]!, to: last, periods, years: [...new Set(periods.map((p) => Number(p.slice(0, 4))))] };
  const codes = values.countries ? values.countries.split(',') : COUNTRY_CODES;
  return { range, countries: COUNTRY_CODES.filter((c): c is CountryCode => codes.includes(c)), indicator: chosen as Indicator | undefined, by: values.by };
}
