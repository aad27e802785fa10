import type { RuntimeConfig } from '../runtime-config';
import type { AuthStore } from './auth-store';
import { LocalAuth } from './local-auth';

/** The sign-in for where the dashboard runs; the OIDC client is loaded only in AWS mode. */
export async function createAuth(config: RuntimeConfig): Promise<AuthStore> {
  if (config.mode === 'local') return new LocalAuth();
  const { OidcAuth } = await import('./oidc-auth');
  return new OidcAuth(config);
}
