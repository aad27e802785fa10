import { useTranslation } from 'react-i18next';

/** Names the address's parameters a view dropped as invalid (the others still apply); nothing when none were. */
export function RejectedNotice({ rejected }: { rejected: readonly string[] }) {
  const { t } = useTranslation();
  if (rejected.length === 0) return null;
  return (
    <p className="notice" role="status">
      {t('filters.rejected', { params: rejected.join(', ') })}
    </p>
  );
}
