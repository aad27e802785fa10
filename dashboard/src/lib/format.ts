import type { Achievement, ProtectedValue } from '@etip/core/dashboard';
import { isSuppressed, SUPPRESSION_THRESHOLD } from '@etip/core/protection';

/**
 * How each figure of DESIGN.md 5.1 is written for a reader: numbers by Intl in the reader's
 * locale, a withheld value as "<10" (never 0, never blank), a value not reported as the words
 * "not reported" (never 0). One module, so chart labels, tooltips, tables and CSV agree.
 */

/** What a figure is, before it is written: the cases every view must tell apart. */
export type Figure =
  | { kind: 'count'; value: number }
  | { kind: 'ratio'; percent: number | null; numerator: number; denominator: number }
  /** Withheld (DESIGN.md 5.4): "<10" for a count; for a percentage, whose "<10" would read as "under 10 %", the word. */
  | { kind: 'suppressed'; percent?: true }
  | { kind: 'not-reported' };

export function figureOf(value: ProtectedValue, percent = false): Figure {
  if (value === null) return { kind: 'not-reported' };
  if (isSuppressed(value)) return percent ? { kind: 'suppressed', percent: true } : { kind: 'suppressed' };
  if (typeof value === 'number') return { kind: 'count', value };
  return { kind: 'ratio', percent: value.value, numerator: value.numerator, denominator: value.denominator };
}

/** The words a formatter needs from the catalogue. */
export interface FigureWords {
  notReported: string;
  /** "no percentage" for a ratio of nobody (denominator 0). */
  noPercent: string;
  /** "withheld": a withheld percentage or achievement, where "<10" would read as a quantity. */
  withheld: string;
}

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

/** A withheld figure as written everywhere: "<10" for a count, the word for a percentage. */
const withheldText = (figure: { percent?: true }, words: FigureWords): string => (figure.percent ? words.withheld : suppressedText());

/** A figure as a reader sees it in a table, a label or a tooltip. */
export function formatFigure(figure: Figure, locale: string, words: FigureWords): string {
  switch (figure.kind) {
    case 'not-reported':
      return words.notReported;
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
 * numbers), but "<10" and "not reported" in words exactly as the table shows them, never 0 or
 * blank, so a copied sheet cannot turn a withheld value into a zero.
 */
export function csvFigure(figure: Figure, words: FigureWords): string {
  switch (figure.kind) {
    case 'not-reported':
      return words.notReported;
    case 'suppressed':
      return withheldText(figure, words);
    case 'count':
      return String(figure.value);
    case 'ratio':
      return figure.percent === null ? words.noPercent : String(figure.percent);
  }
}

/** A month `YYYY-MM` as the locale names it: `Mar 2026`, `2026年3月`. */
export function formatPeriod(period: string, locale: string): string {
  const [year, month] = period.split('-').map(Number);
  const format = cached(`period|${locale}`, () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }));
  return format.format(new Date(Date.UTC(year!, month! - 1, 1)));
}
