import { MapChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/*
 * ECharts from `echarts/core` with only the parts the views draw (DESIGN.md 6): full `echarts`
 * is ~440 KB gzip. Add a chart or component here when a view needs it. Canvas, not SVG: one
 * element however many shapes, and `getDataURL` gives the PNG export directly.
 */
echarts.use([MapChart, CanvasRenderer]);

let tooltip: Promise<void> | undefined;
let tooltipRegistered = false;

/**
 * Registers the tooltip (its component, the axis pointers it brings: ~27 KB of gzip, a sixth of
 * the map's ECharts) on first call, from a chunk of its own. Charts ask for it once drawn
 * (components/chart/echarts-chart.tsx): nobody hovers a chart before it is there, and the first
 * chart of a slow link should not wait for it.
 */
export function loadTooltip(): Promise<void> {
  tooltip ??= import('./echarts-tooltip').then(() => {
    tooltipRegistered = true;
  });
  return tooltip;
}

/** True once `loadTooltip` has registered the tooltip: options set from then on show theirs. */
export const hasTooltip = (): boolean => tooltipRegistered;

export type { EChartsCoreOption, EChartsType } from 'echarts/core';
export { echarts };
