import { isSuppressed } from '@etip/core/protection';
import { csvFigure, type FigureWords, formatAchievement, formatFigure, formatNumber } from '../../lib/format';
import type { Translate } from '../../lib/i18n/translate';
import type { Standing } from './overview-model';

export interface StandingText {
  readonly actual: string;
  readonly target: string;
  readonly achievement: string;
  readonly track: string;
  /** The same figures for a CSV: plain digits, "<10" and "not reported" as words. */
  readonly csv: { actual: string; target: string; achievement: string; track: string };
  /** The figure is withheld: the reader is owed the reason. */
  readonly withheld: boolean;
}

/** A standing's figures as written for a reader in `locale`: one source for the matrix, the map, their tables and CSVs. */
export function standingText(standing: Standing, locale: string, words: FigureWords, t: Translate): StandingText {
  const noTarget = t('value.noTarget');
  const track = t(`track.${standing.track}`);
  const { achievement } = standing;
  return {
    actual: formatFigure(standing.actual, locale, words),
    target: standing.target === null ? noTarget : formatNumber(standing.target, locale, 1),
    achievement: formatAchievement(achievement, locale, t('value.notAssessed'), words.withheld),
    track,
    csv: {
      actual: csvFigure(standing.actual, words),
      target: standing.target === null ? noTarget : String(standing.target),
      achievement: achievement === null ? t('value.notAssessed') : isSuppressed(achievement) ? words.withheld : String(achievement),
      track,
    },
    withheld: standing.actual.kind === 'suppressed',
  };
}
