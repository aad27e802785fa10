import type { User } from '../access/roles';
import type { CountryCode } from '../framework/countries';
import { oneDecimal } from '../framework/decimals';
import { findIndicator, INDICATORS, type Indicator, PILLARS } from '../framework/indicators';
import { isProtected, isSuppressed, latestRange, type ProtectedCount, type ProtectedRatio, ratioRange, SUPPRESSED, sumRange } from '../protection';
import { pillarSummary } from './achievement';
import { type CountryYear, monthOf, type TargetsByCountry } from './dashboard-reader';
import { indicatorMonth } from './indicator-month';
import { monthCounts, monthStanding } from './month-status';
import { regionalTarget, regionalValue } from './regional';
import type { Achievement, OverviewIndicator, OverviewResponse, ProtectedValue } from './schemas';
import type { ViewRange } from './view-query';

/** Σ of each year's target × the share of that year the range covers; null unless every year has one. Unrounded. */
function rangeTarget(indicator: Indicator, country: CountryCode, range: ViewRange, targets: ReadonlyMap<number, TargetsByCountry>): number | null {
  const of = (year: number) => targets.get(year)?.[country]?.[indicator.code];
  if (indicator.aggregation !== 'sum') return of(Number(range.to.slice(0, 4))) ?? null;
  let total = 0;
  for (const year of range.years) {
    const target = of(year);
    if (target === undefined) return null;
    total += (target * range.periods.filter((p) => p.startsWith(`${year}-`)).length) / 12;
  }
  return total;
}

function actualOver(indicator: Indicator, rollups: readonly CountryYear[], country: CountryCode, range: ViewRange, protect: boolean): ProtectedValue {
  const months = range.periods.map((period) => indicatorMonth(indicator, monthOf(rollups, country, period), { protect })?.total ?? null);
  if (indicator.aggregation === 'ratio') return ratioRange(months as ProtectedRatio[]);
  if (indicator.aggregation === 'latest') return latestRange(months as ProtectedCount[]);
  return sumRange(months as ProtectedCount[]);
}

function achievementOf(actual: ProtectedValue, target: number | null): Achievement {
  if (isSuppressed(actual)) return SUPPRESSED;
  const value = typeof actual === 'number' ? actual : actual?.value;
  if (value === null || value === undefined || !target) return null;
  return oneDecimal((value / target) * 100);
}

/** Achievement from the exact (pro-rated) target; the target is shown to one decimal. */
function entry(indicator: Indicator, actual: ProtectedValue, target: number | null): OverviewIndicator {
  return { indicator: indicator.code, actual, target: target === null ? null : oneDecimal(target), achievement: achievementOf(actual, target) };
}

/**
 * The regional overview (DESIGN.md 5.1) for the range and countries asked, as `user` may see it:
 * - `countries`: each country's actual against its target for every indicator (a `sum` target
 *   pro-rated to the months of the range), and `months`: how its months stand at `now`;
 * - `regional`: every indicator over those countries (see `regionalValue`, `regionalTarget`);
 * - `pillars`: each pillar's country × indicator achievements by `ACHIEVEMENT_THRESHOLDS`;
 * - `awaitingApproval`: the months submitted and neither approved nor returned yet.
 */
export function buildOverview(input: {
  user: User;
  range: ViewRange;
  rollups: CountryYear[];
  targets: ReadonlyMap<number, TargetsByCountry>;
  countries: readonly CountryCode[];
  now: Date;
}): OverviewResponse {
  const { user, range, rollups, targets, now } = input;
  const figures = input.countries.map((country) => {
    const protect = isProtected(user, country);
    return INDICATORS.map((indicator) => ({
      actual: actualOver(indicator, rollups, country, range, protect),
      target: rangeTarget(indicator, country, range, targets),
    }));
  });

  const countries = input.countries.map((country, c) => ({
    country,
    indicators: INDICATORS.map((indicator, i) => entry(indicator, figures[c]![i]!.actual, figures[c]![i]!.target)),
    months: monthCounts(range.periods.map((period) => monthStanding(country, period, monthOf(rollups, country, period), now))),
  }));

  const regional = {
    indicators: INDICATORS.map((indicator, i) => {
      const of = figures.map((country) => country[i]!);
      return entry(
        indicator,
        regionalValue(
          indicator,
          of.map((f) => f.actual),
        ),
        regionalTarget(
          indicator,
          of.map((f) => f.target),
        ),
      );
    }),
  };

  const pillars = PILLARS.map(({ code }) =>
    pillarSummary(
      code,
      countries.flatMap((c) => c.indicators.filter((i) => findIndicator(i.indicator)!.pillar === code).map((i) => i.achievement)),
    ),
  );

  const awaitingApproval = countries.reduce((sum, c) => sum + c.months.submitted, 0);
  return { from: range.from, to: range.to, countries, regional, pillars, awaitingApproval };
}
