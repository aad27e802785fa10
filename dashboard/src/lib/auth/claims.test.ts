import { describe, expect, it } from 'vitest';
import { isExpired, userFromToken } from './claims';

/** An unsigned JWT with these claims: the dashboard reads claims, the API checks signatures. */
const base64url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const token = (claims: object) => `e30.${base64url(JSON.stringify(claims))}.sig`;

describe('userFromToken', () => {
  it('reads role and country as the API does (roleOfClaims of core)', () => {
    expect(userFromToken(token({ sub: 's', 'cognito:groups': ['country-office'], 'custom:country': 'LA', exp: 100 }))).toEqual({
      role: 'country-office',
      country: 'LA',
      name: 's',
      expiresAt: 100,
    });
    expect(userFromToken(token({ sub: 's', 'cognito:groups': ['us-east-1_X_Google', 'viewer'] }))?.role).toBe('viewer');
  });

  it('refuses what the API refuses: no role, two roles, an office without a country, garbage', () => {
    expect(userFromToken(token({ sub: 's', 'cognito:groups': [] }))).toBeNull();
    expect(userFromToken(token({ sub: 's', 'cognito:groups': ['admin', 'viewer'] }))).toBeNull();
    expect(userFromToken(token({ sub: 's', 'cognito:groups': ['country-office'], 'custom:country': 'FR' }))).toBeNull();
    expect(userFromToken('not-a-jwt')).toBeNull();
  });

  it('reads Khmer and other non-Latin names intact (UTF-8 in base64url)', () => {
    expect(userFromToken(token({ sub: 's', 'cognito:groups': ['viewer'], email: 'សុខា@example.org' }))?.name).toBe('សុខា@example.org');
  });

  it('counts a token as expired a little before it is, so a request never carries a dying one', () => {
    const user = { role: 'viewer' as const, country: null, name: 's', expiresAt: 1000 };
    expect(isExpired(user, 900)).toBe(false);
    expect(isExpired(user, 975)).toBe(true);
  });
});
