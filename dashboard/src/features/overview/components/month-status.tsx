import type { MonthCounts } from '@etip/core/dashboard';
import { formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n/use-language';
import { SHOWN_MONTH_STATUSES } from '../overview-model';

/**
 * The months behind a figure, as counts with a shape per status (filled, hollow, diamond,
 * dashed: not colour alone) and the words for screen readers, so "behind target" and "not
 * reported yet" read differently.
 */
export function MonthStatus({ months }: { months: MonthCounts }) {
  const { t, locale } = useLanguage();
  const shown = SHOWN_MONTH_STATUSES.filter((s) => months[s] > 0);
  const words = shown.map((s) => `${formatNumber(months[s], locale)} ${t(`month.${s}`)}`).join(', ');
  return (
    <span className="month-status" title={words}>
      {shown.map((s) => (
        <span key={s} className={`month month-${s}`} aria-hidden="true">
          {formatNumber(months[s], locale)}
        </span>
      ))}
      <span className="visually-hidden">{words}</span>
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
