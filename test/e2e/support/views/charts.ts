import type { Locator, Page } from 'playwright-core';
import { type Downloaded, downloadBytesOf, downloadOf } from '../download';

/**
 * Every chart of the trends, country and completeness views sits in a frame
 * (dashboard/src/components/chart/chart-frame.tsx): a title, CSV and PNG buttons, the ECharts
 * canvas, and its numbers as a table behind "Show the numbers". Helpers shared by those views.
 */

/** A chart's accessible table as written: its caption's title, header and rows (row header first). */
export interface ChartTable {
  readonly title: string;
  readonly columns: string[];
  readonly rows: string[][];
  /** What "<10" means, under the table when a figure is withheld; null otherwise. */
  readonly note: string | null;
}

/** One drawn series of a chart's ECharts option: its name, kind and the value drawn for each month (null: a gap). */
export interface DrawnSeries {
  readonly name: string;
  readonly type: string;
  readonly data: (number | null)[];
  /** The bands shaded across the plot: their label ("<10" over withheld months) and the months they cover, first to last. */
  readonly bands: { label: string; first: number; last: number }[];
}

/** What a chart hands ECharts: the option's series, and every text the canvas may draw (axis months, tooltips, names). */
export interface DrawnChart {
  readonly title: string;
  readonly series: DrawnSeries[];
  readonly texts: string[];
}

export const charts = {
  frames: (page: Page): Locator => page.locator('figure.chart-frame'),
  frame: (page: Page, title: string): Locator => page.locator('figure.chart-frame').filter({ has: page.locator('figcaption h3', { hasText: title }) }),

  /**
   * Resolves once no part of the view is loading (no skeleton) and every chart of it has drawn its
   * canvas, after its fonts (a chart draws only when its labels' faces are in).
   */
  async allDrawn(page: Page): Promise<void> {
    await page.waitForFunction(() => {
      const frames = [...document.querySelectorAll('figure.chart-frame')];
      return (
        frames.length > 0 && document.querySelector('main .skeleton-line') === null && frames.every((f) => f.querySelector('.chart-canvas canvas') !== null)
      );
    });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  },

  /** Every chart's table, in page order: read from the DOM, open or not (a closed `<details>` keeps its table in the page). */
  readTables: (page: Page): Promise<ChartTable[]> =>
    page.evaluate(() =>
      [...document.querySelectorAll('figure.chart-frame')].map((frame) => {
        const text = (e: Element) => e.textContent ?? '';
        return {
          title: text(frame.querySelector('figcaption h3')!),
          columns: [...frame.querySelectorAll('details.chart-table thead th')].map(text),
          rows: [...frame.querySelectorAll('details.chart-table tbody tr')].map((tr) => [...tr.children].map(text)),
          note: frame.querySelector('details.chart-table .table-note')?.textContent ?? null,
        };
      }),
    ),

  /**
   * What each chart gave ECharts to draw, read from the props of the dashboard's chart component
   * (React keeps them on the canvas box's fiber): the page has no other handle on the option.
   */
  readDrawn: (page: Page): Promise<DrawnChart[]> =>
    page.evaluate(() =>
      [...document.querySelectorAll('figure.chart-frame')].map((frame) => {
        const box = frame.querySelector('.chart-canvas') as unknown as Record<string, unknown>;
        type Fiber = { memoizedProps?: Record<string, unknown>; return: Fiber | null };
        let fiber = box[Object.keys(box).find((k) => k.startsWith('__reactFiber$'))!] as Fiber | null;
        while (fiber && !(fiber.memoizedProps && 'option' in fiber.memoizedProps)) fiber = fiber.return;
        if (!fiber) throw new Error('no chart component above the canvas');
        const { option, texts } = fiber.memoizedProps as {
          option: { series: { name?: string; type: string; data: unknown[]; markArea?: { data: { name?: string; xAxis: number }[][] } }[] };
          texts: string[];
        };
        return {
          title: frame.querySelector('figcaption h3')?.textContent ?? '',
          series: option.series.map((s) => ({
            name: s.name ?? '',
            type: s.type,
            data: s.data.map((d) => (typeof d === 'number' ? d : d === null || d === undefined ? null : Number.NaN)),
            // A band spans its months' whole slots, from the first's start (n − 0.5) to the last's end (n + 0.5).
            bands: s.markArea?.data.map(([from, to]) => ({ label: from!.name ?? '', first: from!.xAxis + 0.5, last: to!.xAxis - 0.5 })) ?? [],
          })),
          texts: [...texts],
        };
      }),
    ),

  /** Opens the chart's "Show the numbers" (for a reader, or for axe to see the table as shown). */
  async showNumbers(frame: Locator): Promise<void> {
    const details = frame.locator('details.chart-table');
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('> summary').click();
    await details.locator('table').waitFor();
  },

  downloadCsv: (frame: Locator): Promise<Downloaded> => downloadOf(frame.page(), () => frame.locator('.chart-actions button').nth(0).click()),
  downloadPng: (frame: Locator): Promise<{ name: string; bytes: Buffer }> =>
    downloadBytesOf(frame.page(), () => frame.locator('.chart-actions button').nth(1).click()),
};

/** The columns of a chart's table without its target (the target is the programme's, not a reported figure). */
export function withoutTarget(table: ChartTable, targetHeader = 'Target'): { columns: string[]; rows: string[][] } {
  const at = table.columns.indexOf(targetHeader);
  if (at < 0) return { columns: table.columns, rows: table.rows };
  return { columns: table.columns.filter((_, n) => n !== at), rows: table.rows.map((r) => r.filter((_, n) => n !== at)) };
}

/** A month `YYYY-MM` as an English page (en-GB) names it: "Dec 2024". */
export const englishMonth = (period: string): string => {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
};
