import { TooltipComponent } from 'echarts/components';
import { echarts } from './echarts';

// Its own chunk, imported by `loadTooltip` (lib/echarts.ts) once a chart is drawn.
echarts.use([TooltipComponent]);
