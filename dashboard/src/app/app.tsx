import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Skeleton } from '../components/states/skeleton';
import { ViewHeading } from '../components/view-heading';
import type { ApiClient } from '../lib/api/api-client';
import { ApiProvider } from '../lib/api/api-context';
import { AuthProvider, useAuth } from '../lib/auth/auth-context';
import type { AuthStore } from '../lib/auth/auth-store';
import { switchLanguage } from '../lib/i18n/i18n';
import { navigate, useLocation } from '../lib/router';
import { useUrlState } from '../lib/use-url-state';
import { Layout } from './layout';
import { viewAt } from './route-table';
import { VIEW_COMPONENTS } from './routes';

const SignInPage = lazy(() => import('../features/sign-in/components/sign-in-page'));

export interface AppProps {
  readonly auth: AuthStore;
  readonly api: ApiClient;
  readonly queryClient: QueryClient;
}

/** The providers every view relies on, composed once. */
export function App({ auth, api, queryClient }: AppProps) {
  // One person's figures never stay in memory for the next person at the same computer.
  useEffect(() => auth.subscribe(() => auth.getState().status === 'signed-out' && queryClient.clear()), [auth, queryClient]);
  return (
    <AuthProvider store={auth}>
      <ApiProvider client={api}>
        <QueryClientProvider client={queryClient}>
          <Layout>
            <Page />
          </Layout>
        </QueryClientProvider>
      </ApiProvider>
    </AuthProvider>
  );
}

/** The view at this address, if the person may open it; the sign-in when nobody is signed in. */
function Page() {
  const { t, i18n } = useTranslation();
  const { state } = useAuth();
  const { pathname } = useLocation();
  const { state: url } = useUrlState();

  // Back and forward can change `?lang=`: the page follows the address.
  useEffect(() => {
    if (url.lang && url.lang !== i18n.language) void switchLanguage(url.lang);
  }, [url.lang, i18n]);

  if (state.status === 'starting') return <Skeleton lines={8} />;
  if (state.status === 'signed-out')
    return (
      <Suspense fallback={<Skeleton />}>
        <SignInPage />
      </Suspense>
    );
  const view = viewAt(pathname, state.user);
  if (!view)
    return (
      <section className="not-found">
        <ViewHeading>{t('app.notFound')}</ViewHeading>
        <button type="button" onClick={() => navigate('/')}>
          {t('app.backToOverview')}
        </button>
      </section>
    );
  const View = VIEW_COMPONENTS[view.id];
  return (
    <Suspense fallback={<Skeleton lines={8} />}>
      <View />
    </Suspense>
  );
}
