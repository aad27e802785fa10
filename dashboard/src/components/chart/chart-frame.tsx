import { type ReactNode, useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText, downloadUrl, toCsv } from '../../lib/csv';
import type { EChartsType } from '../../lib/echarts';
import { DataTable } from './data-table';
import type { TableModel } from './table-model';

export interface ChartFrameProps {
  readonly title: string;
  /** The file name of the downloads, without extension. */
  readonly fileName: string;
  readonly table: TableModel;
  /** The chart, given `onReady` to hand over its ECharts instance for the PNG export. */
  readonly children: (onReady: (chart: EChartsType | null) => void) => ReactNode;
  readonly footer?: ReactNode;
}

/**
 * Every chart of the dashboard sits in one: its title, the chart, its numbers as a table (open
 * on request, always in the page for screen readers and tests), a CSV of the same rows and a
 * PNG of the canvas, drawn after the fonts (so its labels have their script).
 */
export function ChartFrame({ title, fileName, table, children, footer }: ChartFrameProps) {
  const { t } = useTranslation();
  const chart = useRef<EChartsType | null>(null);
  const onReady = useCallback((instance: EChartsType | null) => {
    chart.current = instance;
  }, []);
  const csv = () => {
    const note = table.note;
    const columns = table.csvColumns ?? table.columns;
    const header = note ? [...columns, t('chart.note')] : columns;
    // The note beside each row with a withheld figure: "<10", or the word for a percentage.
    const withheld = (c: string) => c.startsWith('<') || c === t('value.withheld');
    const rows = table.rows.map((r) => (note ? [...r.csv, r.csv.some(withheld) ? note : ''] : r.csv));
    downloadText(`${fileName}.csv`, toCsv(header, rows));
  };
  const png = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    if (url) downloadUrl(`${fileName}.png`, url);
  };
  return (
    <figure className="chart-frame">
      <figcaption>
        <h3>{title}</h3>
        <span className="chart-actions">
          <button type="button" onClick={csv}>
            {t('chart.downloadCsv')}
          </button>
          <button type="button" onClick={png}>
            {t('chart.exportPng')}
          </button>
        </span>
      </figcaption>
      {children(onReady)}
      {footer}
      <details className="chart-table">
        <summary>{t('chart.showTable')}</summary>
        <DataTable caption={title} table={table} />
      </details>
    </figure>
  );
}
