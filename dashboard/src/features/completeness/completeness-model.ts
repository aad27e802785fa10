import type { CompletenessResponse } from '@etip/core/dashboard';
import type { CountryCode, Period } from '@etip/core/framework';
import type { TableModel } from '../../components/chart/table-model';
import { formatDay, formatPeriod } from '../../lib/format';
import type { Translate } from '../../lib/i18n/translate';
import { type CellStatus, cellStatusOf, isUndelivered, statusLabelKey } from './cell-status';
import { ratesText } from './rates';

/** One month of one country, placed on the heat map: `x` the month's column, `y` the country's row. */
export interface HeatCell {
  readonly x: number;
  readonly y: number;
  readonly status: CellStatus;
  /** What the cell says when pointed at: the country, the month and its state in words. */
  readonly tooltip: string;
}

export interface CompletenessModel {
  /** Rows, top to bottom. */
  readonly countries: readonly CountryCode[];
  /** Columns, left to right. */
  readonly periods: readonly Period[];
  readonly xLabels: readonly string[];
  readonly yLabels: readonly string[];
  readonly cells: readonly HeatCell[];
  /** The same months as words, with each country's rates, for the table and the CSV. */
  readonly table: TableModel;
  /** Every text the canvas may draw, for loading the fonts that cover them first. */
  readonly texts: readonly string[];
}

/**
 * The completeness response as the heat map draws it and as its table and CSV list it, in the
 * same words: one row per country, one column per month, then the country's rates as the API
 * counted them. A month not due says when it will be; a draft past its deadline says it is overdue.
 */
export function completenessModel(response: CompletenessResponse, locale: string, t: Translate): CompletenessModel {
  const periods = response.rows[0]?.months.map((m) => m.period) ?? [];
  const xLabels = periods.map((p) => formatPeriod(p, locale));
  const countries = response.rows.map((r) => r.country);
  const yLabels = countries.map((c) => t(`country.${c}`));
  const cells: HeatCell[] = [];
  const rows: { key: string; cells: string[]; csv: string[] }[] = [];
  response.rows.forEach((row, y) => {
    const words: string[] = [];
    row.months.forEach((month, x) => {
      const status = cellStatusOf(month);
      const lines = [`${yLabels[y]}, ${xLabels[x]}`, t(statusLabelKey(status))];
      if (status === 'draft' && isUndelivered(month)) lines.push(t('completeness.overdueDraft'));
      if (month.due) lines.push(t('completeness.dueOn', { date: formatDay(month.due, locale) }));
      const word = status === 'draft' && isUndelivered(month) ? `${t(statusLabelKey(status))} (${t('completeness.overdueShort')})` : t(statusLabelKey(status));
      cells.push({ x, y, status, tooltip: lines.join('\n') });
      words.push(word);
    });
    const rates = ratesText(row.summary, locale, t);
    rows.push({
      key: row.country,
      cells: [yLabels[y]!, ...words, rates.completeness, rates.timeliness],
      csv: [yLabels[y]!, ...words, rates.csv.completeness, rates.csv.timeliness],
    });
  });
  const columns = [t('completeness.country'), ...xLabels, t('completeness.rates.completeness'), t('completeness.rates.timeliness')];
  return {
    countries,
    periods,
    xLabels,
    yLabels,
    cells,
    table: { columns, rows },
    texts: [...xLabels, ...yLabels, ...cells.map((c) => c.tooltip)],
  };
}

/** Nothing to draw: no country or no month in the answer. */
export function isEmptyCompleteness(response: CompletenessResponse): boolean {
  return response.rows.length === 0 || response.rows.every((r) => r.months.length === 0);
}
