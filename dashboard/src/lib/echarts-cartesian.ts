import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import { echarts } from './echarts';

/*
 * The parts of ECharts the monthly series draw (lines, stacked bars, their axes, legend and the
 * shading of withheld months), registered apart from lib/echarts.ts so that only the chunks of
 * the views that draw series carry them: the overview's map chunk stays as it was.
 */
echarts.use([LineChart, BarChart, GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent]);

export { echarts };
