import { useTranslation } from 'react-i18next';

/** Said when a view has nothing to show for its filters: never a blank chart or a row of zeros. */
export function EmptyState({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <div className="empty-state" role="status">
      <p>{message ?? t('state.empty')}</p>
      <p className="hint">{t('state.emptyHint')}</p>
    </div>
  );
}
