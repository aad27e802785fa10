import type { RuntimeConfig } from '../runtime-config';
import type { AuthStore } from './auth-store';
import { LocalAuth } from './local-auth';

/**
 * The sign-in for where the dashboard runs; the OIDC client is loaded only in AWS mode. In local
 * mode, `earlyLocalToken` is the token the boot module already asked for (lib/boot/early.ts).
 */
export async function createAuth(config: RuntimeConfig, earlyLocalToken?: Promise<string | null>): Promise<AuthStore> {
  if (config.mode === 'local') return new LocalAuth(undefined, earlyLocalToken);
  const { OidcAuth } = await import('./oidc-auth');
  return new OidcAuth(config);
}
