import type { EChartsCoreOption } from '../../lib/echarts';
import { CELL_STATUSES, STATUS_STYLES } from './cell-status';
import type { CompletenessModel } from './completeness-model';

/** The size of each state's mark, in pixels: readable inside a cell of a twelve-month row. */
export const MARK_SIZE = 14;

/**
 * The heat map's ECharts option: countries down, months across, each cell filled by its state
 * (a piecewise visual map from the state's index to its colour: ECharts' heat map takes its
 * colours from a visual map) with the state's mark drawn on it by a scatter series of SVG paths
 * (`path://`), so the state reads without colour and without a font. The marks are `silent`:
 * pointing at one points at its cell. Tooltips are drawn on the canvas (`richText`): ECharts'
 * HTML tooltips carry inline styles, which the site's CSP refuses.
 */
export function heatmapOption(model: CompletenessModel, fontFamily: string): EChartsCoreOption {
  const marked = model.cells.filter((c) => STATUS_STYLES[c.status].symbol !== null);
  return {
    animation: false,
    textStyle: { fontFamily },
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      formatter: (p: { seriesIndex: number; dataIndex: number }) => (p.seriesIndex === 0 ? (model.cells[p.dataIndex]?.tooltip ?? '') : ''),
    },
    grid: { left: 8, right: 16, top: 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'category',
      data: model.xLabels,
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { fontFamily, hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      data: model.yLabels,
      // Countries top to bottom in programme order, as in the table.
      inverse: true,
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { fontFamily },
    },
    visualMap: {
      type: 'piecewise',
      show: false,
      seriesIndex: 0,
      dimension: 2,
      pieces: CELL_STATUSES.map((status, n) => ({ value: n, color: STATUS_STYLES[status].fill })),
    },
    series: [
      {
        type: 'heatmap',
        data: model.cells.map((c) => [c.x, c.y, CELL_STATUSES.indexOf(c.status)]),
        itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
        emphasis: { itemStyle: { borderColor: '#111111', borderWidth: 2 } },
        label: { show: false },
      },
      {
        type: 'scatter',
        silent: true,
        symbolSize: MARK_SIZE,
        // A path is otherwise stretched to a square: the draft's three dots would become bars.
        symbolKeepAspect: true,
        data: marked.map((c) => ({
          value: [c.x, c.y],
          symbol: `path://${STATUS_STYLES[c.status].symbol}`,
          itemStyle: { color: STATUS_STYLES[c.status].ink },
        })),
      },
    ],
  };
}
