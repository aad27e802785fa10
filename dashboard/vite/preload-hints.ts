import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** The app (src/main.tsx): loaded by the boot script's dynamic import, so Vite links none of its files. */
const APP = /\/src\/main\.tsx$/;
/** Noto Sans' Latin files, which every language's page uses (src/boot.ts links their faces). */
const LATIN_FONT = /noto-sans-latin-(400|700)-normal-[\w-]+\.woff2$/;

/**
 * `<link rel="modulepreload">` for the app's chunk and every chunk it imports statically, and
 * `<link rel="preload" as="font">` for the Latin font files, into the built index.html: the
 * browser fetches them alongside the small boot script instead of after it has run (for the
 * app) or after the page has been laid out (for the fonts). Links, not inline code, as the
 * site's CSP requires.
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
        const app = chunks.find((chunk) => chunk.facadeModuleId !== null && APP.test(chunk.facadeModuleId));
        if (!app) throw new Error('preload-hints: no chunk for src/main.tsx in the build');
        const entry = ctx.chunk;
        const alreadyLinked = new Set<string>(entry ? [entry.fileName, ...staticClosure(bundle, entry.fileName)] : []);
        const scripts = [app.fileName, ...staticClosure(bundle, app.fileName)].filter((file) => !alreadyLinked.has(file));
        const fonts = Object.keys(bundle).filter((file) => LATIN_FONT.test(file));
        return [
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
