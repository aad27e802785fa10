import type { CompletenessResponse } from '@etip/core/dashboard';
import { formatNumber, formatPeriod } from '../../lib/format';
import type { Translate } from '../../lib/i18n/translate';
import { absoluteDeadline, type Deadline, nextDeadline, relativeDeadline } from './deadline';
import { ratesText, regionRates } from './rates';

export interface RatesRow {
  readonly key: string;
  /** As the page shows them: the country, its rates and counts. */
  readonly cells: readonly string[];
  /** The next deadline, said relatively and on the country's clock; none for the region's row. */
  readonly deadline: { readonly relative: string; readonly absolute: string; readonly month: string; readonly deadline: Deadline } | null;
  /** The row as the CSV gives it: plain numbers, the deadline relatively, then absolutely. */
  readonly csv: readonly string[];
}

export interface RatesTable {
  readonly columns: readonly string[];
  readonly csvColumns: readonly string[];
  readonly rows: readonly RatesRow[];
}

/**
 * Each country's reporting rates as the API counted them, the region's added up from them, and
 * each country's next deadline at `now` in its own zone: one model for the table and its CSV.
 */
export function ratesTable(response: CompletenessResponse, now: Date, locale: string, t: Translate): RatesTable {
  const n = (value: number) => formatNumber(value, locale);
  const line = (key: string, name: string, summary: (typeof response.rows)[number]['summary'], deadline: Deadline | null): RatesRow => {
    const text = ratesText(summary, locale, t);
    const counts = [summary.due, summary.reported, summary.late, summary.missing];
    const said = deadline && {
      relative: relativeDeadline(deadline, now, locale, t),
      absolute: absoluteDeadline(deadline, locale),
      month: formatPeriod(deadline.period, locale),
      deadline,
    };
    return {
      key,
      cells: [name, text.completeness, text.timeliness, ...counts.map(n)],
      deadline: said,
      csv: [name, text.csv.completeness, text.csv.timeliness, ...counts.map(String), said?.month ?? '', said?.relative ?? '', said?.absolute ?? ''],
    };
  };
  const rows = response.rows.map((row) => line(row.country, t(`country.${row.country}`), row.summary, nextDeadline(row.country, row.months, now)));
  if (response.rows.length > 1) rows.push(line('region', t('completeness.rates.region'), regionRates(response.rows.map((r) => r.summary)), null));
  const columns = [
    t('completeness.country'),
    t('completeness.rates.completeness'),
    t('completeness.rates.timeliness'),
    t('completeness.rates.due'),
    t('completeness.rates.reported'),
    t('completeness.rates.late'),
    t('completeness.rates.missing'),
  ];
  return {
    columns: [...columns, t('completeness.deadline.title')],
    csvColumns: [...columns, t('completeness.deadline.month'), t('completeness.deadline.title'), t('completeness.deadline.localTime')],
    rows,
  };
}
