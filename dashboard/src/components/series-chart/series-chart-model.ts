import type { Coverage, SeriesPoint, SeriesResponse } from '@etip/core/dashboard';
import { type CountryCode, DIMENSIONS, type Indicator, type Period } from '@etip/core/framework';
import { type Figure, figureOf } from '../../lib/format';
import type { Translate } from '../../lib/i18n/translate';

/*
 * A series response arranged as the charts draw it, by pure functions: what is a line, what is
 * stacked, what is the target, with each month's figure kept as a `Figure` (so "<10", a
 * withheld sum of countries and "not reported" are told apart from a number up to the text, the canvas and the CSV).
 */

/** One drawn series: a country, the region, the total or one value of a dimension. */
export interface SeriesLine {
  readonly key: string;
  readonly name: string;
  /** One per month of the chart. */
  readonly figures: readonly Figure[];
}

export interface SeriesChart {
  readonly periods: readonly Period[];
  /** Counts on a count axis; a ratio's percentages on an axis of 0–100 %. */
  readonly unit: 'count' | 'percent';
  /** Drawn as lines. */
  readonly lines: readonly SeriesLine[];
  /** Drawn as bars stacked on one another: a count split by one dimension (never a ratio: percentages do not add up). */
  readonly stacks: readonly SeriesLine[];
  /** Each month's target, drawn as a dashed reference line; null where the chart has none. */
  readonly target: readonly (number | null)[] | null;
  /** The line whose withheld and unreported months are shaded across the chart (one entity's total); null on a chart of several countries. */
  readonly shaded: string | null;
  /** The region's chart only: each month's countries reported (the API's `countries`), for its tooltip, table and CSV. */
  readonly coverage?: readonly Coverage[];
}

/**
 * A month without a value is not due yet when the API says so: a country's `notDue`, or a
 * regional month none of whose countries was due yet. One calendar, core's, as completeness.
 */
const notDue = (p: SeriesPoint) => p.notDue === true || (p.countries !== undefined && p.countries.reported === 0 && p.countries.notDue === p.countries.of);

/** A country's month is one table; the region's month is made of each country reported in it. */
const figures = (points: readonly SeriesPoint[], pick: (p: SeriesPoint) => SeriesPoint['value'] | undefined, percent: boolean) =>
  points.map((p) => figureOf(pick(p) ?? null, { percent, notDue: notDue(p), tables: p.countries?.reported ?? 1 }));

/**
 * One entity's chart (a country, or the region): its total as a line, and with a breakdown each
 * value of the dimension: stacked bars for counts, lines for a ratio's percentages.
 */
export function entityChart(input: {
  indicator: Indicator;
  response: SeriesResponse;
  points: readonly SeriesPoint[];
  target: readonly (number | null)[] | null;
  t: Translate;
}): SeriesChart {
  const { indicator, response, points, target, t } = input;
  const coverage = points.flatMap((p) => (p.countries ? [p.countries] : []));
  const unit = indicator.aggregation === 'ratio' ? 'percent' : 'count';
  const total: SeriesLine = { key: 'total', name: t('trends.total'), figures: figures(points, (p) => p.value, unit === 'percent') };
  const split =
    response.by === null
      ? []
      : DIMENSIONS[response.by].map((value) => ({
          key: value,
          name: t(`dimensionValue.${response.by}.${value}`),
          figures: figures(points, (p) => p.cells?.[value], unit === 'percent'),
        }));
  return {
    periods: points.map((p) => p.period),
    unit,
    lines: unit === 'percent' ? [total, ...split] : [total],
    stacks: unit === 'percent' ? [] : split,
    target,
    shaded: 'total',
    ...(coverage.length === points.length && coverage.length > 0 ? { coverage } : {}),
  };
}

/** Every country's total as a line of its own, side by side (no target: each country has its own, shown on its chart). */
export function comparisonChart(indicator: Indicator, response: SeriesResponse, t: Translate): SeriesChart {
  return {
    periods: response.regional.points.map((p) => p.period),
    unit: indicator.aggregation === 'ratio' ? 'percent' : 'count',
    lines: response.series.map((s) => ({
      key: s.country,
      name: t(`country.${s.country}`),
      figures: figures(s.points, (p) => p.value, indicator.aggregation === 'ratio'),
    })),
    stacks: [],
    target: null,
    shaded: null,
  };
}

/** The points of one country of a response, or the region's. */
export function pointsOf(response: SeriesResponse, of: CountryCode | 'region'): readonly SeriesPoint[] {
  return of === 'region' ? response.regional.points : (response.series.find((s) => s.country === of)?.points ?? []);
}

/** True when nothing in the response was reported: every month of every country null (withheld counts as something). */
export function isEmptySeries(response: SeriesResponse): boolean {
  return response.series.every((s) => s.points.every((p) => p.value === null));
}

/** The value a figure is drawn at: a count, a ratio's percentage; nothing (a gap, never 0) when withheld, not reported or a ratio of nobody. */
export function plotted(figure: Figure): number | null {
  if (figure.kind === 'count') return figure.value;
  if (figure.kind === 'ratio') return figure.percent;
  return null;
}
