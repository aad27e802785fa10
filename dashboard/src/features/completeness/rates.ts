import type { ReportingRates } from '@etip/core/dashboard';
import { percentOf } from '@etip/core/framework';
import { formatPercent } from '../../lib/format';
import type { Translate } from '../../lib/i18n/translate';

/**
 * The region's reporting rates: the countries' months added up, then divided, as core counts a
 * country's (`reportingRates`) — never a mean of the countries' percentages, which would weigh a
 * country with two months due like one with twelve.
 */
export function regionRates(countries: readonly ReportingRates[]): ReportingRates {
  const sum = (key: 'due' | 'reported' | 'onTime' | 'late' | 'missing') => countries.reduce((total, c) => total + c[key], 0);
  const due = sum('due');
  const reported = sum('reported');
  const onTime = sum('onTime');
  return { due, reported, onTime, late: sum('late'), missing: sum('missing'), completeness: percentOf(reported, due), timeliness: percentOf(onTime, reported) };
}

export interface RatesText {
  /** Share of the months due that came in: "83.3%", or "nothing due yet". */
  readonly completeness: string;
  /** Share of those that came in by the deadline: "60%", or "nothing submitted". */
  readonly timeliness: string;
  /** The same for a CSV: plain numbers a spreadsheet reads, the same words where there is no rate. */
  readonly csv: { readonly completeness: string; readonly timeliness: string };
}

/** A country's (or the region's) rates as the page, the table and the CSV write them. */
export function ratesText(rates: ReportingRates, locale: string, t: Translate): RatesText {
  const noneDue = t('completeness.rates.noneDue');
  const noneIn = t('completeness.rates.noneReported');
  return {
    completeness: rates.completeness === null ? noneDue : formatPercent(rates.completeness, locale),
    timeliness: rates.timeliness === null ? noneIn : formatPercent(rates.timeliness, locale),
    csv: {
      completeness: rates.completeness === null ? noneDue : String(rates.completeness),
      timeliness: rates.timeliness === null ? noneIn : String(rates.timeliness),
    },
  };
}
