import { oneDecimal } from '@etip/core/framework';
import type { EChartsCoreOption } from '../../lib/echarts';
import { formatNumber, formatPercent } from '../../lib/format';
import { plotted, type SeriesChart } from './series-chart-model';
import type { SeriesChartText } from './series-chart-text';

/** Shading of the shaded line's months: grey for withheld, paler and dashed for not reported; neither is ever drawn as a 0. */
export const WITHHELD_FILL = 'rgba(90, 90, 90, 0.18)';
export const NOT_REPORTED_FILL = 'rgba(160, 160, 160, 0.08)';
export const TARGET_COLOUR = '#333';

type AxisParam = { dataIndex: number };

/** Ascending month indexes as runs of consecutive months, each `[first, last]`: `[0, 1, 2, 5]` → `[[0, 2], [5, 5]]`. */
export function runsOf(indexes: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const n of indexes) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

/**
 * A series chart's ECharts option. A withheld or unreported month is a gap in its line (`null`,
 * lines not joined across it) and a missing piece of its stack, never a 0; on one entity's chart
 * its month is also shaded across the plot, withheld months labelled "<10". The target is a
 * dashed step line. Tooltips are drawn on the canvas (`richText`): ECharts' HTML tooltips
 * carry inline styles, which the site's CSP refuses.
 */
export function seriesChartOption(chart: SeriesChart, text: SeriesChartText, locale: string, fontFamily: string): EChartsCoreOption {
  const percent = chart.unit === 'percent';
  // A band must cover its month's whole slot, which a category axis cannot say (a mark area from
  // a month to itself has no width): the bands sit on a hidden value axis over the same slots,
  // month n from n − 0.5 to n + 0.5 (the category axis always leaves a slot's half at each end here).
  // Consecutive months make one band with one label: a "<10" per month overlaps its neighbours on
  // a small chart ("<10<10<10"), and a border between two unreported months reads as a divide.
  const bands = [
    ...runsOf(text.withheld).map(([first, last]) => [
      { xAxis: first - 0.5, name: text.names.withheld, itemStyle: { color: WITHHELD_FILL } },
      { xAxis: last + 0.5 },
    ]),
    ...runsOf(text.notReported).map(([first, last]) => [
      { xAxis: first - 0.5, name: '', itemStyle: { color: NOT_REPORTED_FILL, borderColor: '#999', borderType: 'dashed', borderWidth: 1 } },
      { xAxis: last + 0.5 },
    ]),
  ];
  const series = [
    ...chart.stacks.map((s) => ({ type: 'bar', name: s.name, stack: 'split', barMaxWidth: 28, data: s.figures.map(plotted) })),
    ...chart.lines.map((l) => ({
      type: 'line',
      name: l.name,
      data: l.figures.map(plotted),
      connectNulls: false,
      showSymbol: true,
      symbolSize: 5,
    })),
    // No line (nor legend entry) where no month has a target: the table still says "no target".
    ...(chart.target?.some((v) => v !== null)
      ? [
          {
            type: 'line',
            name: text.names.target,
            data: chart.target.map((v) => (v === null ? null : oneDecimal(v))),
            step: 'middle',
            symbol: 'none',
            connectNulls: false,
            color: TARGET_COLOUR,
            lineStyle: { type: 'dashed', width: 1.5 },
          },
        ]
      : []),
  ];
  const legend = series.map((s) => s.name);
  const shading =
    bands.length === 0
      ? []
      : [
          {
            type: 'line',
            name: 'shading',
            xAxisIndex: 1,
            data: [],
            silent: true,
            markArea: { silent: true, label: { show: true, position: 'insideTop', fontFamily, fontSize: 11, color: '#333' }, data: bands },
          },
        ];
  return {
    animation: false,
    textStyle: { fontFamily },
    grid: { left: 8, right: 16, top: series.length > 1 ? 48 : 16, bottom: 8, containLabel: true },
    legend: { show: legend.length > 1, data: legend, type: 'scroll', top: 0, textStyle: { fontFamily } },
    tooltip: {
      trigger: 'axis',
      renderMode: 'richText',
      textStyle: { fontFamily },
      formatter: (params: AxisParam | AxisParam[]) => text.tooltips[(Array.isArray(params) ? params[0] : params)?.dataIndex ?? -1] ?? '',
    },
    xAxis: [
      { type: 'category', data: text.months, boundaryGap: chart.stacks.length > 0 || bands.length > 0 },
      { type: 'value', min: -0.5, max: text.months.length - 0.5, show: false },
    ],
    yAxis: {
      type: 'value',
      min: 0,
      // At the plot's left edge: on "zero" it would stand at the hidden band axis's 0, the first month's middle.
      axisLine: { onZero: false },
      ...(percent ? { max: 100 } : {}),
      minInterval: percent ? undefined : 1,
      axisLabel: { formatter: (v: number) => (percent ? formatPercent(v, locale) : formatNumber(v, locale)) },
    },
    series: [...series, ...shading],
  };
}
