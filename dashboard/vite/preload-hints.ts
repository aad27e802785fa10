import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';
import { CHART_FILES_META } from '../src/lib/boot/chart-files-meta.ts';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** The app (src/main.tsx): loaded by the boot script's dynamic import, so Vite links none of its files. */
const APP = /\/src\/main\.tsx$/;
/** The overview's map (src/features/overview/components/overview-map.tsx): ECharts and the shapes. */
const MAP = /\/src\/features\/overview\/components\/overview-map\.tsx$/;
/** Noto Sans' Latin files, which every language's page uses (src/boot.ts links their faces). */
const LATIN_FONT = /noto-sans-latin-(400|700)-normal-[\w-]+\.woff2$/;

/**
 * `<link rel="modulepreload">` for the app's chunk and every chunk it imports statically, and
 * `<link rel="preload" as="font">` for the Latin font files, into the built index.html: the
 * browser fetches them alongside the small boot script instead of after it has run (for the
 * app) or after the page has been laid out (for the fonts). Links, not inline code, as the
 * site's CSP requires. And a `<meta>` naming the files of the overview's map (ECharts), which the
 * boot script preloads on the overview only: fetched early, but not run before the numbers are
 * on the page (running ECharts' half megabyte takes longer than drawing the numbers).
 */
export function preloadHints(): Plugin {
  return {
    name: 'etip-preload-hints',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const base = '/';
        const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
        const app = chunkOf(chunks, APP);
        if (!app) throw new Error('preload-hints: no chunk for src/main.tsx in the build');
        const entry = ctx.chunk;
        const alreadyLinked = new Set<string>(entry ? [entry.fileName, ...staticClosure(bundle, entry.fileName)] : []);
        const scripts = [app.fileName, ...staticClosure(bundle, app.fileName)].filter((file) => !alreadyLinked.has(file));
        const fonts = Object.keys(bundle).filter((file) => LATIN_FONT.test(file));
        const map = chunkOf(chunks, MAP);
        if (!map) throw new Error('preload-hints: no chunk for the overview map in the build');
        const preloaded = new Set([...alreadyLinked, ...scripts]);
        const chartFiles = [map.fileName, ...staticClosure(bundle, map.fileName)].filter((file) => !preloaded.has(file));
        return [
          { tag: 'meta', attrs: { name: CHART_FILES_META, content: chartFiles.map((file) => `${base}${file}`).join(' ') }, injectTo: 'head' },
          ...scripts.map(
            (file): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' }),
          ),
          ...fonts.map(
            (file): HtmlTagDescriptor => ({
              tag: 'link',
              attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `${base}${file}` },
              injectTo: 'head',
            }),
          ),
        ];
      },
    },
  };
}

/** The chunk that holds the module `id` matches, whether it is the chunk's entry or grouped into it (vite/app-chunk.ts). */
const chunkOf = (chunks: OutputChunk[], id: RegExp) => chunks.find((chunk) => chunk.moduleIds.some((module) => id.test(module)));

/** Every chunk `fileName` imports statically, directly or not. */
function staticClosure(bundle: OutputBundle, fileName: string, seen = new Set<string>()): string[] {
  const chunk = bundle[fileName];
  if (chunk?.type !== 'chunk') return [...seen];
  for (const imported of chunk.imports) {
    if (seen.has(imported)) continue;
    seen.add(imported);
    staticClosure(bundle, imported, seen);
  }
  return [...seen];
}
