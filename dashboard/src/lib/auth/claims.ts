import { type Role, roleOfClaims } from '@etip/core/access';
import type { CountryCode } from '@etip/core/framework';

/** Who is signed in, as far as the dashboard needs to know: what to show, and when to renew. */
export interface SessionUser {
  readonly role: Role;
  readonly country: CountryCode | null;
  readonly name: string;
  /** When the token stops being accepted (epoch seconds), if it says. */
  readonly expiresAt: number | null;
}

/** The payload of a JWT, unverified: the API verifies it; the dashboard only reads whom it is for. */
export function jwtPayload(token: string): Record<string, unknown> | null {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const base64 = part
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? (payload as Record<string, unknown>) : null;
  } catch {
    return null;
  }
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
export function isExpired(user: SessionUser, nowSeconds: number, marginSeconds = 30): boolean {
  return user.expiresAt !== null && user.expiresAt - marginSeconds <= nowSeconds;
}
