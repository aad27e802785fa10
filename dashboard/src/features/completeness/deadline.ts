import type { CompletenessMonth } from '@etip/core/dashboard';
import { addMonths, type CountryCode, country, dueAt, dueDate, lastDuePeriodIn, type Period } from '@etip/core/framework';
import { formatDateTime, formatNumber } from '../../lib/format';
import type { Translate } from '../../lib/i18n/translate';
import { isUndelivered } from './cell-status';

/*
 * Each country's next deadline, in its own zone. The rule (the 10th of the next month, to the
 * end of that day in the country's zone) is core's calendar: `dueAt` and `dueDate`. This module
 * only chooses which deadline to show and says it in the reader's language.
 */

export interface Deadline {
  readonly country: CountryCode;
  /** The month whose report it is. */
  readonly period: Period;
  /** The instant the deadline passes (core's `dueAt`). */
  readonly dueAt: Date;
  /** The last day to submit, `YYYY-MM-DD` on the country's calendar (core's `dueDate`). */
  readonly due: string;
  /** Passed, and the report is not in. */
  readonly overdue: boolean;
}

const deadlineOf = (code: CountryCode, period: Period, overdue: boolean): Deadline => ({
  country: code,
  period,
  dueAt: dueAt(code, period),
  due: dueDate(period),
  overdue,
});

/**
 * The deadline a country office should be looking at, at `now`: the last one that passed when
 * its report is still not in ("3 days overdue"); otherwise the next one whose report is not in
 * yet (a month submitted early is skipped). `months` are the country's months from the
 * completeness response: a month outside them (a range in the past) is taken as not in.
 */
export function nextDeadline(code: CountryCode, months: readonly CompletenessMonth[], now: Date): Deadline {
  const byPeriod = new Map(months.map((m) => [m.period, m]));
  const last = lastDuePeriodIn(code, now);
  const lastMonth = byPeriod.get(last);
  if (lastMonth && isUndelivered(lastMonth)) return deadlineOf(code, last, true);
  let period = addMonths(last, 1);
  while (byPeriod.get(period)?.timeliness) period = addMonths(period, 1);
  return deadlineOf(code, period, false);
}

// One formatter per zone: building one costs far more than using it.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date on the calendar of `timeZone`, `YYYY-MM-DD`. */
export function zonedDate(now: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA writes ISO dates, whatever the reader's language.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/**
 * Days from today to the last day to submit, both on the country's calendar: 0 on the day itself
 * (due today, until midnight there), 1 the day before, −3 three days after it ended. Counted in
 * calendar days, not 24-hour spans, so "due today" in Yangon means today in Yangon.
 */
export function daysToDeadline(deadline: Deadline, now: Date): number {
  return dayNumber(deadline.due) - dayNumber(zonedDate(now, country(deadline.country).timeZone));
}

/**
 * Whether this browser's Intl has the locale's words for relative days and day counts. Desktop
 * Chromium ships without Khmer, Lao and Burmese data and would answer "in 2 days" in English in
 * the middle of a Khmer sentence; the catalogue's own phrases stand in there.
 */
export function intlSaysDays(locale: string): boolean {
  return Intl.RelativeTimeFormat.supportedLocalesOf(locale).length > 0 && Intl.NumberFormat.supportedLocalesOf(locale).length > 0;
}

/**
 * `days` to a deadline (negative: past it) in the reader's language: "due in 2 days", "due
 * tomorrow", "due today" by Intl.RelativeTimeFormat, "3 days overdue" with the count by
 * Intl.NumberFormat's day unit (which knows each language's plural); by the catalogue's phrases
 * where this browser's Intl does not speak the language.
 */
export function sayDays(days: number, locale: string, t: Translate, withIntl = intlSaysDays(locale)): string {
  if (!withIntl) {
    const count = formatNumber(Math.abs(days), locale);
    if (days < 0) return t('completeness.deadline.overdueDays', { days: count });
    if (days === 0) return t('completeness.deadline.dueToday');
    if (days === 1) return t('completeness.deadline.dueTomorrow');
    return t('completeness.deadline.dueInDays', { days: count });
  }
  if (days < 0) {
    const count = new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(-days);
    return t('completeness.deadline.overdue', { days: count });
  }
  return t('completeness.deadline.due', { when: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day') });
}

/** The deadline said relatively, counted in days on the country's calendar (`daysToDeadline`). */
export function relativeDeadline(deadline: Deadline, now: Date, locale: string, t: Translate): string {
  return sayDays(daysToDeadline(deadline, now), locale, t);
}

/**
 * The deadline as a date and time on the country's clock: the last minute of the last day, with
 * the zone's offset, e.g. "10 Jul 2026, 23:59 GMT+6:30" for Yangon.
 */
export function absoluteDeadline(deadline: Deadline, locale: string): string {
  return formatDateTime(new Date(deadline.dueAt.getTime() - 60_000), country(deadline.country).timeZone, locale);
}
