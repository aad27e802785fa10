import type { FigureWords } from '../../lib/format';
import type { Translate } from '../../lib/i18n/translate';
import type { Matrix } from './overview-model';
import { standingText } from './standing-text';

/**
 * The matrix as a tidy CSV: one row per country (or the region) and indicator, with the same
 * words as the page for withheld and unreported figures, and beside each withheld figure what its mark ("<10", "withheld") means.
 */
export function matrixCsv(matrix: Matrix, locale: string, words: FigureWords, t: Translate): { header: string[]; rows: string[][] } {
  const header = [
    t('overview.country'),
    t('overview.indicatorCode'),
    t('overview.indicator'),
    t('overview.actual'),
    t('overview.target'),
    t('overview.achievement'),
    t('overview.status'),
    t('coverage.column'),
    t('chart.note'),
  ];
  const rows = matrix.rows.flatMap((row) =>
    row.cells.map((cell, n) => {
      const column = matrix.columns[n]!;
      const text = standingText(cell, locale, words, t);
      return [
        column === 'region' ? t('overview.region') : t(`country.${column}`),
        row.indicator.code,
        t(`indicator.${row.indicator.code}`),
        text.csv.actual,
        text.csv.target,
        text.csv.achievement,
        text.csv.track,
        text.csv.coverage,
        text.withheld?.note ?? '',
      ];
    }),
  );
  return { header, rows };
}
