import type { User } from '@etip/core/access';
import { type ClaimsFault, roleOfClaims } from '@etip/core/access';
import { once } from '@etip/core/once';
import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import { createRemoteJWKSet, errors, jwtVerify } from 'jose';

/**
 * Why a request carries no usable identity: the API answers 401 with `message`. The message
 * never repeats the token or its claims, so it is safe to return and to log.
 */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
}

/** Cognito signs with RS256, the local issuer with ES256; never HMAC or `none`. */
const ACCEPTED_ALGORITHMS = ['RS256', 'ES256'];
/** Lambda and laptop clocks drift; half a minute is plenty and keeps expiry meaningful. */
const CLOCK_TOLERANCE_SECONDS = 30;

export interface TokenVerifierOptions {
  readonly issuer: string;
  readonly audience: string;
  readonly keys: JWTVerifyGetKey;
}

/** Checks a bearer token (issuer, audience, signature by JWKS, expiry) and maps it to a `User`. */
export function createTokenVerifier({ issuer, audience, keys }: TokenVerifierOptions) {
  return async function verify(authorization: string | undefined): Promise<User> {
    const token = bearerToken(authorization);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer,
        audience,
        algorithms: ACCEPTED_ALGORITHMS,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        // jose checks `exp` only when present; a token that never expires is not one we issue.
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      throw toAuthenticationError(error);
    }
    return userFromClaims(payload);
  };
}

/**
 * The keys of a JWKS endpoint, fetched on first use and cached (Cognito: `${issuer}/.well-known/jwks.json`).
 * The key set itself is made on the first request too: creating it loads Node's fetch, which
 * would otherwise add to every cold start (DESIGN.md 7).
 */
export function jwksFromUrl(url: string | URL): JWTVerifyGetKey {
  const keys = once(() => createRemoteJWKSet(new URL(url)));
  return (header, token) => keys()(header, token);
}

function bearerToken(authorization: string | undefined): string {
  if (!authorization?.trim()) throw new AuthenticationError('The Authorization header is missing');
  // RFC 7235: the scheme is case-insensitive.
  const match = /^Bearer +([^\s]+)\s*$/i.exec(authorization);
  if (!match?.[1]) throw new AuthenticationError('The Authorization header must be "Bearer <token>"');
  return match[1];
}

/** jose failures that mean a bad token; anything else (e.g. the JWKS endpoint down) is ours, not the caller's. */
const TOKEN_FAULTS: Record<string, string> = {
  ERR_JWT_EXPIRED: 'The token has expired',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'The token signature is not valid',
  ERR_JWKS_NO_MATCHING_KEY: 'The token is not signed by a known key',
  ERR_JWKS_MULTIPLE_MATCHING_KEYS: 'The token does not name its signing key',
  ERR_JOSE_ALG_NOT_ALLOWED: 'The token is signed with an algorithm that is not accepted',
  ERR_JOSE_NOT_SUPPORTED: 'The token uses an unsupported feature',
  ERR_JWS_INVALID: 'The token is malformed',
  ERR_JWT_INVALID: 'The token is malformed',
};

function toAuthenticationError(error: unknown): unknown {
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return new AuthenticationError('The token is from another issuer');
    if (error.claim === 'aud') return new AuthenticationError('The token is for another application');
    const problem = error.reason === 'missing' ? 'has no' : 'has an invalid';
    return new AuthenticationError(`The token ${problem} "${error.claim}" claim`);
  }
  if (error instanceof errors.JOSEError) {
    const message = TOKEN_FAULTS[error.code];
    if (message) return new AuthenticationError(message);
  }
  return error;
}

/** What the caller is told when the claims give no usable role (`roleOfClaims`, shared with the dashboard). */
const CLAIMS_FAULTS: Record<ClaimsFault, string> = {
  'no-role': 'The token must carry exactly one role in "cognito:groups"',
  'many-roles': 'The token must carry exactly one role in "cognito:groups"',
  'no-country': 'A country-office token must carry a programme country in "custom:country"',
};

function userFromClaims(claims: JWTPayload): User {
  // Cognito also issues access tokens with the same signature; only ID tokens carry the profile.
  if (claims.token_use !== undefined && claims.token_use !== 'id') {
    throw new AuthenticationError('The token is not an ID token');
  }
  const sub = nonEmptyString(claims.sub);
  if (!sub) throw new AuthenticationError('The token has no subject');

  const read = roleOfClaims(claims);
  if ('fault' in read) throw new AuthenticationError(CLAIMS_FAULTS[read.fault]);
  const { role, country } = read;
  return { sub, name: vouchedName(claims, sub), role, country };
}

/**
 * How history names the person: what the identity provider vouches for, never what the user
 * typed. The email only once verified (Cognito clears `email_verified` when an email changes);
 * else the user name Cognito assigned (with email sign-in, an opaque id), else the subject. The
 * `name` claim is left out: whoever can edit their own profile could sign a report as someone else.
 */
function vouchedName(claims: JWTPayload, sub: string): string {
  const email = nonEmptyString(claims.email);
  // Cognito writes the flag as a boolean in its ID tokens; some identity providers as a string.
  const verified = claims.email_verified === true || claims.email_verified === 'true';
  return (verified ? email : undefined) ?? nonEmptyString(claims['cognito:username']) ?? sub;
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
