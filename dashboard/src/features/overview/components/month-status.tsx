import type { MonthCounts } from '@etip/core/dashboard';
import { formatNumber } from '../../../lib/format';
import type { Translate } from '../../../lib/i18n/translate';
import { useLanguage } from '../../../lib/i18n/use-language';
import { SHOWN_MONTH_STATUSES } from '../overview-model';

/** A column's months as the matrix writes them: each shown status with its count, and the words for screen readers. */
export interface MonthStatusText {
  readonly counts: readonly { status: (typeof SHOWN_MONTH_STATUSES)[number]; count: string }[];
  readonly words: string;
}

/** Written once per column, not once per cell: every cell of a column has the same months. */
export function monthStatusText(months: MonthCounts, locale: string, t: Translate): MonthStatusText {
  const counts = SHOWN_MONTH_STATUSES.filter((s) => months[s] > 0).map((status) => ({ status, count: formatNumber(months[status], locale) }));
  return { counts, words: counts.map(({ status, count }) => `${count} ${t(`month.${status}`)}`).join(', ') };
}

/**
 * The months behind a figure, as counts with a shape per status (filled, hollow, diamond,
 * dashed: not colour alone) and the words for screen readers, so "behind target" and "not
 * reported yet" read differently.
 */
export function MonthStatus({ text }: { text: MonthStatusText }) {
  return (
    <span className="month-status" title={text.words}>
      {text.counts.map(({ status, count }) => (
        <span key={status} className={`month month-${status}`} aria-hidden="true">
          {count}
        </span>
      ))}
      <span className="visually-hidden">{text.words}</span>
    </span>
  );
}

/** The key to the shapes, once above the matrix. */
export function MonthStatusLegend() {
  const { t } = useLanguage();
  return (
    <ul className="legend month-legend">
      {SHOWN_MONTH_STATUSES.map((s) => (
        <li key={s}>
          <span className={`month month-${s}`} aria-hidden="true" />
          {t(`month.${s}`)}
        </li>
      ))}
    </ul>
  );
}
