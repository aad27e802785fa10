import type { User } from '../access/roles';
import { isDue, type Period } from '../framework/calendar';
import type { CountryCode } from '../framework/countries';
import { oneDecimal } from '../framework/decimals';
import { findIndicator, INDICATORS, type Indicator, PILLARS } from '../framework/indicators';
import { isProtected, isSuppressed, latestRange, type ProtectedCount, type ProtectedRatio, ratioRange, SUPPRESSED, sumRange } from '../protection';
import { pillarSummary } from './achievement';
import { type CountryYear, monthOf, type TargetsByCountry } from './dashboard-reader';
import { indicatorMonth } from './indicator-month';
import { monthCounts, monthStanding } from './month-status';
import { addCoverage, countriesCoverage, coverageOf, regionalTarget, regionalValue } from './regional';
import type { Achievement, Coverage, OverviewIndicator, OverviewResponse, ProtectedValue } from './schemas';
import type { ViewRange } from './view-query';

/**
 * The target of the months `actual` is made of (`reported`): for a `sum`
 * indicator Σ of each year's target × the share of that year reported, so a month not reported
 * (missing, or not due yet) adds no target; for `latest` and ratios the level set for the year
 * the range ends in. Null when nothing was reported or a year with reported months has no
 * target. Unrounded.
 */
function coveredTarget(
  indicator: Indicator,
  country: CountryCode,
  range: ViewRange,
  reported: readonly Period[],
  targets: ReadonlyMap<number, TargetsByCountry>,
) {
  const of = (year: number) => targets.get(year)?.[country]?.[indicator.code];
  if (reported.length === 0) return null;
  if (indicator.aggregation !== 'sum') return of(Number(range.to.slice(0, 4))) ?? null;
  let total = 0;
  for (const year of new Set(reported.map((p) => Number(p.slice(0, 4))))) {
    const target = of(year);
    if (target === undefined) return null;
    total += (target * reported.filter((p) => p.startsWith(`${year}-`)).length) / 12;
  }
  return total;
}

/** One indicator in one country over the range: each month's value as the reader sees it, and whether it was due at `now`. */
function monthsOf(indicator: Indicator, rollups: readonly CountryYear[], country: CountryCode, range: ViewRange, now: Date, protect: boolean) {
  return range.periods.map((period) => ({
    period,
    value: indicatorMonth(indicator, monthOf(rollups, country, period), { protect })?.total ?? null,
    due: isDue(country, period, now),
  }));
}

/** A range of one country's months as the indicator aggregates over time. */
function actualOver(indicator: Indicator, months: readonly ProtectedValue[]): ProtectedValue {
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

/** One indicator's figure over the range before it is written: actual, the target of what it covers (unrounded), its months. */
interface RangeFigure {
  actual: ProtectedValue;
  target: number | null;
  months: Coverage;
}

/** Achievement from the exact (pro-rated) target; the target is shown to one decimal. */
function entry(indicator: Indicator, { actual, target, months }: RangeFigure, countries?: Coverage): OverviewIndicator {
  const shown = target === null ? null : oneDecimal(target);
  return { indicator: indicator.code, actual, target: shown, achievement: achievementOf(actual, target), months, ...(countries ? { countries } : {}) };
}

/**
 * The regional overview (DESIGN.md 5.1) for the range and countries asked, as `user` may see it:
 * - `countries`: each country's actual against the target of the months it is made of (a `sum`
 *   target pro-rated to the months reported), with that coverage; and `months`: how its months
 *   stand at `now`;
 * - `regional`: every indicator over those countries (see `regionalValue`, `regionalTarget`),
 *   with the countries and months it covers;
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
    return INDICATORS.map((indicator): RangeFigure => {
      const months = monthsOf(indicator, rollups, country, range, now, protect);
      const reported = months.filter((m) => m.value !== null).map((m) => m.period);
      return {
        actual: actualOver(
          indicator,
          months.map((m) => m.value),
        ),
        target: coveredTarget(indicator, country, range, reported, targets),
        months: coverageOf(months),
      };
    });
  });

  const countries = input.countries.map((country, c) => ({
    country,
    indicators: INDICATORS.map((indicator, i) => entry(indicator, figures[c]![i]!)),
    months: monthCounts(range.periods.map((period) => monthStanding(country, period, monthOf(rollups, country, period), now))),
  }));

  const regional = {
    indicators: INDICATORS.map((indicator, i) => {
      const of = figures.map((country) => country[i]!);
      const actual = regionalValue(
        indicator,
        of.map((f) => f.actual),
      );
      const target = regionalTarget(
        indicator,
        of.map((f) => ({ target: f.target, reported: f.months.reported > 0 })),
      );
      const months = of.map((f) => f.months);
      return entry(indicator, { actual, target, months: addCoverage(months) }, countriesCoverage(months));
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
