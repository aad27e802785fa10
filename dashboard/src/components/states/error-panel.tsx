import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/api/describe-error';
import { useAuth } from '../../lib/auth/auth-context';

/** What went wrong, in the reader's language, with a retry (or sign-in) and the reference to quote. */
export function ErrorPanel({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const { auth } = useAuth();
  const description = describeError(error, t);
  return (
    <div className="error-panel" role="alert">
      <h3>{t('state.errorTitle')}</h3>
      <p>{description.message}</p>
      {description.details.length > 0 && (
        <ul>
          {description.details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {description.correlationId && <p className="correlation-id">{t('state.correlationId', { id: description.correlationId })}</p>}
      {description.signIn ? (
        <button type="button" onClick={() => void auth.signOut()}>
          {t('state.signInAgain')}
        </button>
      ) : (
        <button type="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}
