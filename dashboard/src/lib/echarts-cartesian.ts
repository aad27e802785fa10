import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent } from 'echarts/components';
import { echarts } from './echarts';

/*
 * The parts of ECharts the monthly series draw (lines, stacked bars, their axes, legend and the
 * shading of withheld months), registered apart from lib/echarts.ts so that only the chunks of
 * the views that draw series carry them: the overview's map chunk stays as it was. Their
 * tooltip comes once they are drawn (`loadTooltip`, lib/echarts.ts).
 */
echarts.use([LineChart, BarChart, GridComponent, LegendComponent, MarkAreaComponent]);

export { echarts };
