import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../lib/auth/auth-context';
import { navigate, useLocation } from '../lib/router';
import { focusNextHeading } from '../lib/view-focus';
import { LanguageSwitcher } from './language-switcher';
import { viewAt, viewsFor } from './route-table';

/** The frame of every page: the programme's name, the views this person may open, language, who is signed in. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { auth, state } = useAuth();
  const { pathname, search } = useLocation();
  const user = state.status === 'signed-in' ? state.user : null;
  const current = user ? viewAt(pathname, user)?.id : undefined;
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell-header">
        <div className="brand">
          <strong>{t('app.title')}</strong>
          <span>{t('app.subtitle')}</span>
        </div>
        {user && (
          <nav aria-label={t('app.nav')}>
            {viewsFor(user).map((v) => (
              <a
                key={v.id}
                href={v.path + search}
                aria-current={current === v.id ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  focusNextHeading();
                  navigate(v.path + search);
                }}
              >
                {t(v.label)}
              </a>
            ))}
          </nav>
        )}
        <div className="session">
          <LanguageSwitcher />
          {user && (
            <>
              <span className="who">
                {user.country
                  ? t('app.signedInAsCountry', { role: t(`role.${user.role}`), country: t(`country.${user.country}`) })
                  : t('app.signedInAs', { role: t(`role.${user.role}`) })}
              </span>
              <button type="button" onClick={() => void auth.signOut()}>
                {t('app.signOut')}
              </button>
            </>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
