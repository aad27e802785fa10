import { oneDecimal } from '../framework/decimals';
import type { PillarCode } from '../framework/indicators';
import { isSuppressed } from '../protection';
import type { Achievement, PillarSummary } from './schemas';

/**
 * How an achievement (actual as a % of the target for the same months, pro-rated for `sum`
 * indicators) stands: on track from `onTrack` %, at risk from `atRisk` %, off track below.
 * The one definition, for the overview's pillar counts and for any view that colours a figure.
 *
 * Why these: targets are pro-rated evenly over the year, but activities are not (a training
 * season, a late start), so a country within a tenth of its pro-rated target is on track; a
 * gap of 10–30 % can still be closed in the rest of the year with attention; beyond 30 % the
 * target will be missed without a change of plan. A figure at or above its target is on track.
 */
export const ACHIEVEMENT_THRESHOLDS = Object.freeze({ onTrack: 90, atRisk: 70 });

export type Track = 'on-track' | 'at-risk' | 'off-track' | 'not-assessed';

/**
 * Where one achievement stands. An achievement that is withheld from the reader or missing
 * (no target, nothing reported) is `not-assessed`: never guessed, and never a hint of what a
 * withheld figure is. Compared as shown (one decimal), so the class agrees with the number.
 */
export function trackOf(achievement: Achievement): Track {
  if (achievement === null || isSuppressed(achievement)) return 'not-assessed';
  if (achievement >= ACHIEVEMENT_THRESHOLDS.onTrack) return 'on-track';
  if (achievement >= ACHIEVEMENT_THRESHOLDS.atRisk) return 'at-risk';
  return 'off-track';
}

/** The middle value (the mean of the two middle ones for an even count), one decimal; null for none. */
function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const value = Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
  return oneDecimal(value);
}

/**
 * A pillar's country × indicator achievements (DESIGN.md 5.1), counted by `trackOf` with their
 * median — not a mean of percentages, where one indicator at 300 % hides several far behind.
 * Only achievements the reader may see are counted or enter the median, so it gives none away.
 */
export function pillarSummary(pillar: PillarCode, achievements: readonly Achievement[]): PillarSummary {
  const summary: PillarSummary = { pillar, onTrack: 0, atRisk: 0, offTrack: 0, notAssessed: 0, median: null };
  const key = { 'on-track': 'onTrack', 'at-risk': 'atRisk', 'off-track': 'offTrack', 'not-assessed': 'notAssessed' } as const;
  for (const achievement of achievements) summary[key[trackOf(achievement)]]++;
  summary.median = median(achievements.filter((a): a is number => typeof a === 'number'));
  return summary;
}
