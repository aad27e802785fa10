import type { CompletenessResponse } from '@etip/core/dashboard';
import { HeatmapChart, ScatterChart } from 'echarts/charts';
import { GridComponent, VisualMapPiecewiseComponent } from 'echarts/components';
import { useMemo } from 'react';
import { ChartFrame } from '../../../components/chart/chart-frame';
import EChartsChart from '../../../components/chart/echarts-chart';
import { echarts } from '../../../lib/echarts';
import { useLanguage } from '../../../lib/i18n/use-language';
import { CELL_STATUSES, STATUS_STYLES, statusLabelKey } from '../cell-status';
import { completenessModel } from '../completeness-model';
import { heatmapOption } from '../heatmap-option';
import { StatusLegend } from './status-legend';

// Registered when this chunk loads, not in lib/echarts: the overview's map chunk, on the path to
// the first chart of the landing page, does not carry the heat map, the grid or the visual map.
echarts.use([HeatmapChart, ScatterChart, GridComponent, VisualMapPiecewiseComponent]);

/**
 * Countries × months, each cell in its state's colour with its mark, the key below, and the same
 * months as a table, a CSV and a PNG (ChartFrame). Its own chunk, loaded beside the data.
 */
export default function CompletenessHeatmap({ response }: { response: CompletenessResponse }) {
  const { t, locale, script, fontFamily } = useLanguage();
  const model = useMemo(() => completenessModel(response, locale, t), [response, locale, t]);
  const option = useMemo(() => heatmapOption(model, fontFamily), [model, fontFamily]);
  const title = t('completeness.heatmapTitle');
  return (
    <ChartFrame
      title={title}
      fileName={`etip-completeness-${response.from}-${response.to}`}
      table={model.table}
      footer={<StatusLegend />}
      period={response}
      legend={CELL_STATUSES.map((status) => ({ label: t(statusLabelKey(status)), colour: STATUS_STYLES[status].fill }))}
    >
      {(onReady) => <EChartsChart className="heatmap-canvas" option={option} script={script} texts={model.texts} label={title} onReady={onReady} />}
    </ChartFrame>
  );
}
