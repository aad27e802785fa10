import type { Locator, Page } from 'playwright-core';
import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';
import { charts } from './support/views/charts';
import { countryView } from './support/views/country';
import { overview } from './support/views/overview';
import { trends } from './support/views/trends';

/**
 * "Save as PNG" gives an image that explains itself, in the script's font (issue 10, 3): in
 * Khmer, Burmese and Chinese the chart is drawn once its font is loaded, and the download is a
 * valid PNG at twice the canvas' width, taller than the canvas by its title, period, whole legend
 * and notes, with ink in the title's band above the chart (not blank), whose words are in the
 * language's font.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's header chunk (IHDR, first after the signature). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(SIGNATURE)).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect(bytes.subarray(-8, -4).toString('latin1')).toBe('IEND');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The share of the image's pixels that are not near-white, decoded by the browser in a blank
 * page of its own (no site, no CSP): an empty export is near 0. `rows` limits it to a band of
 * the image's rows (in its own pixels).
 */
async function inkOf(page: Page, png: Buffer, rows?: { from: number; to: number }): Promise<number> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(
      async ({ base64, rows }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const top = rows?.from ?? 0;
        const { data } = context.getImageData(0, top, canvas.width, (rows?.to ?? canvas.height) - top);
        let inked = 0;
        for (let n = 0; n < data.length; n += 4) if (data[n]! < 200 || data[n + 1]! < 200 || data[n + 2]! < 200) inked++;
        return inked / (data.length / 4);
      },
      { base64: png.toString('base64'), rows },
    );
  } finally {
    await blank.close();
  }
}

/** Exports `frame`'s chart and checks the file against its canvas: a PNG, at pixel ratio 2, with ink on it and a title above the chart. */
async function expectPngOf(page: Page, frame: Locator, fileName: RegExp, family: string): Promise<void> {
  // The chart's texts (months, names, tooltips) and its title have their faces loaded: the canvas and the sheet were drawn with them.
  const title = (await frame.locator('figcaption h3').textContent()) ?? '';
  const texts = [title, ...(await charts.readDrawn(page)).flatMap((d) => d.texts)];
  expect(await page.evaluate(({ family, text }) => document.fonts.check(`12px "${family}"`, text), { family, text: texts.join(' ') })).toBe(true);
  const canvas = await frame
    .locator('.chart-canvas canvas')
    .first()
    .evaluate((c: HTMLCanvasElement) => ({ width: c.clientWidth, height: c.clientHeight }));
  const file = await charts.downloadPng(frame);
  expect(file.name).toMatch(fileName);
  const size = pngSize(file.bytes);
  expect(size.width).toBe(canvas.width * 2);
  // Title, period, legend and notes around the chart: at least a title's and a legend's lines more.
  expect(size.height).toBeGreaterThan(canvas.height * 2 + 2 * 40);
  expect(file.bytes.length).toBeGreaterThan(20_000);
  expect(await inkOf(page, file.bytes)).toBeGreaterThan(0.02);
  // The title's band (the sheet's first 16 px margin, then an 18 px line, at pixel ratio 2) is inked: its words were drawn.
  expect(await inkOf(page, file.bytes, { from: 32, to: 32 + 2 * 22 })).toBeGreaterThan(0.01);
}

test('in Khmer, the trends’ regional chart saves as a PNG with a chart on it', async ({ page }) => {
  await signIn(page, 'regional-lead', undefined, { lang: 'km', indicator: 'PRT-01', by: 'age' }, trends.path);
  await charts.allDrawn(page);
  await expectPngOf(page, charts.frames(page).nth(1), /^etip-trends-PRT-01-region-by-age-\d{4}-\d{2}-\d{4}-\d{2}\.png$/, 'Noto Sans Khmer');
});

test('in Chinese, the trends’ comparison saves as a PNG with its title, period, breakdown and every country in the legend', async ({ page }) => {
  await signIn(page, 'regional-lead', undefined, { lang: 'zh', indicator: 'PRT-02', by: 'exploitation' }, trends.path);
  await charts.allDrawn(page);
  await expectPngOf(page, charts.frames(page).first(), /^etip-trends-PRT-02-countries-\d{4}-\d{2}-\d{4}-\d{2}\.png$/, 'Noto Sans SC');
});

test('in Khmer, the overview’s map saves as a PNG with its title, legend and the note that boundaries are not endorsed', async ({ page }) => {
  await signIn(page, 'regional-lead', undefined, { lang: 'km' });
  await overview.ready(page);
  await expectPngOf(page, overview.mapFrame(page), /^etip-map-PRV-01-\d{4}-\d{2}-\d{4}-\d{2}\.png$/, 'Noto Sans Khmer');
});

test('in Burmese, a drill-down chart saves as a PNG with a chart on it', async ({ page }) => {
  await signIn(page, 'country-office', 'MM', { lang: 'my', pillar: 'prevention' }, countryView.path('MM'));
  await charts.allDrawn(page);
  await expectPngOf(page, charts.frames(page).first(), /^etip-MM-PRV-01-\d{4}-\d{2}-\d{4}-\d{2}\.png$/, 'Noto Sans Myanmar');
});
