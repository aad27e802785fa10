import { INDICATORS } from '@etip/core/framework';
import { CountryChecks, PeriodFields, PillarSelect } from '../../../components/filters/filter-fields';
import { useLanguage } from '../../../lib/i18n/use-language';
import type { UrlState } from '../../../lib/url-state';

export interface OverviewFiltersProps {
  readonly state: UrlState;
  /** The range the API used, shown when the URL leaves it to the default. */
  readonly range: { from: string; to: string } | null;
  readonly onChange: (patch: Partial<UrlState>) => void;
}

/** The overview's filters; every change goes to the URL (and so to the back button and to a copied link). */
export function OverviewFilters({ state, range, onChange }: OverviewFiltersProps) {
  const { t } = useLanguage();
  return (
    <form className="filters" aria-label={t('filters.title')} onSubmit={(e) => e.preventDefault()}>
      <PeriodFields state={state} range={range} onChange={onChange} />
      <CountryChecks state={state} onChange={onChange} />
      <PillarSelect value={state.pillar} onChange={onChange} />
      {/* The map's indicator: those of the pillar chosen. */}
      <label>
        {t('filters.indicator')}
        <select value={state.indicator ?? INDICATORS[0]!.code} onChange={(e) => onChange({ indicator: e.target.value })}>
          {INDICATORS.filter((i) => !state.pillar || i.pillar === state.pillar).map((i) => (
            <option key={i.code} value={i.code}>
              {i.code} {t(`indicator.${i.code}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => onChange({ from: undefined, to: undefined, countries: [], pillar: undefined, indicator: undefined })}>
        {t('filters.reset')}
      </button>
    </form>
  );
}
