import { COUNTRY_CODES, type CountryCode, type DimensionKey, INDICATORS, type Indicator, PILLARS, type PillarCode } from '@etip/core/framework';
import { useLanguage } from '../../lib/i18n/use-language';
import type { UrlState } from '../../lib/url-state';

/*
 * Filter fields the views share. Each takes the page's URL state and reports a patch of it: the
 * view writes it to the URL, so every choice is in a copied link and undone by the back button.
 */

type OnChange = (patch: Partial<UrlState>) => void;

/** From and to months; blank shows the range the API chose, so the reader sees what they are looking at. */
export function PeriodFields({ state, range, onChange }: { state: UrlState; range: { from: string; to: string } | null; onChange: OnChange }) {
  const { t } = useLanguage();
  return (
    <>
      <label>
        {t('filters.from')}
        <input type="month" min="2015-01" value={state.from ?? range?.from ?? ''} onChange={(e) => onChange({ from: e.target.value || undefined })} />
      </label>
      <label>
        {t('filters.to')}
        <input type="month" min="2015-01" value={state.to ?? range?.to ?? ''} onChange={(e) => onChange({ to: e.target.value || undefined })} />
      </label>
    </>
  );
}

/** A box per country; all six is the default and leaves the parameter out, as the API does; the last one cannot be unticked. */
export function CountryChecks({ state, onChange }: { state: UrlState; onChange: OnChange }) {
  const { t } = useLanguage();
  const toggle = (code: CountryCode, on: boolean) => {
    const current = state.countries.length ? state.countries : COUNTRY_CODES;
    const next = on ? [...current, code] : current.filter((c) => c !== code);
    onChange({ countries: next.length === COUNTRY_CODES.length ? [] : next });
  };
  return (
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
  );
}

/** One pillar, or all of them (the parameter left out). */
export function PillarSelect({ value, onChange }: { value: PillarCode | undefined; onChange: OnChange }) {
  const { t } = useLanguage();
  return (
    <label>
      {t('filters.pillar')}
      <select value={value ?? ''} onChange={(e) => onChange({ pillar: (e.target.value || undefined) as PillarCode | undefined })}>
        <option value="">{t('filters.allPillars')}</option>
        {PILLARS.map((p) => (
          <option key={p.code} value={p.code}>
            {t(`pillar.${p.code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Every indicator of the framework, grouped by pillar. */
export function IndicatorSelect({ label, value, onChange }: { label: string; value: string; onChange: OnChange }) {
  const { t } = useLanguage();
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange({ indicator: e.target.value, pillar: undefined })}>
        {PILLARS.map((p) => (
          <optgroup key={p.code} label={t(`pillar.${p.code}`)}>
            {INDICATORS.filter((i) => i.pillar === p.code).map((i) => (
              <option key={i.code} value={i.code}>
                {i.code} {t(`indicator.${i.code}`)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

/** The breakdown: none, or one of `dims` (only the dimensions the indicator, or some indicator, has). */
export function BreakdownSelect({ dims, value, onChange }: { dims: readonly DimensionKey[]; value: DimensionKey | null; onChange: OnChange }) {
  const { t } = useLanguage();
  return (
    <label>
      {t('trends.breakdown')}
      <select value={value ?? ''} disabled={dims.length === 0} onChange={(e) => onChange({ by: (e.target.value || undefined) as DimensionKey | undefined })}>
        <option value="">{t('trends.noBreakdown')}</option>
        {dims.map((d) => (
          <option key={d} value={d}>
            {t(`dimension.${d}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The dimensions an indicator can be split by; with no indicator, every dimension some indicator has. */
export const breakdownsOf = (indicator: Indicator | null): readonly DimensionKey[] =>
  indicator ? indicator.dims : [...new Set(INDICATORS.flatMap((i) => i.dims))];
