import { QueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadOverview } from './features/overview/preload';
import { createApiClient } from './lib/api/api-client';
import { isTransient } from './lib/api/api-error';
import { createAuth } from './lib/auth/create-auth';
import { earlyFetch, earlyStart } from './lib/boot/early';
import { linkFonts } from './lib/i18n/fonts';
import { startI18n } from './lib/i18n/i18n';
import { languageOf } from './lib/i18n/languages';
import { parseRuntimeConfig } from './lib/runtime-config';

/**
 * Starts the dashboard on what the boot module (boot.ts, lib/boot/early.ts) already asked for:
 * config.json, the language's catalogue, the token and the overview's data are on their way or
 * in; the language's fonts are linked here, then the sign-in settles and the page renders. The
 * overview's data and code are asked for as soon as someone is signed in (when the boot module
 * could not, e.g. after the sign-in picker), before React has rendered a thing.
 */
async function start(root: HTMLElement) {
  const early = earlyStart();
  const language = early.language;
  void linkFonts(languageOf(language).font);
  const [config] = await Promise.all([early.config.then(parseRuntimeConfig), startI18n(language)]);
  const auth = await createAuth(config, early.localToken);
  const api = createApiClient(config.apiBase, auth, earlyFetch);
  const queryClient = new QueryClient({
    // Refusals are final and say why; only the network or the server is worth a second try.
    defaultOptions: { queries: { retry: (count, error) => count < 2 && isTransient(error), staleTime: 60_000, refetchOnWindowFocus: false } },
  });
  const preload = () => {
    if (auth.getState().status === 'signed-in' && window.location.pathname === '/') preloadOverview(api, queryClient, window.location.search);
  };
  const unsubscribe = auth.subscribe(() => {
    if (auth.getState().status === 'signed-in') {
      unsubscribe();
      preload();
    }
  });
  createRoot(root).render(
    <StrictMode>
      <App auth={auth} api={api} queryClient={queryClient} />
    </StrictMode>,
  );
  await auth.start();
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
start(root).catch((error: unknown) => {
  console.error(error);
  // Said in the reader's language when the catalogue came, in English when even that failed.
  const message = i18next.isInitialized
    ? i18next.t('app.configError')
    : 'The dashboard could not start. Reload the page; if this persists, tell the administrator.';
  const paragraph = document.createElement('p');
  paragraph.className = 'boot-error';
  paragraph.setAttribute('role', 'alert');
  paragraph.textContent = message;
  root.replaceChildren(paragraph);
});
