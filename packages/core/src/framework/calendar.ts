import * as z from 'zod/mini';
import { once } from '../once';
import { type FieldError, fieldError } from '../problems/field-errors';
import { COUNTRY_CODES, type CountryCode, country } from './countries';

/** A reporting month, `YYYY-MM`. */
export type Period = string;

export const FIRST_PERIOD: Period = '2015-01';
/** The programme's first reporting year, the first a target can be set for. */
export const FIRST_YEAR = Number(FIRST_PERIOD.slice(0, 4));
/** A report is due by the end of this day of the following month, in the country's zone. */
export const DUE_DAY = 10;

/** `YYYY-MM` with a month from 01 to 12: the one definition, also the OpenAPI pattern of every period. */
export const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A period as a path, a query or a body writes it; anything else is `not-a-period`. Built on first use (cold starts). */
export const periodSchema = once(() => z.string().check(z.regex(PERIOD_PATTERN, { error: 'not-a-period' })));

export function isPeriodFormat(value: string): boolean {
  return PERIOD_PATTERN.test(value);
}

export function parsePeriod(period: Period): { year: number; month: number } {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) throw new RangeError(`not a period: ${period}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

export function formatPeriod(year: number, month: number): Period {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonths(period: Period, months: number): Period {
  const { year, month } = parsePeriod(period);
  const index = year * 12 + (month - 1) + months;
  return formatPeriod(Math.floor(index / 12), (index % 12) + 1);
}

/** Periods from `from` to `to`, both included, in order. */
export function periodRange(from: Period, to: Period): Period[] {
  const out: Period[] = [];
  for (let p = from; p <= to; p = addMonths(p, 1)) out.push(p);
  return out;
}

// Building a formatter costs far more than using one: one per zone, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock date and time in a zone at an instant, as plain numbers. */
function wallClock(instant: Date, timeZone: string) {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** The instant at which the wall clock in `timeZone` reads midnight starting the given day. */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const asUtc = Date.UTC(year, month - 1, day);
  // The zone's offset at (about) that instant; applied twice so a change of offset is respected.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const w = wallClock(new Date(guess), timeZone);
    const offset = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - guess;
    guess = asUtc - offset;
  }
  return new Date(guess);
}

/** The current month in a country's zone: the last period that may be reported. */
export function currentPeriod(code: CountryCode, now: Date = new Date()): Period {
  const w = wallClock(now, country(code).timeZone);
  return formatPeriod(w.year, w.month);
}

/**
 * The deadline of a report: the first instant after the 10th day of the next month ends in the
 * country's zone. A submission strictly before it is on time.
 */
export function dueAt(code: CountryCode, period: Period): Date {
  const next = parsePeriod(addMonths(period, 1));
  return zonedMidnight(next.year, next.month, DUE_DAY + 1, country(code).timeZone);
}

/**
 * The last day to submit a month's report, `YYYY-MM-DD` as the country's own calendar reads it:
 * day `DUE_DAY` of the next month (DESIGN.md 2). It is the same date in every zone; `dueAt` is
 * the instant that day ends, which differs by zone.
 */
export function dueDate(period: Period): string {
  return `${addMonths(period, 1)}-${String(DUE_DAY).padStart(2, '0')}`;
}

/** The current month as the region counts it: the latest any country may report (zones differ by up to 1.5 h). */
export function latestPeriod(now: Date): Period {
  return COUNTRY_CODES.map((c) => currentPeriod(c, now))
    .sort()
    .at(-1)!;
}

/**
 * The last month whose reports are due everywhere: its deadline has passed in every country's
 * zone. On 29 November that is October (due by 10 November); on 5 November, September.
 */
export function lastDuePeriod(now: Date): Period {
  return COUNTRY_CODES.map((c) => lastDuePeriodIn(c, now)).sort()[0]!;
}

/**
 * The last month whose report is due in one country at `now`: its deadline has passed in that
 * country's zone (`lastDuePeriod` is the same for every country at once).
 */
export function lastDuePeriodIn(code: CountryCode, now: Date): Period {
  let period = currentPeriod(code, now);
  while (!isDue(code, period, now)) period = addMonths(period, -1);
  return period;
}

/**
 * Why a period cannot bound a range of the region's months (a list's or a view's `from`/`to`), as
 * the field error at `path`, or null: before 2015-01, or after the current month of every country.
 */
export function boundError(path: string, period: Period, now: Date): FieldError | null {
  if (period < FIRST_PERIOD) return fieldError(path, 'period-too-early', { first: FIRST_PERIOD });
  const current = latestPeriod(now);
  if (period > current) return fieldError(path, 'period-in-future', { current });
  return null;
}

/** A month's report is not due yet in a country: its deadline is still ahead, so missing it is no failing. */
export function isDue(code: CountryCode, period: Period, now: Date): boolean {
  return dueAt(code, period).getTime() <= now.getTime();
}

export type Timeliness = 'on-time' | 'late';

export function timeliness(code: CountryCode, period: Period, submittedAt: Date): Timeliness {
  return submittedAt.getTime() < dueAt(code, period).getTime() ? 'on-time' : 'late';
}

/**
 * Why a period cannot be reported for a country now, as the field error at `path`, or null when
 * it can: not a month, before 2015-01, or after the country's current month (DESIGN.md 2).
 */
export function periodError(path: string, code: CountryCode, period: string, now: Date = new Date()): FieldError | null {
  if (!isPeriodFormat(period)) return fieldError(path, 'not-a-period', { got: period });
  if (period < FIRST_PERIOD) return fieldError(path, 'period-too-early', { first: FIRST_PERIOD });
  const current = currentPeriod(code, now);
  if (period > current) return fieldError(path, 'period-in-future', { current, country: code });
  return null;
}
