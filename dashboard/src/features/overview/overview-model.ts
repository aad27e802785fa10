import { type Achievement, type Coverage, type MonthCounts, type OverviewIndicator, type OverviewResponse, type Track, trackOf } from '@etip/core/dashboard';
import { type CountryCode, findIndicator, INDICATORS, type Indicator, type PillarCode } from '@etip/core/framework';
import { type Figure, figureOf } from '../../lib/format';

/*
 * The overview response arranged for its views, by pure functions: the matrix (indicators down,
 * countries and the region across), the map's regions, and the months behind each country.
 */

/** A column of the matrix: a country, or the region (every country asked, added up). */
export type Column = CountryCode | 'region';

/** One figure of the matrix or the map, with everything a reader is shown about it. */
export interface Standing {
  /** A ratio's actual and target are percentages; every other indicator's, counts. */
  readonly unit: 'count' | 'percent';
  readonly actual: Figure;
  /** The target of the months (and countries) reported, pro-rated for `sum` indicators; null when none is set or nothing was reported. */
  readonly target: number | null;
  readonly achievement: Achievement;
  /** From core's thresholds; `not-assessed` for a withheld, unreported or untargeted figure. */
  readonly track: Track;
  /** What the figure is made of: months for a country; for the region, countries too. */
  readonly months: Coverage;
  readonly countries?: Coverage;
}

export interface MatrixRow {
  readonly indicator: Indicator;
  /** In the order of `columns`. */
  readonly cells: readonly Standing[];
}

export interface Matrix {
  readonly columns: readonly Column[];
  /** Each column's months: a country's own, the region's summed. */
  readonly months: readonly MonthCounts[];
  readonly rows: readonly MatrixRow[];
}

const NO_FIGURE: OverviewIndicator = { indicator: '', actual: null, target: null, achievement: null, months: { reported: 0, of: 0, notDue: 0 } };

/** Nothing reported and nothing due yet: "not due", not "not reported". */
const nothingDue = (c: Coverage) => c.reported === 0 && c.of > 0 && c.notDue === c.of;

function standingOf(figure: OverviewIndicator | undefined): Standing {
  const { actual, target, achievement, months, countries } = figure ?? NO_FIGURE;
  const percent = figure !== undefined && findIndicator(figure.indicator)?.aggregation === 'ratio';
  return {
    unit: percent ? 'percent' : 'count',
    // A value is made of its reported months, the region's of every country's together.
    actual: figureOf(actual, { percent, notDue: nothingDue(months), tables: months.reported }),
    target,
    achievement,
    track: trackOf(achievement),
    months,
    ...(countries ? { countries } : {}),
  };
}

/** Every month count of the countries, added up: the region's months. */
export function sumMonths(counts: readonly MonthCounts[]): MonthCounts {
  const total: MonthCounts = { approved: 0, submitted: 0, returned: 0, draft: 0, missing: 0, notDue: 0 };
  for (const c of counts) for (const key of Object.keys(total) as (keyof MonthCounts)[]) total[key] += c[key];
  return total;
}

/** The countries × indicators matrix, optionally of one pillar, indicators in framework order. */
export function overviewMatrix(response: OverviewResponse, pillar?: PillarCode): Matrix {
  const columns: Column[] = [...response.countries.map((c) => c.country), 'region'];
  const months = [...response.countries.map((c) => c.months), sumMonths(response.countries.map((c) => c.months))];
  const rows = INDICATORS.filter((i) => !pillar || i.pillar === pillar).map((indicator) => ({
    indicator,
    cells: [
      ...response.countries.map((c) => standingOf(c.indicators.find((f) => f.indicator === indicator.code))),
      standingOf(response.regional.indicators.find((f) => f.indicator === indicator.code)),
    ],
  }));
  return { columns, months, rows };
}

/** One indicator in each country, for the map and its table. */
export function indicatorByCountry(response: OverviewResponse, indicator: string): { country: CountryCode; standing: Standing }[] {
  return response.countries.map((c) => ({ country: c.country, standing: standingOf(c.indicators.find((f) => f.indicator === indicator)) }));
}

/**
 * The months behind a pillar's card: every country's months of the range, and how many were
 * reported (a report is whole, so every indicator of a pillar has the same; the first says it).
 */
export function pillarCoverage(response: OverviewResponse, pillar: PillarCode): Coverage | null {
  const first = INDICATORS.find((i) => i.pillar === pillar)!;
  return response.regional.indicators.find((f) => f.indicator === first.code)?.months ?? null;
}

/** True when nothing in the response is known: every actual unreported (an empty period). */
export function isEmptyOverview(response: OverviewResponse): boolean {
  return response.countries.every((c) => c.indicators.every((f) => f.actual === null));
}

/**
 * The month statuses a cell shows, in the order a reader scans them: done, waiting, sent back,
 * reopened, absent, not due yet. Every status, so the counts add up to the months of the range.
 */
export const SHOWN_MONTH_STATUSES = ['approved', 'submitted', 'returned', 'draft', 'missing', 'notDue'] as const satisfies readonly (keyof MonthCounts)[];
