import * as z from 'zod/mini';
import { addMonths, boundError, FIRST_PERIOD, lastDuePeriod, type Period, periodRange, periodSchema } from '../framework/calendar';
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

/** How many months a view shows when no `from` is given (see `defaultRange`). */
export const DEFAULT_RANGE_MONTHS = 12;

/**
 * The range every view shows when none is asked for — one default, so a reader who moves
 * between views (the menu carries the address's filters, not the months a view chose) keeps
 * the same months: the `DEFAULT_RANGE_MONTHS` ending with the last month due everywhere
 * (`lastDuePeriod`, DESIGN.md 5.1). A whole year of months whatever the date (January to date
 * is one month in February), every one of them due, so none reads as missing for want of time.
 * Given only a `from`, the range ends at the last month due, or at `from` when that is later,
 * so a default never reverses a range; given only a `to`, it is the twelve months to it.
 */
export function defaultRange(now: Date, given: { from?: Period | undefined; to?: Period | undefined } = {}): { from: Period; to: Period } {
  const lastDue = lastDuePeriod(now);
  const to = given.to ?? (given.from !== undefined && given.from > lastDue ? given.from : lastDue);
  return { from: given.from ?? addMonths(to, 1 - DEFAULT_RANGE_MONTHS), to };
}

/**
 * Reads a view's filters (DESIGN.md 5.1): the range (never after the current month, at most
 * `MAX_RANGE_MONTHS`; `defaultRange` for what is not given), the countries (default all six, in
 * programme order), the indicator and the breakdown. Throws a `ProblemError` 'invalid-request'
 * naming every bad parameter at once.
 */
export function parseViewQuery(view: ViewName, query: QueryValues, options: { now: Date }) {
  const read = readQuery(viewQueries()[view], query, { hint: countriesHint });
  const values = read.value as { from?: Period; to?: Period; countries?: string; indicator?: string; by?: DimensionKey };
  const errors: FieldError[] = [...read.errors];
  const { from: first, to: last } = defaultRange(options.now, values);
  for (const [name, value] of [
    ['from', values.from],
    ['to', values.to],
  ] as const) {
    const error = value === undefined ? null : boundError(`query/${name}`, value, options.now);
    if (error) errors.push(error);
  }
  const rangeRead = !errors.some((e) => e.path === 'query/from' || e.path === 'query/to');
  // Only both given can be reversed: `defaultRange` never reverses a range.
  if (rangeRead && first > last) errors.push(fieldError('query/from', 'range-reversed', { from: first, to: last }));
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
