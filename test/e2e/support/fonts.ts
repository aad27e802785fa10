import type { Page } from 'playwright-core';

/**
 * The seven languages of the dashboard (DESIGN.md 5.2), each with the Noto family that has its
 * script (issue 10, 4) and a word of it to check the face with. Latin (codes, figures) is set in
 * Noto Sans in every language; Vietnamese needs nothing more.
 */
export const LANGUAGES = [
  { code: 'en', family: 'Noto Sans', sample: 'English' },
  { code: 'km', family: 'Noto Sans Khmer', sample: 'ខ្មែរ' },
  { code: 'zh', family: 'Noto Sans SC', sample: '简体中文' },
  { code: 'lo', family: 'Noto Sans Lao', sample: 'ລາວ' },
  { code: 'my', family: 'Noto Sans Myanmar', sample: 'မြန်မာ' },
  { code: 'th', family: 'Noto Sans Thai', sample: 'ไทย' },
  { code: 'vi', family: 'Noto Sans', sample: 'Tiếng Việt' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

/** The weights the dashboard sets text in (body and headings). */
const WEIGHTS = [400, 700];

/**
 * For each weight, whether `document.fonts.check` says the faces of `family` (and Noto Sans)
 * that `text` needs are loaded, and whether such a face exists at all (`check` is also true for
 * a family the page never declared, so it is not enough alone).
 */
export function fontState(page: Page, family: string, text: string): Promise<{ weight: number; declared: boolean; loaded: boolean; check: boolean }[]> {
  return page.evaluate(
    ({ family, text, weights }) =>
      weights.map((weight) => {
        const faces = [...document.fonts].filter((f) => f.family.replaceAll('"', '') === family && String(f.weight) === String(weight));
        return {
          weight,
          declared: faces.length > 0,
          loaded: faces.some((f) => f.status === 'loaded'),
          check: document.fonts.check(`${weight} 16px "Noto Sans", "${family}"`, text),
        };
      }),
    { family, text, weights: WEIGHTS },
  );
}

/** The families the page has declared faces of (its stylesheets linked). */
export const declaredFamilies = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...new Set([...document.fonts].map((f) => f.family.replaceAll('"', '')))].sort());

/** A text node's element rendered with a font the page did not bring: a system fallback, or the empty boxes of none. */
export interface FallbackText {
  readonly selector: string;
  readonly text: string;
  readonly fonts: string[];
}

/**
 * Asks Chromium which fonts actually drew the text of each element matching `selectors`
 * (DevTools `CSS.getPlatformFontsForNode`: the faces the layout used, glyph by glyph) and returns
 * every element that needed anything but a web font of the Noto family: with the page's fonts
 * missing, a script comes out in a system font or as boxes.
 */
export async function textOutsideNoto(page: Page, selectors: readonly string[]): Promise<FallbackText[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const found: FallbackText[] = [];
    for (const selector of selectors) {
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
      for (const nodeId of nodeIds) {
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        const outside = fonts.filter((f) => !f.isCustomFont || !f.familyName.startsWith('Noto Sans'));
        if (outside.length === 0) continue;
        const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
        found.push({ selector, text: outerHTML.slice(0, 120), fonts: outside.map((f) => `${f.familyName} (${f.glyphCount} glyphs)`) });
      }
    }
    return found;
  } finally {
    await cdp.detach();
  }
}
