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

/**
 * For each weight the page sets text in (normal and bold), whether `document.fonts.check` says
 * the faces of `family` (and Noto Sans) that the page's text at that weight needs are loaded, and
 * whether such a face is declared at all (`check` is also true for a family the page never
 * declared, so it is not enough alone). Text is grouped by the weight it is drawn in, because
 * a sliced face (Chinese) fetches the bold slices only for characters drawn bold. `sample` is
 * drawn at normal weight (the language switcher shows the language's own name).
 */
export function fontState(page: Page, family: string, sample: string): Promise<{ weight: number; declared: boolean; loaded: boolean; check: boolean }[]> {
  return page.evaluate(
    ({ family, sample }) => {
      const byWeight = new Map<number, string>([[400, sample]]);
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (!node.textContent?.trim() || parent.closest('option, script, style') || !parent.checkVisibility()) continue;
        const weight = Number(getComputedStyle(parent).fontWeight) >= 600 ? 700 : 400;
        byWeight.set(weight, `${byWeight.get(weight) ?? ''} ${node.textContent}`);
      }
      return [...byWeight].map(([weight, text]) => {
        const faces = [...document.fonts].filter((f) => f.family.replaceAll('"', '') === family && String(f.weight) === String(weight));
        return {
          weight,
          declared: faces.length > 0,
          loaded: faces.some((f) => f.status === 'loaded'),
          check: document.fonts.check(`${weight} 16px "Noto Sans", "${family}"`, text),
        };
      });
    },
    { family, sample },
  );
}

/** The families the page has declared faces of (its stylesheets linked). */
export const declaredFamilies = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...new Set([...document.fonts].map((f) => f.family.replaceAll('"', '')))].sort());

/** A text the page drew with a font it did not bring: a system fallback, or the empty boxes of none. */
export interface FallbackText {
  readonly text: string;
  readonly fonts: string[];
}

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  children?: DomNode[];
}

/** Elements whose text is not drawn as page text (or not by the page's fonts). */
const NOT_DRAWN = new Set(['SCRIPT', 'STYLE', 'TITLE', 'OPTION', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Asks Chromium which fonts actually drew each text of the page (DevTools
 * `CSS.getPlatformFontsForNode` on every text node: the faces the layout used, glyph by glyph)
 * and returns each text beyond ASCII that needed anything but a web font of the Noto family.
 * With the page's fonts missing, Khmer or Burmese come out in a system font or as boxes. Plain
 * ASCII (figures, indicator codes, which the stylesheet sets in the system's monospace) has its
 * glyphs in every font and is left out.
 */
export async function textOutsideNoto(page: Page): Promise<FallbackText[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as { root: DomNode };
    const texts: DomNode[] = [];
    const walk = (node: DomNode) => {
      if (NOT_DRAWN.has(node.nodeName)) return;
      if (node.nodeType === 3 && /[^ -~\s]/.test(node.nodeValue)) texts.push(node);
      for (const child of node.children ?? []) walk(child);
    };
    walk(root);
    const found: FallbackText[] = [];
    for (const node of texts) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: node.nodeId });
      const outside = fonts.filter((f) => !f.isCustomFont || !f.familyName.startsWith('Noto Sans'));
      if (outside.length) found.push({ text: node.nodeValue.slice(0, 80), fonts: outside.map((f) => `${f.familyName} (${f.glyphCount} glyphs)`) });
    }
    return found;
  } finally {
    await cdp.detach();
  }
}
