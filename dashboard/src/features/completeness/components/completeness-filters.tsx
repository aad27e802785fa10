import { COUNTRY_CODES, type CountryCode } from '@etip/core/framework';
import { useLanguage } from '../../../lib/i18n/use-language';
import type { UrlState } from '../../../lib/url-state';

export interface CompletenessFiltersProps {
  readonly state: UrlState;
  /** The range the API used, shown when the URL leaves it to the default. */
  readonly range: { from: string; to: string } | null;
  readonly onChange: (patch: Partial<UrlState>) => void;
}

/** The range and the countries; every change goes to the URL (the back button, a copied link). */
export function CompletenessFilters({ state, range, onChange }: CompletenessFiltersProps) {
  const { t } = useLanguage();
  const toggle = (code: CountryCode, on: boolean) => {
    const current = state.countries.length ? state.countries : COUNTRY_CODES;
    const next = on ? [...current, code] : current.filter((c) => c !== code);
    // All six is the default: leave the parameter out, as the API does.
    onChange({ countries: next.length === COUNTRY_CODES.length ? [] : next });
  };
  return (
    <form className="filters" aria-label={t('filters.title')} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('filters.from')}
        <input type="month" min="2015-01" value={state.from ?? range?.from ?? ''} onChange={(e) => onChange({ from: e.target.value || undefined })} />
      </label>
      <label>
        {t('filters.to')}
        <input type="month" min="2015-01" value={state.to ?? range?.to ?? ''} onChange={(e) => onChange({ to: e.target.value || undefined })} />
      </label>
      <fieldset>
        <legend>{t('filters.countries')}</legend>
        {COUNTRY_CODES.map((code) => (
          <label key={code} className="check">
            <input
              type="checkbox"
              checked={state.countries.length === 0 || state.countries.includes(code)}
              disabled={state.countries.length === 1 && state.countries[0] === code}
              onChange={(e) => toggle(code, e.target.checked)}
            />
            {t(`country.${code}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={() => onChange({ from: undefined, to: undefined, countries: [] })}>
        {t('filters.reset')}
      </button>
    </form>
  );
}
