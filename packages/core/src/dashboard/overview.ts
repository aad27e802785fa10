import type { CountryCode } from '../framework/countries';
import { INDICATORS, PILLARS, type Indicator } from '../framework/indicators';
import { SUPPRESSED, isProtected, isSuppressed, latestRange, ratioRange, sumRange, type ProtectedCount, type ProtectedRatio, type Suppressed } from '../protection';
import type { User } from '../access/roles';
import type { CountryYear, TargetsByCountry } from './dashboard-reader';
import { indicatorMonth, type ProtectedValue } from './indicator-month';
import type { ViewRange } from './view-query';

export interface OverviewCell {
  indicator: string;
  actual: ProtectedValue;
  /** For a `sum` indicator pro-rated to the months of the range; null when none is set. */
  target: number | null;
  /** Actual as a percentage of target, one decimal. */
  achievement: number | null | Suppressed;
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

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

function actualOver(indicator: Indicator, country: CountryYear[], range: ViewRange, protect: boolean, threshold?: number): ProtectedValue {
  const months = range.periods.map((period) => {
    const aggregate = country.find((y) => y.year === Number(period.slice(0, 4)))?.months[period];
    return indicatorMonth(indicator, aggregate?.values, { protect, ...(threshold ? { threshold } : {}) })?.total ?? null;
  });
  if (indicator.aggregation === 'ratio') return ratioRange(months as ProtectedRatio[]);
  if (indicator.aggregation === 'latest') return latestRange(months as ProtectedCount[]);
  return sumRange(months as ProtectedCount[]);
}

function achievementOf(actual: ProtectedValue, target: number | null): OverviewCell['achievement'] {
  if (isSuppressed(actual)) return SUPPRESSED;
  const value = typeof actual === 'number' ? actual : actual?.value;
  if (value === null || value === undefined || !target) return null;
  return oneDecimal((value / target) * 100);
}

/**
 * The regional overview (DESIGN.md 5.1): each country's actual against its target for every
 * indicator, pillar summaries, and how many months wait for approval.
 */
export function buildOverview(input: {
  user: User;
  range: ViewRange;
  rollups: CountryYear[];
  targets: ReadonlyMap<number, TargetsByCountry>;
  countries: readonly CountryCode[];
  threshold?: number;
}) {
  const { user, range, rollups, targets, threshold } = input;
  const countries = input.countries.map((country) => {
    const years = rollups.filter((r) => r.country === country);
    const protect = isProtected(user, country);
    const indicators = INDICATORS.map((indicator): OverviewCell => {
      const actual = actualOver(indicator, years, range, protect, threshold);
      const target = rangeTarget(indicator, country, range, targets);
      // Achievement from the exact pro-rated target; the target is shown to one decimal.
      return { indicator: indicator.code, actual, target: target === null ? null : oneDecimal(target), achievement: achievementOf(actual, target) };
    });
    return { country, indicators };
  });

  // A pillar's summary uses only achievements the reader may see, so it gives none away.
  const pillars = PILLARS.map(({ code }) => {
    const shown = countries.flatMap((c) =>
      c.indicators.filter((i) => INDICATORS.find((x) => x.code === i.indicator)!.pillar === code).map((i) => i.achievement),
    ).filter((a): a is number => typeof a === 'number');
    return {
      pillar: code,
      achievement: shown.length ? oneDecimal(shown.reduce((s, a) => s + a, 0) / shown.length) : null,
      withTarget: shown.length,
      onTrack: shown.filter((a) => a >= 100).length,
    };
  });

  const awaitingApproval = rollups
    .filter((r) => input.countries.includes(r.country))
    .flatMap((r) => Object.entries(r.months))
    .filter(([period, month]) => period >= range.from && period <= range.to && month.status === 'submitted').length;

  return { from: range.from, to: range.to, countries, pillars, awaitingApproval };
}
