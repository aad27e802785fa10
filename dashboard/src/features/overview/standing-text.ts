import { isSuppressed } from '@etip/core/protection';
import { coverageText } from '../../lib/coverage-text';
import { csvFigure, type FigureWords, formatAchievement, formatFigure, formatNumber, formatPercent } from '../../lib/format';
import type { Translate } from '../../lib/i18n/translate';
import { withheldNoteOf, withheldReason } from '../../lib/withheld-text';
import type { Standing } from './overview-model';

export interface StandingText {
  readonly actual: string;
  /** The target alone ("1,128.3", "82%"), "no target", or nothing when nothing was reported (the coverage says so). */
  readonly target: string;
  /** The target as a phrase of its own, for a cell that lists it under the actual: "target 82%", "no target". */
  readonly targetPhrase: string;
  readonly achievement: string;
  readonly track: string;
  /** Achievement and track in one phrase ("82.5% · on track"), the track alone when there is no achievement to show. */
  readonly verdict: string;
  /** What the figure is made of: "4 of 6 countries reported" for the region, "6 of 10 months reported" for a country. */
  readonly coverage: string;
  /** The same figures for a CSV: plain digits, "<10", "withheld" and "not reported" as words. */
  readonly csv: { actual: string; target: string; achievement: string; track: string; coverage: string };
  /** Why the figure is withheld, short (beside it) and as a note (what its mark means); null when it is not. */
  readonly withheld: { readonly reason: string; readonly note: string } | null;
}

/**
 * A standing's figures as written for a reader in `locale`: one source for the matrix, the map,
 * their tables and CSVs, so each column holds the same kind of words in all of them.
 */
export function standingText(standing: Standing, locale: string, words: FigureWords, t: Translate): StandingText {
  const track = t(`track.${standing.track}`);
  const { achievement, actual, target } = standing;
  const covered = (number: (n: number) => string) =>
    standing.countries ? coverageText(standing.countries, 'countries', t, number) : coverageText(standing.months, 'months', t, number);
  const coverage = covered((n) => formatNumber(n, locale));
  // Nothing reported: there is nothing to measure, and "no target" would blame the plan; the
  // coverage column says why the target is empty (it was once written there, under Target).
  const nothing = standing.months.reported === 0;
  const noTarget = nothing ? '' : t('value.noTarget');
  const shownTarget = target === null ? noTarget : standing.unit === 'percent' ? formatPercent(target, locale) : formatNumber(target, locale, 1);
  const shownAchievement = formatAchievement(achievement, locale, t('value.notAssessed'), words.withheld);
  return {
    actual: formatFigure(actual, locale, words),
    target: shownTarget,
    targetPhrase: target === null ? noTarget : t('overview.targetShort', { value: shownTarget }),
    achievement: shownAchievement,
    track,
    // "not assessed · not assessed" said nothing twice (found in the tryout).
    verdict: achievement === null ? track : `${shownAchievement} · ${track}`,
    coverage,
    csv: {
      actual: csvFigure(actual, words),
      target: target === null ? noTarget : String(target),
      achievement: achievement === null ? t('value.notAssessed') : isSuppressed(achievement) ? words.withheld : String(achievement),
      track,
      coverage: covered(String),
    },
    withheld: actual.kind === 'suppressed' ? { reason: withheldReason(actual, t), note: withheldNoteOf(actual, t) } : null,
  };
}
