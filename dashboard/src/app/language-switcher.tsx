import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../lib/i18n/i18n';
import { isLanguage, LANGUAGES } from '../lib/i18n/languages';
import { useUrlState } from '../lib/use-url-state';

/** Any time, on any view: the choice goes into the URL (a link keeps it) and is remembered. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { setUrlState } = useUrlState();
  const [busy, setBusy] = useState(false);
  const change = async (value: string) => {
    if (!isLanguage(value)) return;
    setBusy(true);
    try {
      await switchLanguage(value);
      setUrlState({ lang: value });
    } finally {
      setBusy(false);
    }
  };
  return (
    <label className="language">
      <span>{t('app.language')}</span>
      {/* Busy, not disabled: a disabled control drops the keyboard's focus to the page's start. */}
      <select value={i18n.language} onChange={(e) => void change(e.target.value)} aria-busy={busy}>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  );
}
