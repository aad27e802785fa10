import { CHART_FILES_META } from './chart-files-meta';

let arrived: Promise<void> | null = null;

/**
 * Fetches the overview map's files (ECharts and the shapes, listed by the build in index.html)
 * without running them: `modulepreload`, not `import()`. Running ECharts takes longer than
 * drawing the overview's numbers, so the view decides when to (overview-view.tsx). Asked for
 * once the app's own files have arrived: on a slow link the two would share it, and the numbers
 * wait for the app, not for ECharts. Once per page; resolves when they have arrived, at once
 * when the page has no list (the development server's index.html).
 */
export function preloadOverviewCharts(): Promise<void> {
  arrived ??= pagePreloadsArrived().then(() => {
    const files = document.querySelector<HTMLMetaElement>(`meta[name="${CHART_FILES_META}"]`)?.content.split(' ').filter(Boolean) ?? [];
    return Promise.all(
      files.map((href) => {
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.crossOrigin = '';
        link.href = href;
        const loaded = new Promise<void>((done) => {
          link.addEventListener('load', () => done(), { once: true });
          link.addEventListener('error', () => done(), { once: true });
        });
        document.head.append(link);
        return loaded;
      }),
    ).then(() => undefined);
  });
  return arrived;
}

/** Resolves once every file index.html preloads as a module has arrived (or failed). */
function pagePreloadsArrived(): Promise<void> {
  const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')];
  const arrived = (link: HTMLLinkElement) =>
    new Promise<void>((done) => {
      // A resource's timing entry is there once it has arrived, before its load event is dispatched.
      if (performance.getEntriesByName(link.href).length > 0) return done();
      link.addEventListener('load', () => done(), { once: true });
      link.addEventListener('error', () => done(), { once: true });
    });
  return Promise.all(links.map(arrived)).then(() => undefined);
}
