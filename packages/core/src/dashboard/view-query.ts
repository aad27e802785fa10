import { FIRST_PERIOD, currentPeriod, isPeriodFormat, periodRange, type Period } from '../framework/calendar';
import { COUNTRY_CODES, isCountryCode, type CountryCode } from '../framework/countries';
import { DIMENSION_KEYS, findIndicator, INDICATOR_CODES, type DimensionKey, type Indicator } from '../framework/indicators';
import { ProblemError, type FieldError } from '../problems/problem';

/** The longest range one view reads: ten years keeps every response small and cheap. */
export const MAX_RANGE_MONTHS = 120;

export interface ViewRange {
  from: Period;
  to: Period;
  periods: Period[];
  years: number[];
}

type Query = Record<string, string | undefined>;

/** The current month as the dashboards count it: the latest any country may report. */
export function latestPeriod(now: Date): Period {
  return COUNTRY_CODES.map((c) => currentPeriod(c, now)).sort().at(-1)!;
}

/**
 * Reads the filters every view shares (DESIGN.md 5.1) and refuses unknown ones, like unknown
 * fields. `defaultFrom` gives the start of the window a view shows when no `from` is given.
 */
export function parseViewQuery(query: Query, options: { now: Date; defaultFrom: (to: Period) => Period; allowed: readonly string[]; required?: readonly string[] }) {
  const errors: FieldError[] = [];
  for (const name of Object.keys(query)) {
    if (!options.allowed.includes(name)) errors.push({ path: `query/${name}`, message: `unknown parameter; expected ${options.allowed.join(', ')}` });
  }
  const period = (name: 'from' | 'to') => {
    const value = query[name];
    if (value === undefined) return undefined;
    if (!isPeriodFormat(value)) errors.push({ path: `query/${name}`, message: `must be a month written YYYY-MM; got '${value}'` });
    else if (value < FIRST_PERIOD) errors.push({ path: `query/${name}`, message: `must be ${FIRST_PERIOD} or later` });
    return value;
  };
  const to = period('to') ?? latestPeriod(options.now);
  const from = period('from') ?? (isPeriodFormat(to) ? options.defaultFrom(to) : to);
  const periods = errors.length ? [] : periodRange(from < FIRST_PERIOD ? FIRST_PERIOD : from, to);
  if (!errors.length && from > to) errors.push({ path: 'query/from', message: `must not be after to (${to})` });
  if (periods.length > MAX_RANGE_MONTHS) errors.push({ path: 'query/from', message: `a view covers at most ${MAX_RANGE_MONTHS} months; this range has ${periods.length}` });

  for (const name of options.required ?? []) {
    if (query[name] === undefined) errors.push({ path: `query/${name}`, message: 'is required' });
  }
  // A parameter the view does not take was refused above; it is not read as well.
  const takes = (name: string) => options.allowed.includes(name) && query[name] !== undefined;
  const countries = parseCountries(options.allowed.includes('countries') ? query.countries : undefined, errors);
  const indicator = takes('indicator') ? parseIndicator(query.indicator!, errors) : undefined;
  const by = takes('by') ? parseBy(query.by!, indicator, errors) : undefined;
  if (errors.length) throw ProblemError.of('invalid-request', 'the query has invalid parameters', errors);
  const range: ViewRange = { from: periods[0]!, to, periods, years: [...new Set(periods.map((p) => Number(p.slice(0, 4))))] };
  return { range, countries, indicator, by };
}

function parseCountries(value: string | undefined, errors: FieldError[]): CountryCode[] {
  if (value === undefined || value === '') return [...COUNTRY_CODES];
  const codes = value.split(',').map((c) => c.trim());
  const unknown = codes.filter((c) => !isCountryCode(c));
  if (unknown.length) errors.push({ path: 'query/countries', message: `unknown ${unknown.map((c) => `'${c}'`).join(', ')}; expected a comma-separated list of ${COUNTRY_CODES.join(', ')}` });
  return COUNTRY_CODES.filter((c) => codes.includes(c));
}

function parseIndicator(value: string, errors: FieldError[]): Indicator | undefined {
  const indicator = findIndicator(value);
  if (!indicator) errors.push({ path: 'query/indicator', message: `unknown indicator '${value}'; expected one of ${INDICATOR_CODES.join(', ')}` });
  return indicator;
}

function parseBy(value: string, indicator: Indicator | undefined, errors: FieldError[]): DimensionKey | undefined {
  if (!(DIMENSION_KEYS as string[]).includes(value)) {
    errors.push({ path: 'query/by', message: `must be one of ${DIMENSION_KEYS.join(', ')}; got '${value}'` });
    return undefined;
  }
  if (indicator && !indicator.dims.includes(value as DimensionKey)) {
    const dims = indicator.dims.length ? `only by ${indicator.dims.join(', ')}` : 'not at all (it is one total)';
    errors.push({ path: 'query/by', message: `${indicator.code} is broken down ${dims}` });
  }
  return value as DimensionKey;
}
