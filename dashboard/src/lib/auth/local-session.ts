import { EXPIRY_MARGIN_SECONDS, expiryOf } from './jwt';

/*
 * The token a page load of local mode starts with, found without the rest of the dashboard: the
 * boot module (src/boot.ts) asks for it while React and the views are still downloading, and
 * LocalAuth adopts it once they run. No schema or role check here (LocalAuth does those); a
 * token that is not what it should be is refused there, as it always was.
 *
 * Kept per browser (localStorage), not per tab: local mode is a developer's own machine, and a
 * second tab or a reload should not wait on `/dev/token` again. In AWS, oidc-client-ts keeps
 * Cognito's session in its own store, per tab.
 */

export const TOKEN_KEY = 'etip.dev-token';
export const AS_KEY = 'etip.dev-as';

/** Whom to sign in as, as written in a link or kept from the last sign-in (unchecked). */
export interface RawSignInAs {
  readonly role: string;
  readonly country?: string | undefined;
}

/** `?as=regional-lead` or `?as=country-office&country=LA`, as written; null without `as`. */
export function signInLinkOf(search: string): RawSignInAs | null {
  const params = new URLSearchParams(search);
  const role = params.get('as');
  if (role === null) return null;
  const country = params.get('country');
  return role === 'country-office' && country ? { role, country } : { role };
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The last sign-in's token, if it has not expired (nor will within the margin). */
export function storedToken(nowSeconds: number): string | null {
  const token = read(TOKEN_KEY);
  const exp = token ? expiryOf(token) : null;
  return token && exp !== null && exp - EXPIRY_MARGIN_SECONDS > nowSeconds ? token : null;
}

/** Whom the last sign-in was for. */
export function storedAs(): RawSignInAs | null {
  try {
    const value: unknown = JSON.parse(read(AS_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null || typeof (value as RawSignInAs).role !== 'string') return null;
    const { role, country } = value as RawSignInAs;
    return typeof country === 'string' ? { role, country } : { role };
  } catch {
    return null;
  }
}

const sameAs = (a: RawSignInAs | null, b: RawSignInAs) => a !== null && a.role === b.role && (a.country ?? null) === (b.country ?? null);

export function storeSession(token: string, as: RawSignInAs): void {
  try {
    localStorage.setItem(TOKEN_KEY, token);
    localStorage.setItem(AS_KEY, JSON.stringify(as));
  } catch {
    // Storage off: this page is signed in; the next load asks again.
  }
}

export function forgetSession(): void {
  try {
    localStorage.removeItem(TOKEN_KEY);
    localStorage.removeItem(AS_KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** `GET /dev/token?role=&country=`: the token, or null when the issuer refused or could not be reached. */
export async function fetchDevToken(as: RawSignInAs, fetcher: typeof fetch = (...args) => fetch(...args)): Promise<string | null> {
  const query = new URLSearchParams({ role: as.role, ...(as.country ? { country: as.country } : {}) });
  try {
    const response = await fetcher(`/dev/token?${query}`, { cache: 'no-store' });
    const body: unknown = response.ok ? await response.json() : null;
    const token = typeof body === 'object' && body !== null ? (body as { token?: unknown }).token : null;
    return typeof token === 'string' && token !== '' ? token : null;
  } catch {
    return null;
  }
}

/**
 * The token this page load signs in with: a sign-in link's person (the kept token when it is
 * for the same person and still valid, else a new one from the issuer); without a link, the
 * kept token, renewed for the same person when it has expired; null when nobody was signed in.
 */
export function localSessionToken(search: string, nowSeconds: number, fetcher?: typeof fetch): Promise<string | null> {
  const link = signInLinkOf(search);
  const kept = storedToken(nowSeconds);
  if (link) return kept && sameAs(storedAs(), link) ? Promise.resolve(kept) : fetchDevToken(link, fetcher);
  if (kept) return Promise.resolve(kept);
  const as = read(TOKEN_KEY) ? storedAs() : null;
  return as ? fetchDevToken(as, fetcher) : Promise.resolve(null);
}
