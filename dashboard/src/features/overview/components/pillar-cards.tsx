import type { Coverage, PillarSummary } from '@etip/core/dashboard';
import type { PillarCode } from '@etip/core/framework';
import { coverageText } from '../../../lib/coverage-text';
import { formatNumber, formatPercent } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n/use-language';

const COUNTS = [
  ['onTrack', 'on-track'],
  ['atRisk', 'at-risk'],
  ['offTrack', 'off-track'],
  ['notAssessed', 'not-assessed'],
] as const;

/**
 * One card per pillar: how many country × indicator figures are on track, at risk, off track,
 * and how many of the months behind them were reported, so a card of few reports reads as such.
 */
export function PillarCards({
  pillars,
  coverage,
  selected,
}: {
  pillars: readonly PillarSummary[];
  coverage: (pillar: PillarCode) => Coverage | null;
  selected: string | undefined;
}) {
  const { t, locale } = useLanguage();
  return (
    <section aria-labelledby="pillars-title" className="pillar-cards">
      <h2 id="pillars-title" className="visually-hidden">
        {t('overview.pillarsTitle')}
      </h2>
      {pillars.map((p) => {
        const months = coverage(p.pillar);
        return (
          <article key={p.pillar} className={`pillar-card${selected === p.pillar ? ' selected' : ''}`}>
            <h3>{t(`pillar.${p.pillar}`)}</h3>
            <dl>
              {COUNTS.map(([key, track]) => (
                <div key={key} className={`count track-${track}`}>
                  <dt>{t(`track.${track}`)}</dt>
                  <dd>{formatNumber(p[key], locale)}</dd>
                </div>
              ))}
            </dl>
            <p className="median">{t('overview.median', { value: p.median === null ? t('value.notAssessed') : formatPercent(p.median, locale) })}</p>
            {months && <p className="coverage">{coverageText(months, 'months', t, (n) => formatNumber(n, locale))}</p>}
          </article>
        );
      })}
    </section>
  );
}
