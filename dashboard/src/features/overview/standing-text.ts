import { isSuppressed } from '@etip/core/protection';
import { coverageText } from '../../lib/coverage-text';
import { csvFigure, type FigureWords, formatAchievement, formatFigure, formatNumber } from '../../lib/format';
import type { Translate } from '../../lib/i18n/translate';
import type { Standing } from './overview-model';

export interface StandingText {
  readonly actual: string;
  readonly target: string;
  readonly achievement: string;
  readonly track: string;
  /** Achievement and track in one phrase ("82.5% · on track"), the track alone when there is no achievement to show. */
  readonly verdict: string;
  /** What the figure is made of: "4 of 6 countries reported" for the region, "6 of 10 months reported" for a country. */
  readonly coverage: string;
  /** The same figures for a CSV: plain digits, "<10" and "not reported" as words. */
  readonly csv: { actual: string; target: string; achievement: string; track: string; coverage: string };
  /** The figure is withheld: the reader is owed the reason. */
  readonly withheld: boolean;
}

/** A standing's figures as written for a reader in `locale`: one source for the matrix, the map, their tables and CSVs. */
export function standingText(standing: Standing, locale: string, words: FigureWords, t: Translate): StandingText {
  const track = t(`track.${standing.track}`);
  const { achievement } = standing;
  const covered = (number: (n: number) => string) =>
    standing.countries ? coverageText(standing.countries, 'countries', t, number) : coverageText(standing.months, 'months', t, number);
  const coverage = covered((n) => formatNumber(n, locale));
  const csvCoverage = covered(String);
  // Nothing reported: there is nothing to measure, and "no target" would blame the plan.
  const nothing = standing.months.reported === 0;
  const noTarget = t('value.noTarget');
  const shownAchievement = formatAchievement(achievement, locale, t('value.notAssessed'), words.withheld);
  return {
    actual: formatFigure(standing.actual, locale, words),
    target: standing.target !== null ? formatNumber(standing.target, locale, 1) : nothing ? coverage : noTarget,
    achievement: shownAchievement,
    track,
    // "not assessed · not assessed" said nothing twice (found in the tryout).
    verdict: achievement === null ? track : `${shownAchievement} · ${track}`,
    coverage,
    csv: {
      actual: csvFigure(standing.actual, words),
      target: standing.target !== null ? String(standing.target) : nothing ? csvCoverage : noTarget,
      achievement: achievement === null ? t('value.notAssessed') : isSuppressed(achievement) ? words.withheld : String(achievement),
      track,
      coverage: csvCoverage,
    },
    withheld: standing.actual.kind === 'suppressed',
  };
}
