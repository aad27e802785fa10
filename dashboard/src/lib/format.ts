import type { Achievement, ProtectedValue } from '@etip/core/dashboard';
import { isSuppressed, SUPPRESSION_THRESHOLD } from '@etip/core/protection';
import type { Translate } from './i18n/translate';

/**
 * How each figure of DESIGN.md 5.1 is written for a reader: numbers by Intl in the reader's
 * locale, a withheld value as "<10" or "withheld" (`isSumOfTables`; never 0, never blank), a value not reported as the words
 * "not reported" (never 0). One module, so chart labels, tooltips, tables and CSV agree.
 */

/** What a figure is, before it is written: the cases every view must tell apart. */
export type Figure =
  | { kind: 'count'; value: number }
  | { kind: 'ratio'; percent: number | null; numerator: number; denominator: number }
  /**
   * Withheld (DESIGN.md 5.4): "<10" for a count of one country-month table; the word for a
   * percentage, whose "<10" would read as "under 10 %", and for a `sum` of several tables (`tablesOf`).
   */
  | { kind: 'suppressed'; percent?: true; sum?: true }
  | { kind: 'not-reported' }
  /** No value yet and its deadline still ahead (the API's `notDue`, core's calendar): not missing either. */
  | { kind: 'not-due' };

/**
 * Whether a withheld figure made of `tables` country-month tables (its reported months, over
 * every country it adds up) is marked as a sum — "withheld", "includes figures withheld to protect
 * survivors" — rather than "<10". The one rule for every view.
 *
 * Within one country-month table a figure withheld as a complement must look exactly like a
 * withheld 1–9, or the reader would know it is 10 or more: those stay "<10". A figure made of
 * several tables (a range's months, the region's countries) is withheld only because one of
 * them is (DESIGN.md 5.4), and which ones are the reader already sees, month by month and country
 * by country; how many tables a figure is made of is shown beside it ("2 of 3 months reported").
 * Its mark depends on nothing else, so it tells nothing of any value; "<10" there would claim a
 * size the sum need not have (a region "<10" against a target of 1,128).
 */
export const isSumOfTables = (tables: number): boolean => tables > 1;

/** What the API says of a value beyond the value itself, for `figureOf`. */
export interface FigureOptions {
  /** A ratio's percentage. */
  readonly percent?: boolean;
  /** No value and the API says it is not due yet. */
  readonly notDue?: boolean;
  /** How many country-month tables the value is made of (`isSumOfTables`); 1, a month of a country, unless said. */
  readonly tables?: number;
}

/** A value of the API as a figure. */
export function figureOf(value: ProtectedValue, { percent = false, notDue = false, tables = 1 }: FigureOptions = {}): Figure {
  if (value === null) return notDue ? { kind: 'not-due' } : { kind: 'not-reported' };
  if (isSuppressed(value)) return { kind: 'suppressed', ...(percent ? { percent: true } : {}), ...(isSumOfTables(tables) ? { sum: true } : {}) };
  if (typeof value === 'number') return { kind: 'count', value };
  return { kind: 'ratio', percent: value.value, numerator: value.numerator, denominator: value.denominator };
}

/** The words a formatter needs from the catalogue. */
export interface FigureWords {
  notReported: string;
  /** "not due yet", as completeness says it. */
  notDue: string;
  /** "no percentage" for a ratio of nobody (denominator 0). */
  noPercent: string;
  /** "withheld": a withheld percentage, achievement or sum of several tables, where "<10" would read as a quantity. */
  withheld: string;
}

/** The figure words from the catalogue, as every view writes them (`useLanguage`). */
export const figureWords = (t: Translate): FigureWords => ({
  notReported: t('value.notReported'),
  notDue: t('month.notDue'),
  noPercent: t('value.noPercent'),
  withheld: t('value.withheld'),
});

// Intl formatters are costly to make (locale data is resolved each time) and the overview writes
// hundreds of figures on its first render: each is made once per locale and kept.
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let format = formats.get(key) as F | undefined;
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}
const numberFormat = (locale: string, fractionDigits: number) =>
  cached(`number|${locale}|${fractionDigits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }));

/** A number in the locale's own digits and separators, at most `fractionDigits` decimals. */
export const formatNumber = (value: number, locale: string, fractionDigits = 0): string => numberFormat(locale, fractionDigits).format(value);

/** A percentage given as 0–100 with one decimal (the API's shape), e.g. `82.5%`, `82,5 %`. */
export function formatPercent(percent: number, locale: string): string {
  return cached(`percent|${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })).format(percent / 100);
}

/**
 * "<10", the mark of DESIGN.md 5.4, written the same in every language (Western digits even
 * among Burmese ones): it is a fixed sign that the notes explain and that a reader finds again
 * in a CSV or a copied table, not a quantity to read.
 */
export const suppressedText = (): string => `<${SUPPRESSION_THRESHOLD}`;

/** A withheld figure as written everywhere: "<10" for a count of one table, the word for a percentage or a sum. */
const withheldText = (figure: { percent?: true; sum?: true }, words: FigureWords): string => (figure.percent || figure.sum ? words.withheld : suppressedText());

/** A figure as a reader sees it in a table, a label or a tooltip. */
export function formatFigure(figure: Figure, locale: string, words: FigureWords): string {
  switch (figure.kind) {
    case 'not-reported':
      return words.notReported;
    case 'not-due':
      return words.notDue;
    case 'suppressed':
      return withheldText(figure, words);
    case 'count':
      return formatNumber(figure.value, locale);
    case 'ratio': {
      const parts = `${formatNumber(figure.numerator, locale)}/${formatNumber(figure.denominator, locale)}`;
      return `${figure.percent === null ? words.noPercent : formatPercent(figure.percent, locale)} (${parts})`;
    }
  }
}

/** An achievement as written: a percentage, "withheld" when withheld with its actual, or nothing to assess. */
export function formatAchievement(achievement: Achievement, locale: string, none: string, withheld: string): string {
  if (achievement === null) return none;
  if (isSuppressed(achievement)) return withheld;
  return formatPercent(achievement, locale);
}

/**
 * A figure as CSV writes it: plain digits with no grouping (a spreadsheet reads them as
 * numbers), but "<10", "withheld" and "not reported" in words exactly as the table shows them, never 0 or
 * blank, so a copied sheet cannot turn a withheld value into a zero.
 */
export function csvFigure(figure: Figure, words: FigureWords): string {
  switch (figure.kind) {
    case 'not-reported':
      return words.notReported;
    case 'not-due':
      return words.notDue;
    case 'suppressed':
      return withheldText(figure, words);
    case 'count':
      return String(figure.value);
    case 'ratio':
      return figure.percent === null ? words.noPercent : String(figure.percent);
  }
}

/**
 * The words of dates in a language's catalogue (`date.*`): its month names and where day, month
 * and year go. Used where this browser's Intl does not know the language: Debian's Chromium
 * ships no date data for Khmer, Lao or Burmese and wrote their months in English.
 */
export interface DateWords {
  /** Month names by number, `01` to `12`, as a date writes them. */
  readonly month: Readonly<Record<string, string>>;
  /** e.g. `{{month}} {{year}}`, `{{year}} {{month}}`. */
  readonly monthYear: string;
  readonly dayMonthYear: string;
  /** A date with a time: `{{date}}, {{time}}`. */
  readonly dateTime: string;
}

const dateWordsByLocale = new Map<string, DateWords>();

/** Keeps a language's date words (from its catalogue, as it loads) for the formatters below. */
export function learnDateWords(locale: string, words: DateWords): void {
  dateWordsByLocale.set(locale, words);
}

/** Whether this browser's Intl writes dates in `locale` (its own month names), rather than falling back to English. */
export const intlKnowsDates = (locale: string): boolean => Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0;

/** The catalogue's date words where Intl does not know the locale; null where Intl writes its dates. */
export const ownDateWords = (locale: string): DateWords | null => (intlKnowsDates(locale) ? null : (dateWordsByLocale.get(locale) ?? null));

const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached(`date|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

const fill = (pattern: string, values: Record<string, string>) => pattern.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

/**
 * An instant's calendar date in `timeZone`, and its time when `withTime`: by Intl where it knows
 * the locale, else with the catalogue's month names and order, the digits still as Intl writes
 * numbers for the locale (so a date's digits match the page's other figures).
 */
function writeDate(instant: Date, locale: string, timeZone: string, parts: { day: boolean; time: boolean }, own: DateWords | null): string {
  const time = parts.time ? ({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' } as const) : {};
  if (!own) return dateFormat(locale, { timeZone, year: 'numeric', month: 'short', ...(parts.day ? { day: 'numeric' } : {}), ...time }).format(instant);
  const month = dateFormat('en-GB', { timeZone, month: '2-digit' }).format(instant);
  const numbers = dateFormat(locale, { timeZone, year: 'numeric', day: 'numeric' }).formatToParts(instant);
  const part = (type: string) => numbers.find((p) => p.type === type)?.value ?? '';
  const values = { day: part('day'), month: own.month[month] ?? month, year: part('year') };
  const date = fill(parts.day ? own.dayMonthYear : own.monthYear, values);
  return parts.time ? fill(own.dateTime, { date, time: dateFormat(locale, { timeZone, ...time }).format(instant) }) : date;
}

/** A month `YYYY-MM` as the language names it: `Mar 2026`, `2026年3月`, `មីនា 2026`. */
export function formatPeriod(period: string, locale: string, own = ownDateWords(locale)): string {
  const [year, month] = period.split('-').map(Number);
  return writeDate(new Date(Date.UTC(year!, month! - 1, 1)), locale, 'UTC', { day: false, time: false }, own);
}

/** A calendar day `YYYY-MM-DD` as the language writes it (no zone shifts it): `10 Jul 2026`. */
export function formatDay(isoDate: string, locale: string, own = ownDateWords(locale)): string {
  return writeDate(new Date(`${isoDate}T00:00:00Z`), locale, 'UTC', { day: true, time: false }, own);
}

/** An instant as a date and time on the clock of `timeZone`, with the zone's offset: `10 Jul 2026, 23:59 GMT+6:30`. */
export function formatDateTime(instant: Date, timeZone: string, locale: string, own = ownDateWords(locale)): string {
  return writeDate(instant, locale, timeZone, { day: true, time: true }, own);
}
