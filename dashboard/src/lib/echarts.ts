import { MapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/*
 * ECharts from `echarts/core` with only the parts the views draw (DESIGN.md 6): full `echarts`
 * is ~440 KB gzip. Add a chart or component here when a view needs it. Canvas, not SVG: one
 * element however many shapes, and `getDataURL` gives the PNG export directly.
 */
echarts.use([MapChart, TooltipComponent, CanvasRenderer]);

export type { EChartsCoreOption, EChartsType } from 'echarts/core';
export { echarts };
