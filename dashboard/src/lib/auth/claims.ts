import { type Role, roleOfClaims } from '@etip/core/access';
import type { CountryCode } from '@etip/core/framework';
import { EXPIRY_MARGIN_SECONDS, jwtPayload } from './jwt';

export { jwtPayload } from './jwt';

/** Who is signed in, as far as the dashboard needs to know: what to show, and when to renew. */
export interface SessionUser {
  readonly role: Role;
  readonly country: CountryCode | null;
  readonly name: string;
  /** When the token stops being accepted (epoch seconds), if it says. */
  readonly expiresAt: number | null;
}

/**
 * The person a token names, read as the API reads it (`roleOfClaims` of core), or null for a
 * token the API would refuse anyway: no role, two roles, a country office with no country.
 */
export function userFromToken(token: string): SessionUser | null {
  const claims = jwtPayload(token);
  if (!claims) return null;
  const read = roleOfClaims(claims);
  if ('fault' in read) return null;
  const name = [claims.email, claims['cognito:username'], claims.sub].find((v): v is string => typeof v === 'string' && v !== '') ?? '';
  return { ...read, name, expiresAt: typeof claims.exp === 'number' ? claims.exp : null };
}

/** A token that has expired, or will within `marginSeconds` (renewing a little early avoids a 401). */
export function isExpired(user: SessionUser, nowSeconds: number, marginSeconds = EXPIRY_MARGIN_SECONDS): boolean {
  return user.expiresAt !== null && user.expiresAt - marginSeconds <= nowSeconds;
}
