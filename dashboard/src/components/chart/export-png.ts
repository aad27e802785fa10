import type { EChartsType } from '../../lib/echarts';
import { canvasLineHeight, loadFontsFor } from '../../lib/i18n/fonts';
import type { FontScript } from '../../lib/i18n/languages';
import { type ExportSheet, type LegendEntry, layoutSheet, SHEET } from './export-sheet';

/** Twice the page's pixels: sharp in a printed report or on a projector. */
const PIXEL_RATIO = 2;

/** The series a chart's legend names, with the colour ECharts drew each in (its palette, or the series' own). */
export function legendOf(chart: EChartsType): LegendEntry[] {
  const option = chart.getOption() as {
    legend?: { show?: boolean; data?: string[] }[];
    series?: { name?: string; type?: string; lineStyle?: { type?: string } }[];
  };
  const named = new Set(option.legend?.[0]?.show === false ? [] : (option.legend?.[0]?.data ?? []));
  return (option.series ?? []).flatMap((s, seriesIndex) => {
    if (!s.name || !named.has(s.name)) return [];
    const colour = chart.getVisual({ seriesIndex }, 'color');
    const mark = s.type === 'bar' ? 'box' : s.lineStyle?.type === 'dashed' ? 'dashed' : 'line';
    return [{ label: s.name, colour: typeof colour === 'string' ? colour : '#555', mark } as const];
  });
}

const decoded = async (url: string) => {
  const image = new Image();
  image.src = url;
  await image.decode();
  return image;
};

/**
 * The chart as a PNG that explains itself (export-sheet.ts): drawn on a canvas of its own, its
 * texts in the language's font once that font is loaded for them (a canvas draws with what is
 * there at that instant), the chart's picture without ECharts' paged legend, which the sheet
 * replaces with every entry. Returns a `data:` URL.
 */
export async function exportPng(chart: EChartsType, sheet: ExportSheet, script: FontScript, fontFamily: string): Promise<string> {
  const all = [sheet.title, ...sheet.context, ...sheet.legend.map((e) => e.label), ...sheet.notes];
  await loadFontsFor(script, all.join(' ')).catch(() => undefined);
  const picture = await decoded(chart.getDataURL({ type: 'png', pixelRatio: PIXEL_RATIO, backgroundColor: '#fff', excludeComponents: ['legend'] }));
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d')!;
  const font = (size: number, bold: boolean) => `${bold ? 700 : 400} ${size}px ${fontFamily}`;
  const measure = (text: string, size: number, bold: boolean) => {
    context.font = font(size, bold);
    return context.measureText(text).width;
  };
  const width = chart.getWidth();
  const layout = layoutSheet(sheet, width, chart.getHeight(), measure, (size) => canvasLineHeight(script, size));
  canvas.width = layout.width * PIXEL_RATIO;
  canvas.height = layout.height * PIXEL_RATIO;
  context.scale(PIXEL_RATIO, PIXEL_RATIO);
  context.fillStyle = '#fff';
  context.fillRect(0, 0, layout.width, layout.height);
  context.drawImage(picture, 0, layout.chart.y, width, layout.chart.height);
  context.textBaseline = 'top';
  for (const t of layout.texts) {
    context.font = font(t.size, t.bold);
    context.fillStyle = t.colour;
    context.fillText(t.text, t.x, t.y + (canvasLineHeight(script, t.size) - t.size) / 2);
  }
  for (const { x, y, entry } of layout.marks) drawMark(context, x, y, entry);
  return canvas.toDataURL('image/png');
}

/** A legend's mark: a filled box for an area or a bar, a line (dashed for a target) for a line. */
function drawMark(context: CanvasRenderingContext2D, x: number, y: number, entry: LegendEntry) {
  const size = SHEET.mark;
  if (entry.mark === 'line' || entry.mark === 'dashed') {
    context.strokeStyle = entry.colour;
    context.lineWidth = 2;
    context.setLineDash(entry.mark === 'dashed' ? [4, 3] : []);
    context.beginPath();
    context.moveTo(x, y + size / 2);
    context.lineTo(x + size, y + size / 2);
    context.stroke();
    context.setLineDash([]);
    return;
  }
  context.fillStyle = entry.colour;
  context.fillRect(x, y, size, size);
  context.strokeStyle = '#555';
  context.lineWidth = 1;
  context.strokeRect(x + 0.5, y + 0.5, size - 1, size - 1);
}
