import { fileURLToPath } from 'node:url';
import type { Rolldown } from 'vite';

const BOOT = fileURLToPath(new URL('../src/boot.ts', import.meta.url));

/**
 * What every view runs on, and the overview (the page most visits open): src/main.tsx, React,
 * TanStack Query, i18next, zod, the domain (`@etip/core`), the dashboard's shell, libraries,
 * chart-free components and the views' query factories.
 */
const APP = [
  /[\\/]dashboard[\\/]src[\\/]main\.tsx$/,
  /[\\/]dashboard[\\/]src[\\/](app|lib|components|features[\\/][\w-]+[\\/]api)[\\/]/,
  /[\\/]dashboard[\\/]src[\\/]features[\\/]overview[\\/]/,
  /[\\/]packages[\\/]core[\\/]src[\\/]/,
  /[\\/]node_modules[\\/](react|react-dom|scheduler|@tanstack|i18next|react-i18next|use-sync-external-store|zod|html-parse-stringify|void-elements)[\\/]/,
];
/** What keeps a chunk of its own: ECharts and whatever imports it, the AWS sign-in (oidc-client-ts), catalogues and fonts. */
const NOT_APP = [
  /[\\/]lib[\\/]echarts[\w-]*\.ts$/,
  /[\\/]components[\\/](chart[\\/]echarts-chart\.tsx|series-chart[\\/])/,
  /[\\/]features[\\/]overview[\\/](map[\\/]|components[\\/]overview-map\.tsx)/,
  /[\\/]lib[\\/]auth[\\/]oidc-auth\.ts$/,
  /\.(css|json)$/,
];

/**
 * Rolldown's code splitting with one group: the app's code in one chunk, instead of the dozen
 * it otherwise makes of the modules the views and the boot script share (many under 1 KB). Each
 * chunk is a request, and on HTTP/1.1 (six connections a page) at 150 ms of latency the seventh
 * waits a round trip for a free one: the first visit of the overview asked for 21 files before
 * its first chart, 9 of them under 2 KB. What the boot script imports statically stays in its
 * own small chunk, or the boot script would wait for all of this before asking for the data.
 */
export function appChunk(): Rolldown.CodeSplittingOptions {
  let boot: Set<string> | null = null;
  return {
    // A captured module's imports stay where they are: otherwise the boot script's modules, which
    // the app imports too, would be pulled into the app's chunk.
    includeDependenciesRecursively: false,
    groups: [
      {
        debugName: 'app',
        name: (id: string, ctx: Rolldown.ChunkingContext) => {
          if (!APP.some((r) => r.test(id)) || NOT_APP.some((r) => r.test(id))) return null;
          boot ??= staticImports(ctx, BOOT);
          return boot.has(id) ? null : 'app';
        },
      },
    ],
  };
}

/** `entry` and every module it imports statically, directly or not. */
function staticImports(ctx: Rolldown.ChunkingContext, entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const imported of ctx.getModuleInfo(id)?.importedIds ?? []) visit(imported);
  };
  visit(entry);
  return seen;
}
