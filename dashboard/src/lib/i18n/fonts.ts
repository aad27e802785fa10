import type { FontScript } from './languages';

/*
 * Noto fonts from @fontsource, one stylesheet per script and weight, imported dynamically so that
 * only the active language's files are fetched (a Lao reader never downloads Chinese). The
 * stylesheets are files that Vite links, never inline, as the site's CSP requires. Latin text
 * (codes, numbers, English names) is set in Noto Sans in every language; each other script comes
 * from its own subset file. Chinese uses Noto Sans SC's unicode-range slices: the browser fetches
 * only the slices holding the characters on the page.
 */

/** The weights the stylesheet uses (body text and headings). */
export const FONT_WEIGHTS = [400, 700] as const;

const LATIN = 'Noto Sans';
const FAMILIES: Record<FontScript, string | null> = {
  latin: null,
  khmer: 'Noto Sans Khmer',
  sc: 'Noto Sans SC',
  lao: 'Noto Sans Lao',
  myanmar: 'Noto Sans Myanmar',
  thai: 'Noto Sans Thai',
};

/** The CSS font-family stack for a script, for the page and for ECharts' canvas labels alike. */
export function fontStack(script: FontScript): string {
  const own = FAMILIES[script];
  return [LATIN, own, 'sans-serif']
    .filter(Boolean)
    .map((f) => (f === 'sans-serif' ? f : `"${f}"`))
    .join(', ');
}

/**
 * The line height of canvas text per script, as a multiple of its size. ECharts sets the lines
 * of a canvas label about one font size apart, whatever the font; Khmer, Burmese, Thai and Lao
 * stack vowels and marks far above and below the line, so a two-line label ("Cambodia" over its
 * figure) drew its lines over each other. CSS lays out by the font's own metrics; a canvas needs
 * telling.
 */
const CANVAS_LINE_HEIGHTS: Record<FontScript, number> = { latin: 1.3, sc: 1.35, khmer: 1.9, lao: 1.8, myanmar: 2.1, thai: 1.75 };

/** The line height, in pixels, for canvas text of `fontSize` in `script` (chart labels and tooltips). */
export const canvasLineHeight = (script: FontScript, fontSize: number): number => Math.ceil(fontSize * CANVAS_LINE_HEIGHTS[script]);

// Each entry a literal import so the bundler emits the stylesheet and its font files.
const STYLESHEETS: Record<FontScript, () => Promise<unknown>[]> = {
  // Latin, Latin Extended and Vietnamese (Vietnamese needs all three): in the page's own
  // stylesheet (boot.ts), since every language sets its codes and numbers in them.
  latin: () => [],
  khmer: () => [import('@fontsource/noto-sans-khmer/khmer-400.css'), import('@fontsource/noto-sans-khmer/khmer-700.css')],
  // Slices only: the full face would be megabytes.
  sc: () => [import('@fontsource/noto-sans-sc/400.css'), import('@fontsource/noto-sans-sc/700.css')],
  lao: () => [import('@fontsource/noto-sans-lao/lao-400.css'), import('@fontsource/noto-sans-lao/lao-700.css')],
  myanmar: () => [import('@fontsource/noto-sans-myanmar/myanmar-400.css'), import('@fontsource/noto-sans-myanmar/myanmar-700.css')],
  thai: () => [import('@fontsource/noto-sans-thai/thai-400.css'), import('@fontsource/noto-sans-thai/thai-700.css')],
};

const linked = new Set<FontScript>();

/** Links the stylesheets of a script (and Latin, used by every language), once each. */
export async function linkFonts(script: FontScript): Promise<void> {
  const wanted = [...new Set<FontScript>(['latin', script])].filter((s) => !linked.has(s));
  await Promise.all(wanted.flatMap((s) => STYLESHEETS[s]()));
  for (const s of wanted) linked.add(s);
}

/**
 * Waits until the faces that `text` needs are loaded, in every weight used. A canvas draws with
 * whatever font is there at that instant and never redraws, so ECharts must not draw before
 * this resolves, or Khmer, Burmese, Thai and Chinese labels come out as empty boxes. `text` is
 * what will be drawn: with unicode-range faces, only the files covering it are fetched.
 */
export async function loadFontsFor(script: FontScript, text: string): Promise<void> {
  await linkFonts(script);
  if (typeof document === 'undefined' || !document.fonts) return;
  const families = [LATIN, FAMILIES[script]].filter((f): f is string => f !== null);
  const sample = text || 'ETIP 0123456789';
  await Promise.all(FONT_WEIGHTS.flatMap((w) => families.map((f) => document.fonts.load(`${w} 16px "${f}"`, sample))));
}
