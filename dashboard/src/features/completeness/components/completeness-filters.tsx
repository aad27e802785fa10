import { CountryChecks, PeriodFields } from '../../../components/filters/filter-fields';
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
  return (
    <form className="filters" aria-label={t('filters.title')} onSubmit={(e) => e.preventDefault()}>
      <PeriodFields state={state} range={range} onChange={onChange} />
      <CountryChecks state={state} onChange={onChange} />
      <button type="button" onClick={() => onChange({ from: undefined, to: undefined, countries: [] })}>
        {t('filters.reset')}
      </button>
    </form>
  );
}
