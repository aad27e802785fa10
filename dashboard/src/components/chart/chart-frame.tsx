import { type ReactNode, useCallback, useRef } from 'react';
import { downloadText, downloadUrl, toCsv } from '../../lib/csv';
import type { EChartsType } from '../../lib/echarts';
import { formatPeriod } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useUrlState } from '../../lib/use-url-state';
import { DataTable } from './data-table';
import { exportPng, legendOf } from './export-png';
import type { LegendEntry } from './export-sheet';
import type { TableModel } from './table-model';

export interface ChartFrameProps {
  readonly title: string;
  /** The file name of the downloads, without extension. */
  readonly fileName: string;
  readonly table: TableModel;
  /** The chart, given `onReady` to hand over its ECharts instance for the PNG export. */
  readonly children: (onReady: (chart: EChartsType | null) => void) => ReactNode;
  readonly footer?: ReactNode;
  /** The months the chart covers, written under the title of its PNG. */
  readonly period: { readonly from: string; readonly to: string };
  /** What the chart is of when the title does not say (a drill-down's country), for the PNG. */
  readonly subject?: string;
  /** Legend entries drawn outside the canvas (the footer's key), for the PNG; its series' own come from the chart. */
  readonly legend?: readonly LegendEntry[];
  /** Notes the PNG must carry (the map's boundary disclaimer, what "<10" means). */
  readonly notes?: readonly string[];
}

/**
 * Every chart of the dashboard sits in one: its title, the chart, its numbers as a table (open
 * on request, always in the page for screen readers and tests), a CSV of the same rows and a
 * PNG that explains itself (title, period, countries and breakdown, the whole legend, notes),
 * drawn after the fonts (so its labels have their script).
 */
export function ChartFrame({ title, fileName, table, children, footer, period, subject, legend = [], notes = [] }: ChartFrameProps) {
  const { t, locale, script, fontFamily } = useLanguage();
  const { state } = useUrlState();
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
  const png = async () => {
    if (!chart.current) return;
    const filters = [
      subject,
      state.countries.length > 0 && `${t('filters.countries')}: ${state.countries.map((c) => t(`country.${c}`)).join(', ')}`,
      state.by && `${t('trends.breakdown')}: ${t(`dimension.${state.by}`)}`,
    ].filter((f): f is string => Boolean(f));
    const sheet = {
      title,
      context: [
        t('overview.range', { from: formatPeriod(period.from, locale), to: formatPeriod(period.to, locale) }),
        ...(filters.length ? [filters.join(' · ')] : []),
      ],
      legend: [...legendOf(chart.current), ...legend],
      notes: [...notes, ...(table.note ? [table.note] : [])],
    };
    downloadUrl(`${fileName}.png`, await exportPng(chart.current, sheet, script, fontFamily));
  };
  return (
    <figure className="chart-frame">
      <figcaption>
        <h3>{title}</h3>
        <span className="chart-actions">
          <button type="button" onClick={csv}>
            {t('chart.downloadCsv')}
          </button>
          <button type="button" onClick={() => void png()}>
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
