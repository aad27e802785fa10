import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Role } from '@etip/core/access';
import { isRole, ROLES } from '@etip/core/access';
import type { CountryCode } from '@etip/core/framework';
import { COUNTRY_CODES, country as countryOf, isCountryCode } from '@etip/core/framework';
import { type FieldError, fieldError } from '@etip/core/problems';
import type { JWK, JWTVerifyGetKey } from 'jose';
import { calculateJwkThumbprint, createLocalJWKSet, exportJWK, generateKeyPair, importJWK, SignJWT } from 'jose';

/** The local stand-in for the Cognito user pool (DESIGN.md 4); never part of a Lambda build. */
export const DEV_ISSUER = 'urn:etip-monitor:local-dev';
export const DEV_AUDIENCE = 'etip-monitor-local';
const ALGORITHM = 'ES256';
const KEY_FILE = 'dev-issuer-key.json';
/** A working day and then some: long enough not to interrupt, short enough to notice. */
const DEFAULT_EXPIRES_IN = '12h';

export interface DevTokenClaims {
  readonly role: Role;
  readonly country?: CountryCode;
  readonly name?: string;
  readonly sub?: string;
  /** A jose time span: `'12h'`, `'30m'`, `'7 days'`. */
  readonly expiresIn?: string;
}

export interface DevIssuer {
  readonly issuer: string;
  readonly audience: string;
  /** Verification keys for `createTokenVerifier`. */
  readonly keys: JWTVerifyGetKey;
  /** The public key set, as Cognito publishes it at `/.well-known/jwks.json`. */
  readonly jwks: { keys: JWK[] };
  issue(claims: DevTokenClaims): Promise<string>;
}

export type DevTokenRequest = { ok: true; role: Role; country: CountryCode | undefined } | { ok: false; errors: FieldError[] };

/**
 * Validates who to sign in as, for `GET /dev/token` and `npm run token` alike. A country is
 * required for a country office and ignored for every other role, as the verifier does.
 */
export function parseDevTokenRequest(query: Record<string, string | undefined>): DevTokenRequest {
  const { role, country } = query;
  if (!isRole(role)) {
    const error = role ? fieldError('role', 'invalid-option', { got: role, allowed: ROLES }) : fieldError('role', 'required', { allowed: ROLES });
    return { ok: false, errors: [error] };
  }
  if (role !== 'country-office') return { ok: true, role, country: undefined };
  if (!isCountryCode(country)) {
    const error = country
      ? fieldError('country', 'unknown-country', { got: country, allowed: COUNTRY_CODES })
      : fieldError('country', 'required', { allowed: COUNTRY_CODES });
    return { ok: false, errors: [error] };
  }
  return { ok: true, role, country };
}

/** An issuer with a fresh in-memory key, for tests. */
export async function createDevIssuer(): Promise<DevIssuer> {
  return issuerFromPrivateJwk(await generatePrivateJwk());
}

/**
 * The issuer whose key lives in `${dataDir}/dev-issuer-key.json`, so the CLI and the running
 * server sign and verify with the same key. The key is created on first use.
 */
export async function loadDevIssuer(dataDir: string): Promise<DevIssuer> {
  const file = join(dataDir, KEY_FILE);
  const stored = await readKeyFile(file);
  if (stored) return issuerFromPrivateJwk(stored);

  await mkdir(dataDir, { recursive: true });
  const fresh = await generatePrivateJwk();
  // Write aside, then link into place: link fails if another process (the server and the CLI
  // starting together) got there first, and nobody ever reads a half-written key.
  const temporary = `${file}.${randomUUID()}.tmp`;
  await writeFile(temporary, `${JSON.stringify(fresh, null, 2)}\n`, { mode: 0o600 });
  try {
    await link(temporary, file);
    return issuerFromPrivateJwk(fresh);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const winner = await readKeyFile(file);
    if (!winner) throw error;
    return issuerFromPrivateJwk(winner);
  } finally {
    await rm(temporary, { force: true });
  }
}

async function readKeyFile(file: string): Promise<JWK | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const jwk = parseJson(text) as JWK | undefined;
  // Say nothing about the contents: they are a private key.
  if (jwk?.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d) {
    throw new Error(`${file} is not an ES256 private key; delete it to make a new one`);
  }
  return jwk;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function generatePrivateJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  return exportJWK(privateKey);
}

async function issuerFromPrivateJwk(privateJwk: JWK): Promise<DevIssuer> {
  const { kty, crv, x, y } = privateJwk;
  const publicJwk: JWK = { kty, crv, x, y };
  const kid = await calculateJwkThumbprint(publicJwk);
  const jwks = { keys: [{ ...publicJwk, kid, alg: ALGORITHM, use: 'sig' }] };
  const signingKey = await importJWK(privateJwk, ALGORITHM);

  async function issue(claims: DevTokenClaims): Promise<string> {
    const request = parseDevTokenRequest({ role: claims.role, country: claims.country });
    if (!request.ok) throw new RangeError(request.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
    const { role, country } = request;
    const who = country ? `${role}-${country}` : role;
    const sub = claims.sub ?? `dev-${who}`;
    // The claims of a Cognito ID token: with email sign-in the user name is the opaque `sub`,
    // and the email, verified by the admin who created the user, is what history records.
    return new SignJWT({
      'cognito:username': sub,
      email: devEmail(sub),
      email_verified: true,
      name: claims.name ?? defaultName(role, country),
      'cognito:groups': [role],
      ...(country ? { 'custom:country': country } : {}),
      token_use: 'id',
    })
      .setProtectedHeader({ alg: ALGORITHM, kid, typ: 'JWT' })
      .setSubject(sub)
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(claims.expiresIn ?? DEFAULT_EXPIRES_IN)
      .sign(signingKey);
  }

  return { issuer: DEV_ISSUER, audience: DEV_AUDIENCE, keys: createLocalJWKSet(jwks), jwks, issue };
}

const ROLE_NAMES: Record<Role, string> = {
  'country-office': 'M&E officer',
  'regional-lead': 'Regional lead',
  admin: 'Admin',
  viewer: 'Viewer',
};

function defaultName(role: Role, country: CountryCode | undefined): string {
  return country ? `${countryOf(country).name} ${ROLE_NAMES[role]} (dev)` : `${ROLE_NAMES[role]} (dev)`;
}

/** A development user's email, one per subject, in the domain reserved for examples (RFC 2606). */
function devEmail(sub: string): string {
  return `${sub.toLowerCase()}@example.org`;
}
