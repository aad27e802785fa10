import type { Role } from '@etip/core/access';
import type { CountryCode } from '@etip/core/framework';
import type { SessionUser } from './claims';

export type AuthState =
  | { readonly status: 'starting' }
  | { readonly status: 'signed-out'; readonly problem?: 'bad-sign-in-link' | 'sign-in-failed' | 'expired' }
  | { readonly status: 'signed-in'; readonly user: SessionUser; readonly token: string };

/** Whom to sign in as with the local development issuer. */
export interface SignInAs {
  readonly role: Role;
  readonly country?: CountryCode | undefined;
}

/**
 * The sign-in of either mode (local development issuer, Cognito through OIDC) behind one face:
 * the app reads its state (a store for `useSyncExternalStore`), the API client asks it for the
 * token and, after a 401, for one renewal.
 */
export abstract class AuthStore {
  abstract readonly mode: 'local' | 'aws';
  private state: AuthState = { status: 'starting' };
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): AuthState => this.state;

  protected setState(state: AuthState) {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  /** The bearer token for a request, or null when nobody is signed in. */
  token(): string | null {
    return this.state.status === 'signed-in' ? this.state.token : null;
  }

  /** Reads the session this page was opened with (a stored token, a sign-in link, an OIDC callback). */
  abstract start(): Promise<void>;
  /** Signs in: locally as the role asked for; in AWS through the hosted sign-in page. */
  abstract signIn(as?: SignInAs): Promise<void>;
  /** One attempt at a fresh token after the API refused this one; true when there is one. */
  abstract renew(): Promise<boolean>;
  abstract signOut(): Promise<void>;
}
