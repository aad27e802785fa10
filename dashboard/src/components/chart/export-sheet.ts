/*
 * The layout of a chart's PNG export, by a pure function: a PNG travels alone (into a report, a
 * slide, a message), so it carries what the page says around the chart: its title, the period,
 * the countries and breakdown, the whole legend (never ECharts' paged one, which cut series
 * off), and notes such as the map's boundary disclaimer.
 */

/** One entry of the export's legend: a filled box, or a line (dashed for a target). */
export interface LegendEntry {
  readonly label: string;
  readonly colour: string;
  readonly mark?: 'box' | 'line' | 'dashed';
}

/** What an exported image says beside its chart. */
export interface ExportSheet {
  readonly title: string;
  /** The period, then the filters (countries, breakdown), a line each. */
  readonly context: readonly string[];
  readonly legend: readonly LegendEntry[];
  readonly notes: readonly string[];
}

/** A line of text placed on the sheet, `y` its baseline's top (canvas `textBaseline: 'top'`). */
export interface PlacedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly bold: boolean;
  readonly colour: string;
}

export interface SheetLayout {
  readonly width: number;
  readonly height: number;
  readonly chart: { readonly y: number; readonly height: number };
  readonly texts: readonly PlacedText[];
  readonly marks: readonly { readonly x: number; readonly y: number; readonly entry: LegendEntry }[];
}

/** The width of `text` at `size` px (bold or not) in the sheet's font: a canvas's `measureText` in the page, anything in tests. */
export type Measure = (text: string, size: number, bold: boolean) => number;

export const SHEET = { padding: 16, title: 18, text: 13, mark: 14, markGap: 6, entryGap: 18 } as const;

const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);

/**
 * `text` in lines no wider than `width`: at spaces where it has them, else between characters
 * (Khmer, Thai, Lao, Burmese and Chinese phrases need not have a space for a whole line).
 */
export function wrapText(text: string, width: number, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<= )/)) {
    if (fits(line + word)) {
      line += word;
      continue;
    }
    if (line) lines.push(line.trimEnd());
    line = '';
    for (const g of fits(word) ? [word] : graphemes(word)) {
      if (line && !fits(line + g)) {
        lines.push(line.trimEnd());
        line = '';
      }
      line += g;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return width > 0 ? lines : [text];
}

/**
 * Places the sheet's texts around a chart of `chartHeight` in a sheet `width` wide: title and
 * context above, then the chart, then every legend entry (wrapped onto as many rows as needed)
 * and the notes. `lineHeight` says how tall a line of a size is in the language's script.
 */
export function layoutSheet(sheet: ExportSheet, width: number, chartHeight: number, measure: Measure, lineHeight: (size: number) => number): SheetLayout {
  const { padding, title, text, mark, markGap, entryGap } = SHEET;
  const inner = width - 2 * padding;
  const texts: PlacedText[] = [];
  const marks: { x: number; y: number; entry: LegendEntry }[] = [];
  let y = padding;
  const paragraph = (content: string, size: number, bold: boolean, colour: string) => {
    for (const line of wrapText(content, inner, (l) => measure(l, size, bold) <= inner)) {
      texts.push({ text: line, x: padding, y, size, bold, colour });
      y += lineHeight(size);
    }
  };
  paragraph(sheet.title, title, true, '#1b1b1b');
  for (const line of sheet.context) paragraph(line, text, false, '#444');
  y += padding / 2;
  const chart = { y, height: chartHeight };
  y += chartHeight + padding / 2;
  let x = padding;
  const row = Math.max(lineHeight(text), mark);
  for (const entry of sheet.legend) {
    const label = Math.min(measure(entry.label, text, false), inner - mark - markGap);
    const size = mark + markGap + label;
    if (x > padding && x + size > width - padding) {
      x = padding;
      y += row;
    }
    marks.push({ x, y: y + (row - mark) / 2, entry });
    texts.push({ text: entry.label, x: x + mark + markGap, y: y + (row - lineHeight(text)) / 2, size: text, bold: false, colour: '#1b1b1b' });
    x += size + entryGap;
  }
  if (sheet.legend.length) y += row + padding / 2;
  for (const note of sheet.notes) paragraph(note, text - 1, false, '#555');
  return { width, height: Math.ceil(y + padding), chart, texts, marks };
}
