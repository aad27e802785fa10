import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/api/describe-error';
import { useAuth } from '../../lib/auth/auth-context';
import { useUrlState } from '../../lib/use-url-state';

/**
 * What went wrong, in the reader's language, with the reference to quote and one way on: sign
 * in again, mend the period the address asked for (a retry would send the same refused
 * request), or retry.
 */
export function ErrorPanel({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const { auth } = useAuth();
  const { setUrlState } = useUrlState();
  const description = describeError(error, t);
  const { fix } = description;
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
      ) : fix?.kind === 'swap' ? (
        <button type="button" onClick={() => setUrlState({ from: fix.to, to: fix.from })}>
          {t('state.swapRange')}
        </button>
      ) : fix?.kind === 'default' ? (
        <button type="button" onClick={() => setUrlState({ from: undefined, to: undefined })}>
          {t('state.defaultRange')}
        </button>
      ) : (
        <button type="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}
