import { queryString } from '../api/query-string';
import { EXPIRY_MARGIN_SECONDS } from '../auth/jwt';
import { localSessionToken } from '../auth/local-session';
import { loadCatalogue } from '../i18n/catalogues';
import { chooseLanguage, LANGUAGE_STORAGE_KEY, type Language, rememberLanguage } from '../i18n/languages';

/*
 * What the first view needs, asked for the moment the page's small boot script runs (src/boot.ts),
 * all at once, while React and the views are still downloading: config.json (index.html has
 * already started it with a preload), the language's catalogue, the token (local mode: the kept
 * one or `/dev/token`; AWS: the session oidc-client-ts kept in this tab) and, on the overview,
 * its data. Otherwise each would wait for the one before it, and all of them for the app's code:
 * four round trips before the first number on a slow link. Nothing here parses or trusts what it
 * gets: main.tsx reads config.json with its schema, LocalAuth/OidcAuth check the token, and the
 * API client parses the data with the contract's schema as it parses any response.
 */

export interface Early {
  readonly language: Language;
  /** config.json's body, unparsed; rejects when it could not be read. */
  readonly config: Promise<unknown>;
  /** Local mode: the token `localSessionToken` found for this load; null in AWS mode or when none. */
  readonly localToken: Promise<string | null>;
  /**
   * Settles once the requests above are on their way (the overview's data too, on the overview).
   * The boot script asks for the views' code after it: on HTTP/1.1 (the local server) a page has
   * six connections, and code fetched first would keep the token and the data waiting for one.
   */
  readonly requestsSent: Promise<void>;
}

/** Requests already sent, by URL, with the Authorization they were sent with; each taken once. */
const started = new Map<string, { authorization: string; response: Promise<Response> }>();
let early: Early | null = null;

function remembered(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The overview's request as the view will send it when the address sets no other filters (get-overview.ts). */
function overviewUrl(apiBase: string, params: URLSearchParams): string {
  const param = (name: string) => params.get(name) ?? undefined;
  return `${apiBase}/dashboard/overview${queryString({ from: param('from'), to: param('to'), countries: param('countries') })}`;
}

/** The ID token oidc-client-ts keeps for this tab (oidc-auth.ts), if it has not expired. */
function oidcToken(config: Record<string, unknown>, nowSeconds: number): string | null {
  const { region, userPoolId, clientId } = config;
  if (typeof region !== 'string' || typeof userPoolId !== 'string' || typeof clientId !== 'string') return null;
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(`oidc.user:https://cognito-idp.${region}.amazonaws.com/${userPoolId}:${clientId}`) ?? 'null');
    const { id_token: token, expires_at: expiresAt } = (stored ?? {}) as { id_token?: unknown; expires_at?: unknown };
    return typeof token === 'string' && typeof expiresAt === 'number' && expiresAt - EXPIRY_MARGIN_SECONDS > nowSeconds ? token : null;
  } catch {
    return null;
  }
}

/** Starts it all; called once, by src/boot.ts. */
export function startEarly(): Early {
  if (early) return early;
  const { pathname, search } = window.location;
  const params = new URLSearchParams(search);
  const language = chooseLanguage(params.get('lang'), remembered(), navigator.languages);
  if (params.get('lang') === language) rememberLanguage(language);
  // The catalogue chunk; i18next's backend gets the same module when it asks.
  loadCatalogue(language).catch(() => undefined);
  // As index.html's preload asked (same URL, mode and credentials), so the browser answers this from it.
  const config = fetch('/config.json').then((response) => {
    if (!response.ok) throw new Error(`config.json answered ${response.status}`);
    return response.json() as Promise<unknown>;
  });
  const now = Date.now() / 1000;
  const settings = config
    .then((json) => (typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {}))
    .catch(() => ({}) as Record<string, unknown>);
  const localToken = settings.then((json) => (json.mode === 'local' ? localSessionToken(search, now) : null));
  let overviewSent: Promise<void> = Promise.resolve();
  if (pathname === '/') {
    overviewSent = settings.then(async (json) => {
      const token = json.mode === 'local' ? await localToken : oidcToken(json, now);
      if (!token || typeof json.apiBase !== 'string' || !/^\/[\w/-]*$/.test(json.apiBase)) return;
      const authorization = `Bearer ${token}`;
      const url = overviewUrl(json.apiBase, params);
      const response = fetch(url, { headers: { Authorization: authorization, Accept: 'application/json' } });
      response.catch(() => undefined); // taken by the API client, which reports a failure; never unhandled
      started.set(url, { authorization, response });
    });
  }
  early = {
    language,
    config,
    localToken,
    requestsSent: Promise.all([config, localToken, overviewSent]).then(
      () => undefined,
      () => undefined,
    ),
  };
  return early;
}

/** What `startEarly` started; it must have been called (src/boot.ts does, before main.tsx loads). */
export function earlyStart(): Early {
  if (!early) throw new Error('the boot module has not run');
  return early;
}

/**
 * A `fetch` for the API client: a GET the boot module already sent with the same token is
 * answered by that request (once); anything else goes to the network.
 */
export const earlyFetch: typeof fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const sent = started.get(url);
  const authorization = new Headers(init?.headers).get('Authorization');
  if (sent && (init?.method ?? 'GET') === 'GET' && sent.authorization === authorization) {
    started.delete(url);
    return sent.response;
  }
  return fetch(input, init);
};
