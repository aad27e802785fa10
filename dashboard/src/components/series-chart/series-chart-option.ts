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

/**
 * A series chart's ECharts option. A withheld or unreported month is a gap in its line (`null`,
 * lines not joined across it) and a missing piece of its stack, never a 0; on one entity's chart
 * its month is also shaded across the plot, withheld months labelled "<10". The target is a
 * dashed step line. Tooltips are drawn on the canvas (`richText`): ECharts' HTML tooltips
 * carry inline styles, which the site's CSP refuses.
 */
export function seriesChartOption(chart: SeriesChart, text: SeriesChartText, locale: string, fontFamily: string): EChartsCoreOption {
  const percent = chart.unit === 'percent';
  const markArea =
    text.withheld.length + text.notReported.length === 0
      ? undefined
      : {
          silent: true,
          label: { show: true, position: 'insideTop', fontFamily, fontSize: 11, color: '#333' },
          data: [
            ...text.withheld.map((n) => [{ xAxis: text.months[n], name: text.names.withheld, itemStyle: { color: WITHHELD_FILL } }, { xAxis: text.months[n] }]),
            ...text.notReported.map((n) => [
              { xAxis: text.months[n], name: '', itemStyle: { color: NOT_REPORTED_FILL, borderColor: '#999', borderType: 'dashed', borderWidth: 1 } },
              { xAxis: text.months[n] },
            ]),
          ],
        };
  const series = [
    ...chart.stacks.map((s) => ({ type: 'bar', name: s.name, stack: 'split', barMaxWidth: 28, data: s.figures.map(plotted) })),
    ...chart.lines.map((l) => ({
      type: 'line',
      name: l.name,
      data: l.figures.map(plotted),
      connectNulls: false,
      showSymbol: true,
      symbolSize: 5,
      ...(l.key === chart.shaded && markArea ? { markArea } : {}),
    })),
    ...(chart.target
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
  return {
    animation: false,
    textStyle: { fontFamily },
    grid: { left: 8, right: 16, top: series.length > 1 ? 48 : 16, bottom: 8, containLabel: true },
    legend: { show: series.length > 1, type: 'scroll', top: 0, textStyle: { fontFamily } },
    tooltip: {
      trigger: 'axis',
      renderMode: 'richText',
      textStyle: { fontFamily },
      formatter: (params: AxisParam | AxisParam[]) => text.tooltips[(Array.isArray(params) ? params[0] : params)?.dataIndex ?? -1] ?? '',
    },
    xAxis: { type: 'category', data: text.months, boundaryGap: chart.stacks.length > 0 || text.withheld.length + text.notReported.length > 0 },
    yAxis: {
      type: 'value',
      min: 0,
      ...(percent ? { max: 100 } : {}),
      minInterval: percent ? undefined : 1,
      axisLabel: { formatter: (v: number) => (percent ? formatPercent(v, locale) : formatNumber(v, locale)) },
    },
    series,
  };
}
