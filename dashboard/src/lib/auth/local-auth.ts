import { isRole } from '@etip/core/access';
import { isCountryCode } from '@etip/core/framework';
import { AuthStore, type SignInAs } from './auth-store';
import { isExpired, userFromToken } from './claims';
import { fetchDevToken, forgetSession, localSessionToken, type RawSignInAs, signInLinkOf, storedAs, storeSession } from './local-session';

/**
 * Local mode (config.json `{"mode":"local"}`): tokens from the local server's development
 * issuer, `GET /dev/token?role=&country=`, which only `npm start` serves. `?as=regional-lead`
 * or `?as=country-office&country=LA` in the page's address signs straight in. The token is kept
 * in the browser (local-session.ts), so a reload or a second visit of the same link signs in
 * without asking the issuer again while it is valid.
 */
export class LocalAuth extends AuthStore {
  readonly mode = 'local' as const;

  /**
   * `early`: the token the boot module already asked for this page load (`localSessionToken`
   * over the address the page was opened with), so the sign-in does not wait for the app's code.
   */
  constructor(
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
    private readonly early?: Promise<string | null>,
  ) {
    super();
  }

  async start(): Promise<void> {
    const url = new URL(window.location.href);
    const link = signInLinkOf(url.search);
    if (link !== null) {
      url.searchParams.delete('as');
      url.searchParams.delete('country');
      // The link did its job; leaving it would sign in again on every reload and travel in copies.
      window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
      if (!isRole(link.role) || (link.role === 'country-office' && !isCountryCode(link.country)))
        return this.setState({ status: 'signed-out', problem: 'bad-sign-in-link' });
    }
    const search = link ? `?${new URLSearchParams({ as: link.role, ...(link.country ? { country: link.country } : {}) })}` : '';
    const token = await (this.early ?? localSessionToken(search, Date.now() / 1000, this.fetcher));
    if (this.adopt(token, link ?? storedAs())) return;
    if (link) return this.setState({ status: 'signed-out', problem: 'sign-in-failed' });
    forgetSession();
    this.setState({ status: 'signed-out' });
  }

  /** Signs in with `token` for `as` if the token names a person and is valid; false otherwise. */
  private adopt(token: string | null, as: RawSignInAs | null): boolean {
    const user = token ? userFromToken(token) : null;
    if (!token || !user || !as || isExpired(user, Date.now() / 1000)) return false;
    storeSession(token, as);
    this.setState({ status: 'signed-in', user, token });
    return true;
  }

  async signIn(as?: SignInAs): Promise<void> {
    if (!as) throw new Error('local sign-in needs a role');
    const raw = { role: as.role, ...(as.country ? { country: as.country } : {}) };
    if (!this.adopt(await fetchDevToken(raw, this.fetcher), raw)) this.setState({ status: 'signed-out', problem: 'sign-in-failed' });
  }

  /** A development token simply expires: ask the issuer again for the same person. */
  async renew(): Promise<boolean> {
    const as = storedAs();
    if (!as || !isRole(as.role)) return false;
    if (this.adopt(await fetchDevToken(as, this.fetcher), as)) return true;
    this.setState({ status: 'signed-out', problem: 'sign-in-failed' });
    return false;
  }

  async signOut(): Promise<void> {
    forgetSession();
    this.setState({ status: 'signed-out' });
  }
}
