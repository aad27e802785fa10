import { type User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { AwsConfig } from '../runtime-config';
import { AuthStore } from './auth-store';
import { userFromToken } from './claims';

/**
 * AWS mode: Cognito's hosted sign-in through oidc-client-ts (a maintained, certified-style OIDC
 * client: authorization code with PKCE, token storage, refresh-token renewal), configured from
 * config.json. This module is imported only when config.json has Cognito ids, so local mode and
 * the first paint never load it. The API takes the ID token (it checks `token_use` is `id`).
 *
 * Renewal uses the refresh token, never a hidden iframe: the site forbids framing
 * (`frame-ancestors 'none'`), which would break iframe-based silent renewal.
 */
export class OidcAuth extends AuthStore {
  readonly mode = 'aws' as const;
  private readonly manager: UserManager;

  constructor(config: AwsConfig) {
    super();
    const site = `${window.location.origin}/`;
    this.manager = new UserManager({
      authority: `https://cognito-idp.${config.region}.amazonaws.com/${config.userPoolId}`,
      client_id: config.clientId,
      // The app client's only callback and sign-out URLs are the site's root (infra/src/dashboard-client.ts).
      redirect_uri: site,
      post_logout_redirect_uri: site,
      response_type: 'code',
      scope: 'openid email profile',
      automaticSilentRenew: true,
      loadUserInfo: false,
      // Per tab, as in local mode: a shared computer's next user starts signed out.
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
      // Cognito's discovery document has no end_session_endpoint; its hosted UI's /logout is it.
      metadataSeed: { end_session_endpoint: `${config.signInUrl}/logout` },
    });
    this.manager.events.addUserLoaded((user) => {
      this.adopt(user);
    });
    this.manager.events.addSilentRenewError(() => this.setState({ status: 'signed-out', problem: 'expired' }));
    this.manager.events.addUserSignedOut(() => this.setState({ status: 'signed-out' }));
  }

  private adopt(user: User | null): boolean {
    const token = user?.id_token;
    const person = token ? userFromToken(token) : null;
    if (!token || !person || user?.expired) return false;
    this.setState({ status: 'signed-in', user: person, token });
    return true;
  }

  async start(): Promise<void> {
    const url = new URL(window.location.href);
    if (url.searchParams.has('code') && url.searchParams.has('state')) {
      try {
        const user = await this.manager.signinRedirectCallback();
        const back = typeof user.state === 'string' && user.state.startsWith('/') ? user.state : '/';
        window.history.replaceState(null, '', back);
        if (this.adopt(user)) return;
      } catch {
        window.history.replaceState(null, '', '/');
        return this.setState({ status: 'signed-out', problem: 'sign-in-failed' });
      }
    }
    if (this.adopt(await this.manager.getUser())) return;
    if (await this.renew()) return;
    this.setState({ status: 'signed-out' });
  }

  /** To Cognito's page; back to the same view (path and filters) afterwards. */
  async signIn(): Promise<void> {
    await this.manager.signinRedirect({ state: window.location.pathname + window.location.search });
  }

  async renew(): Promise<boolean> {
    // Without a refresh token oidc-client-ts would try a hidden iframe, which the CSP refuses.
    if (!(await this.manager.getUser())?.refresh_token) return false;
    try {
      const user = await this.manager.signinSilent();
      return this.adopt(user);
    } catch {
      return false;
    }
  }

  async signOut(): Promise<void> {
    const client = this.manager.settings.client_id;
    await this.manager.removeUser();
    this.setState({ status: 'signed-out' });
    // Cognito's /logout wants client_id and logout_uri rather than OIDC's names.
    await this.manager.signoutRedirect({ extraQueryParams: { client_id: client, logout_uri: `${window.location.origin}/` } });
  }
}
