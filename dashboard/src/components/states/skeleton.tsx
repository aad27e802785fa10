import { useTranslation } from 'react-i18next';

/** Grey blocks where content will be, so the page does not jump when it arrives; announced once. */
export function Skeleton({ lines = 3, className = '' }: { lines?: number; className?: string }) {
  const { t } = useTranslation();
  return (
    <div className={`skeleton ${className}`} role="status" aria-live="polite">
      <span className="visually-hidden">{t('state.loading')}</span>
      {Array.from({ length: lines }, (_, n) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholder lines have no identity
        <div key={n} className="skeleton-line" aria-hidden="true" />
      ))}
    </div>
  );
}
