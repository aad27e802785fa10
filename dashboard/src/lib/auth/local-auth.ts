import { isRole } from '@etip/core/access';
import { isCountryCode } from '@etip/core/framework';
import * as z from 'zod/mini';
import { AuthStore, type SignInAs } from './auth-store';
import { isExpired, userFromToken } from './claims';

const devTokenSchema = z.object({ token: z.string().check(z.minLength(1)) });
/** Per tab, not per browser: an office computer is shared, and closing the tab signs out. */
const TOKEN_KEY = 'etip.dev-token';
const AS_KEY = 'etip.dev-as';

/**
 * Local mode (config.json `{"mode":"local"}`): tokens from the local server's development
 * issuer, `GET /dev/token?role=&country=`, which only `npm start` serves. `?as=regional-lead`
 * or `?as=country-office&country=LA` in the page's address signs straight in.
 */
export class LocalAuth extends AuthStore {
  readonly mode = 'local' as const;

  constructor(private readonly fetcher: typeof fetch = (...args) => fetch(...args)) {
    super();
  }

  async start(): Promise<void> {
    const url = new URL(window.location.href);
    const as = url.searchParams.get('as');
    if (as !== null) {
      const country = url.searchParams.get('country');
      url.searchParams.delete('as');
      url.searchParams.delete('country');
      // The link did its job; leaving it would sign in again on every reload and travel in copies.
      window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
      if (!isRole(as) || (as === 'country-office' && !isCountryCode(country))) return this.setState({ status: 'signed-out', problem: 'bad-sign-in-link' });
      return this.signIn({ role: as, country: as === 'country-office' && isCountryCode(country) ? country : undefined });
    }
    const token = sessionStorage.getItem(TOKEN_KEY);
    const user = token ? userFromToken(token) : null;
    if (token && user && !isExpired(user, Date.now() / 1000)) return this.setState({ status: 'signed-in', user, token });
    if (token && (await this.renew())) return;
    this.setState({ status: 'signed-out' });
  }

  async signIn(as?: SignInAs): Promise<void> {
    if (!as) throw new Error('local sign-in needs a role');
    const query = new URLSearchParams({ role: as.role, ...(as.country ? { country: as.country } : {}) });
    try {
      const response = await this.fetcher(`/dev/token?${query}`, { cache: 'no-store' });
      const token = response.ok ? z.parse(devTokenSchema, await response.json()).token : null;
      const user = token ? userFromToken(token) : null;
      if (!token || !user) return this.setState({ status: 'signed-out', problem: 'sign-in-failed' });
      sessionStorage.setItem(TOKEN_KEY, token);
      sessionStorage.setItem(AS_KEY, JSON.stringify(as));
      this.setState({ status: 'signed-in', user, token });
    } catch {
      this.setState({ status: 'signed-out', problem: 'sign-in-failed' });
    }
  }

  /** A development token simply expires: ask the issuer again for the same person. */
  async renew(): Promise<boolean> {
    const stored = sessionStorage.getItem(AS_KEY);
    const as = stored ? (JSON.parse(stored) as SignInAs) : null;
    if (!as || !isRole(as.role)) return false;
    await this.signIn(as);
    return this.getState().status === 'signed-in';
  }

  async signOut(): Promise<void> {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(AS_KEY);
    this.setState({ status: 'signed-out' });
  }
}
