import { oneDecimal } from '@etip/core/framework';
import { coverageText } from '../../lib/coverage-text';
import { csvFigure, type Figure, type FigureWords, formatFigure, formatNumber, formatPeriod, suppressedText } from '../../lib/format';
import type { Translate } from '../../lib/i18n/translate';
import { withheldNote, withheldReason } from '../../lib/withheld-text';
import type { TableModel } from '../chart/table-model';
import type { SeriesChart, SeriesLine } from './series-chart-model';

/** Everything a series chart writes, once for the canvas, its tooltip, its table and its CSV. */
export interface SeriesChartText {
  /** The months as the locale names them, for the axis. */
  readonly months: readonly string[];
  /** One tooltip per month: every series' figure in words, a withheld one with its reason, the target. */
  readonly tooltips: readonly string[];
  readonly table: TableModel;
  /** The shaded line's months that are withheld, and those not reported, by index. */
  readonly withheld: readonly number[];
  readonly notReported: readonly number[];
  /** Names drawn in the legend and the marks drawn on the canvas. */
  readonly names: { readonly target: string; readonly withheld: string };
  /** The key to the withheld months' band: "<10", or "withheld" for the region's sums of countries. */
  readonly withheldKey: string;
  /** Every text the canvas may draw, for loading the fonts that cover them first. */
  readonly texts: readonly string[];
}

const indexesOf = (line: SeriesLine | undefined, kind: Figure['kind']) => (line ? line.figures.flatMap((f, n) => (f.kind === kind ? [n] : [])) : []);

/** A ratio's three numbers for a CSV: the percentage, numerator and denominator; a withheld or unreported ratio says so in all three. */
function ratioCsv(figure: Figure, words: FigureWords): string[] {
  if (figure.kind === 'ratio') return [csvFigure(figure, words), String(figure.numerator), String(figure.denominator)];
  const word = csvFigure(figure, words);
  return [word, word, word];
}

/**
 * The words of a series chart in `locale`: the same "<10", or "withheld" for the region's sums
 * of countries (each with its reason wherever there is room, `withheldReason`) and "not reported" in the tooltip, the table and the CSV,
 * never 0; a ratio as its percentage with numerator/denominator; the target to one decimal.
 */
export function seriesChartText(chart: SeriesChart, locale: string, words: FigureWords, t: Translate): SeriesChartText {
  const months = chart.periods.map((p) => formatPeriod(p, locale));
  const all = [...chart.lines, ...chart.stacks];
  const targetName = t('trends.target');
  const noTarget = t('value.noTarget');
  const targetText = (n: number) => {
    const target = chart.target?.[n] ?? null;
    return target === null ? noTarget : formatNumber(target, locale, 1);
  };
  const figureText = (figure: Figure) => formatFigure(figure, locale, words) + (figure.kind === 'suppressed' ? ` (${withheldReason(figure, t)})` : '');

  const tooltips = months.map((month, n) => {
    const lines = chart.lines.map((l) => `${l.name}: ${figureText(l.figures[n]!)}`);
    // Stacks are listed from the top of the pile down, as the eye meets them.
    const stacks = [...chart.stacks].reverse().map((s) => `  ${s.name}: ${figureText(s.figures[n]!)}`);
    const target = chart.target ? [`${targetName}: ${targetText(n)}`] : [];
    const covered = chart.coverage ? [coverageText(chart.coverage[n]!, 'countries', t, (c) => formatNumber(c, locale))] : [];
    return [month, ...lines, ...stacks, ...target, ...covered].join('\n');
  });

  const percent = chart.unit === 'percent';
  const coverageColumn = chart.coverage ? [t('coverage.column')] : [];
  const columns = [t('trends.month'), ...all.map((l) => l.name), ...(chart.target ? [targetName] : []), ...coverageColumn];
  const csvColumns = percent
    ? [
        t('trends.month'),
        ...all.flatMap((l) => [`${l.name} (%)`, `${l.name}: ${t('trends.numerator')}`, `${l.name}: ${t('trends.denominator')}`]),
        ...(chart.target ? [`${targetName} (%)`] : []),
        ...coverageColumn,
      ]
    : columns;
  const rows = chart.periods.map((period, n) => {
    const target = chart.target?.[n] ?? null;
    const targetCsv = target === null ? noTarget : String(oneDecimal(target));
    const coverage = chart.coverage?.[n];
    return {
      key: period,
      cells: [
        months[n]!,
        ...all.map((l) => formatFigure(l.figures[n]!, locale, words)),
        ...(chart.target ? [targetText(n)] : []),
        ...(coverage ? [coverageText(coverage, 'countries', t, (c) => formatNumber(c, locale))] : []),
      ],
      csv: [
        period,
        ...all.flatMap((l) => (percent ? ratioCsv(l.figures[n]!, words) : [csvFigure(l.figures[n]!, words)])),
        ...(chart.target ? [targetCsv] : []),
        ...(coverage ? [coverageText(coverage, 'countries', t, String)] : []),
      ],
    };
  });
  const note = withheldNote(
    all.flatMap((l) => l.figures),
    t,
  );
  const shaded = chart.shaded === null ? undefined : chart.lines.find((l) => l.key === chart.shaded);
  const withheld = indexesOf(shaded, 'suppressed');
  // The band is marked as its months are: each is one table of a country, or a sum of the region's countries.
  const shadedSum = withheld.some((n) => {
    const figure = shaded!.figures[n]!;
    return figure.kind === 'suppressed' && figure.sum === true;
  });
  const withheldMark = percent || shadedSum ? words.withheld : suppressedText();
  return {
    months,
    tooltips,
    table: { columns, ...(percent ? { csvColumns } : {}), rows, ...(note ? { note } : {}) },
    withheld,
    notReported: indexesOf(shaded, 'not-reported'),
    names: { target: targetName, withheld: withheldMark },
    withheldKey: t(shadedSum ? 'trends.withheldSumKey' : 'trends.withheldKey'),
    texts: [...months, ...tooltips, ...all.map((l) => l.name), targetName, withheldMark],
  };
}
