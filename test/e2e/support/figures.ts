import type { Coverage, ProtectedValue } from '@etip/core/dashboard';
import { findIndicator, INDICATORS } from '@etip/core/framework';

/** The survivor counts of DESIGN.md 5.4, from core's framework. */
export const SENSITIVE_INDICATORS = INDICATORS.filter((i) => i.sensitive).map((i) => i.code);

/** The English words for figures that are not numbers (dashboard/src/locales/en.json). */
export const EN = {
  notReported: 'not reported',
  notDue: 'not due yet',
  noPercent: 'no percentage',
  /** A withheld figure of one country-month table. */
  withheld: '<10',
  /** A withheld percentage, or a withheld sum of several months or countries. */
  withheldPercent: 'withheld',
  /** Said beside a withheld sum, where "<10" would claim a size the sum need not have. */
  withheldSumReason: 'includes figures withheld to protect survivors',
  /** The column of what a regional figure is made of. */
  reported: 'Reported',
} as const;

/** How an English page says what a regional month is made of (the API's `countries`): "4 of 6 countries reported · 2 not due yet". */
export function englishCoverage(coverage: Coverage, unit: 'countries' | 'months' = 'countries'): string {
  const reported = `${coverage.reported} of ${coverage.of} ${unit} reported`;
  return coverage.notDue > 0 ? `${reported} · ${coverage.notDue} not due yet` : reported;
}

/** A text with every "4 of 6 countries reported" left out: counts of reports, not of survivors. */
export const withoutCoverage = (text: string): string => text.replace(/\d+ of \d+ (countries|months) reported( · \d+ not due yet)?/g, '');

/** Whether a written figure is a withheld one: "<10" for a count of one month, the word for a percentage, a sum or an achievement. */
export const isWithheldText = (text: string | undefined): boolean => text === EN.withheld || text === EN.withheldPercent;

/**
 * How an English page (en-GB) writes one figure of the API, worked out here from DESIGN.md 5.1
 * and 5.4 rather than with the dashboard's formatter: a count by Intl, `null` as "not reported",
 * a withheld value as "<10" when it is one country's month (`tables`, the country-months it is
 * made of, is 1), else the word "withheld" (a sum over months or countries, or a percentage:
 * `indicator` a ratio), a ratio as its percentage and its two counts.
 */
export function englishFigure(value: ProtectedValue, indicator?: string, tables = 1): string {
  if (value === null) return EN.notReported;
  if (typeof value === 'number') return new Intl.NumberFormat('en-GB').format(value);
  if ('suppressed' in value) return tables > 1 || (indicator && findIndicator(indicator)?.aggregation === 'ratio') ? EN.withheldPercent : EN.withheld;
  const percent =
    value.value === null ? EN.noPercent : new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(value.value / 100);
  return `${percent} (${value.numerator}/${value.denominator})`;
}

/** The whole numbers written in a text ("1,234" is one), for finding a small count where none may be. */
export function wholeNumbersIn(text: string): number[] {
  return [...text.matchAll(/\d[\d,]*(\.\d+)?/g)].map((m) => Number(m[0].replaceAll(',', ''))).filter((n) => Number.isInteger(n));
}

/** A count from 1 to 9: what a viewer must never see of a survivor figure. */
export const isSmallCount = (n: number): boolean => n >= 1 && n <= 9;
