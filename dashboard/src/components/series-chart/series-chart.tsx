import { useMemo } from 'react';
import { useLanguage } from '../../lib/i18n/use-language';
import '../../lib/echarts-cartesian';
import './series-chart.css';
import { ChartFrame } from '../chart/chart-frame';
import EChartsChart from '../chart/echarts-chart';
import type { SeriesChart as SeriesChartData } from './series-chart-model';
import { NOT_REPORTED_FILL, seriesChartOption, WITHHELD_FILL } from './series-chart-option';
import { seriesChartText } from './series-chart-text';

export interface SeriesChartProps {
  readonly title: string;
  readonly fileName: string;
  readonly chart: SeriesChartData;
  /** A smaller canvas, for small multiples. */
  readonly compact?: boolean;
  /** What the chart is of when its title does not say (a drill-down's country), for its PNG. */
  readonly subject?: string;
}

/**
 * A monthly series in its frame: the chart, its numbers as a table, CSV and PNG, and a key to
 * its marks. Loaded as its own chunk by the views (with the line and bar parts of ECharts).
 */
export default function SeriesChart({ title, fileName, chart, compact = false, subject }: SeriesChartProps) {
  const { t, locale, words, script, fontFamily } = useLanguage();
  const text = useMemo(() => seriesChartText(chart, locale, words, t), [chart, locale, words, t]);
  const option = useMemo(() => seriesChartOption(chart, text, locale, fontFamily), [chart, text, locale, fontFamily]);
  const shaded = text.withheld.length + text.notReported.length > 0;
  const key = (
    <ul className="legend series-key">
      {chart.target?.some((v) => v !== null) && (
        <li>
          <span className="swatch swatch-target" aria-hidden="true" />
          {t('trends.targetKey')}
        </li>
      )}
      {shaded && text.withheld.length > 0 && (
        <li>
          <span className="swatch" aria-hidden="true" style={{ background: WITHHELD_FILL }} />
          {text.withheldKey}
        </li>
      )}
      {shaded && text.notReported.length > 0 && (
        <li>
          <span className="swatch swatch-not-reported" aria-hidden="true" style={{ background: NOT_REPORTED_FILL }} />
          {t('trends.notReportedKey')}
        </li>
      )}
      {chart.shaded === null && <li>{t('trends.gapKey')}</li>}
    </ul>
  );
  return (
    <ChartFrame
      title={title}
      fileName={fileName}
      table={text.table}
      footer={key}
      period={{ from: chart.periods[0]!, to: chart.periods.at(-1)! }}
      {...(subject ? { subject } : {})}
      legend={[
        ...(text.withheld.length > 0 ? [{ label: text.withheldKey, colour: WITHHELD_FILL }] : []),
        ...(text.notReported.length > 0 ? [{ label: t('trends.notReportedKey'), colour: NOT_REPORTED_FILL }] : []),
      ]}
    >
      {(onReady) => (
        <EChartsChart
          className={compact ? 'series-canvas series-canvas-compact' : 'series-canvas'}
          option={option}
          script={script}
          texts={text.texts}
          label={title}
          onReady={onReady}
        />
      )}
    </ChartFrame>
  );
}
