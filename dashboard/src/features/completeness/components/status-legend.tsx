import { useLanguage } from '../../../lib/i18n/use-language';
import { CELL_STATUSES, type CellStatus, STATUS_STYLES, statusLabelKey } from '../cell-status';

/** A state's fill and mark as a small inline SVG, drawn from the same definitions as the heat map's cells. */
export function StatusSwatch({ status }: { status: CellStatus }) {
  const { fill, ink, symbol } = STATUS_STYLES[status];
  return (
    <svg className="status-swatch" width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect width="24" height="24" rx="3" fill={fill} stroke="#9aa0a6" strokeWidth={status === 'not-due' ? 1 : 0} />
      {symbol && <path d={symbol} fill={ink} transform="translate(4 4) scale(0.667)" />}
    </svg>
  );
}

/** The key to the heat map: each state's colour and mark, and its name. */
export function StatusLegend() {
  const { t } = useLanguage();
  return (
    <ul className="legend status-legend" aria-label={t('completeness.legend')}>
      {CELL_STATUSES.map((status) => (
        <li key={status}>
          <StatusSwatch status={status} />
          {t(statusLabelKey(status))}
        </li>
      ))}
    </ul>
  );
}
