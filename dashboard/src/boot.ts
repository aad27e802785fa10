// Noto Sans (Latin) serves every language, so its faces are in the page's one stylesheet, and
// index.html preloads the Latin files (vite/preload-hints.ts): numbers and codes never wait for them.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './app/app.css';
import { preloadOverviewCharts } from './lib/boot/chart-preload';
import { startEarly } from './lib/boot/early';

/*
 * The page's entry: a few kilobytes that start, at once, what the first view needs (lib/boot/early.ts),
 * then run the app (main.tsx), whose files index.html is already fetching (modulepreload; the
 * overview's code is among them, as it is the page most visits open). On the overview, the map's
 * files (ECharts) are fetched from here too but not run: the view decides when (lib/boot/chart-preload.ts,
 * overview-view.tsx). Both wait until the token and the data have been asked
 * for (`requestsSent`): the views' code would otherwise take the connections the token and the
 * data need (HTTP/1.1 gives a page six), and evaluating the app (React and the rest) would hold
 * the main thread while those answers wait to be read.
 */
const early = startEarly();
void early.requestsSent.then(() => {
  void import('./main');
  if (window.location.pathname === '/') void preloadOverviewCharts();
});
