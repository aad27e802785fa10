import { ROLES, type Role } from '@etip/core/access';
import { COUNTRY_CODES, type CountryCode } from '@etip/core/framework';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ViewHeading } from '../../../components/view-heading';
import { useAuth } from '../../../lib/auth/auth-context';

/**
 * Signing in. In AWS one button to Cognito's hosted page. Locally a sign-in-as picker (role, and
 * the country of a country office) backed by the local server's development issuer: it exists
 * only where config.json says `"mode": "local"`, which the deployed site never does.
 */
export default function SignInPage() {
  const { t } = useTranslation();
  const { auth, state } = useAuth();
  const [role, setRole] = useState<Role>('regional-lead');
  const [country, setCountry] = useState<CountryCode>('KH');
  const [busy, setBusy] = useState(false);
  const problem = state.status === 'signed-out' ? state.problem : undefined;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await auth.signIn(auth.mode === 'local' ? { role, country: role === 'country-office' ? country : undefined } : undefined);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <ViewHeading id="sign-in-title">{auth.mode === 'local' ? t('signIn.localTitle') : t('signIn.title')}</ViewHeading>
      {problem && (
        <p className="notice" role="alert">
          {t(`signIn.problem.${problem}`)}
        </p>
      )}
      <form onSubmit={submit}>
        {auth.mode === 'local' ? (
          <>
            <p className="hint">{t('signIn.localNote')}</p>
            <label>
              {t('signIn.role')}
              <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`role.${r}`)}
                  </option>
                ))}
              </select>
            </label>
            {role === 'country-office' && (
              <label>
                {t('signIn.country')}
                <select value={country} onChange={(e) => setCountry(e.target.value as CountryCode)}>
                  {COUNTRY_CODES.map((c) => (
                    <option key={c} value={c}>
                      {t(`country.${c}`)}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </>
        ) : (
          <p className="hint">{t('signIn.intro')}</p>
        )}
        <button type="submit" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
    </section>
  );
}
