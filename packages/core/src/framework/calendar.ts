import { country, type CountryCode } from './countries';

/** A reporting month, `YYYY-MM`. */
export type Period = string;

export const FIRST_PERIOD: Period = '2015-01';
/** A report is due by the end of this day of the following month, in the country's zone. */
export const DUE_DAY = 10;

const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

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

export type Timeliness = 'on-time' | 'late';

export function timeliness(code: CountryCode, period: Period, submittedAt: Date): Timeliness {
  return submittedAt.getTime() < dueAt(code, period).getTime() ? 'on-time' : 'late';
}

/** Why a period cannot be reported for a country now, or null when it can. */
export function periodProblem(code: CountryCode, period: string, now: Date = new Date()): string | null {
  if (!isPeriodFormat(period)) return `period must be a month written YYYY-MM, got '${period}'`;
  if (period < FIRST_PERIOD) return `period must be ${FIRST_PERIOD} or later`;
  const current = currentPeriod(code, now);
  if (period > current) return `period ${period} is in the future (the current month in ${code} is ${current})`;
  return null;
}
