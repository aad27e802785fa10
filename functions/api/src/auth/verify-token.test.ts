import { cognitoIssuer } from '@etip/aws';
import type { CryptoKey, JWK, JWTPayload } from 'jose';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, createTokenVerifier } from './verify-token';

const ISSUER = cognitoIssuer('ap-southeast-1', 'ap-southeast-1_Test');
const AUDIENCE = 'etip-monitor-client';

let rsaKey: CryptoKey;
let ecKey: CryptoKey;
let strangerKey: CryptoKey;
let verify: ReturnType<typeof createTokenVerifier>;

beforeAll(async () => {
  const rsa = await generateKeyPair('RS256');
  const ec = await generateKeyPair('ES256');
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  rsaKey = rsa.privateKey;
  ecKey = ec.privateKey;
  const keys: JWK[] = [
    { ...(await exportJWK(rsa.publicKey)), kid: 'rsa', alg: 'RS256' },
    { ...(await exportJWK(ec.publicKey)), kid: 'ec', alg: 'ES256' },
  ];
  verify = createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, keys: createLocalJWKSet({ keys }) });
});

interface SignOptions {
  key?: CryptoKey | Uint8Array;
  alg?: string;
  kid?: string;
  issuer?: string;
  audience?: string;
  expires?: number | string;
}

/** A Cognito-shaped ID token; `claims` override the defaults, `undefined` removes one. */
function sign(claims: JWTPayload = {}, options: SignOptions = {}): Promise<string> {
  const { key = rsaKey, alg = 'RS256', kid = 'rsa', issuer = ISSUER, audience = AUDIENCE, expires = '1h' } = options;
  const payload: JWTPayload = {
    sub: 'user-1',
    // As Cognito issues them for a pool that signs in by email: the user name is an opaque id.
    'cognito:username': 'user-1',
    email: 'somchai@example.org',
    email_verified: true,
    name: 'Somchai (M&E)',
    'cognito:groups': ['country-office'],
    'custom:country': 'LA',
    token_use: 'id',
    ...claims,
  };
  return new SignJWT(payload)
    .setProtectedHeader({ alg, kid, typ: 'JWT' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(key);
}

const bearer = (token: string) => `Bearer ${token}`;
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const nowSeconds = () => Math.floor(Date.now() / 1000);

async function rejection(authorization: string | undefined): Promise<AuthenticationError> {
  const error = await verify(authorization).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuthenticationError);
  return error as AuthenticationError;
}

describe('createTokenVerifier: accepted tokens', () => {
  it('maps a country office token to a user scoped to its country', async () => {
    const user = await verify(bearer(await sign()));
    expect(user).toEqual({ sub: 'user-1', name: 'somchai@example.org', role: 'country-office', country: 'LA' });
  });

  it.each(['regional-lead', 'admin', 'viewer'] as const)('maps a %s token with no country', async (role) => {
    // A stray custom:country on a regional role must not narrow or widen anything.
    const token = await sign({ 'cognito:groups': [role], 'custom:country': 'XX' });
    expect(await verify(bearer(token))).toEqual({ sub: 'user-1', name: 'somchai@example.org', role, country: null });
  });

  it('accepts ES256 as well as RS256', async () => {
    const token = await sign({}, { key: ecKey, alg: 'ES256', kid: 'ec' });
    expect((await verify(bearer(token))).country).toBe('LA');
  });

  it('ignores Cognito groups that are not roles of ours', async () => {
    const token = await sign({ 'cognito:groups': ['ap-southeast-1_Test_Google', 'admin'] });
    expect((await verify(bearer(token))).role).toBe('admin');
  });

  it('tolerates a little clock skew', async () => {
    const token = await sign({}, { expires: nowSeconds() - 10 });
    expect((await verify(bearer(token))).sub).toBe('user-1');
  });

  it('accepts the scheme in any case', async () => {
    expect((await verify(`bearer ${await sign()}`)).sub).toBe('user-1');
  });
});

describe('createTokenVerifier: who history names as the actor', () => {
  const actor = async (claims: JWTPayload) => (await verify(bearer(await sign(claims)))).name;

  it('is the verified email, never the name the user can set on their own profile', async () => {
    expect(await actor({ name: 'Regional lead' })).toBe('somchai@example.org');
    expect(await actor({ name: 'admin@example.org', email: 'somchai@example.org' })).toBe('somchai@example.org');
  });

  it('accepts the verification flag written as a string, as some identity providers do', async () => {
    expect(await actor({ email_verified: 'true' })).toBe('somchai@example.org');
  });

  it('is the user name Cognito assigned when the email is unverified or absent, not the email or the name', async () => {
    for (const unverified of [false, 'false', undefined]) {
      expect(await actor({ email: 'lead@example.org', email_verified: unverified, 'cognito:username': 'a1b2c3', name: 'Regional lead' })).toBe('a1b2c3');
    }
    expect(await actor({ email: undefined, email_verified: undefined, 'cognito:username': 'a1b2c3' })).toBe('a1b2c3');
  });

  it('is the subject when nothing else is vouched for, whatever the name says', async () => {
    const claims = { email: 'lead@example.org', email_verified: undefined, 'cognito:username': undefined, name: 'Regional lead' };
    expect(await actor(claims)).toBe('user-1');
    expect(await actor({ ...claims, 'cognito:username': ' ' })).toBe('user-1');
  });
});

describe('createTokenVerifier: rejected tokens', () => {
  it.each([
    ['missing', undefined, /missing/],
    ['empty', '', /missing/],
    ['without scheme', 'abc.def.ghi', /Bearer/],
    ['with another scheme', 'Basic dXNlcjpwYXNz', /Bearer/],
    ['with two tokens', 'Bearer a.b.c d.e.f', /Bearer/],
    ['garbled', 'Bearer not-a-jwt', /malformed/],
    ['garbled parts', 'Bearer !!.??.**', /malformed/],
  ])('an Authorization header %s', async (_, header, message) => {
    expect((await rejection(header)).message).toMatch(message);
  });

  it('an expired token', async () => {
    const token = await sign({}, { expires: nowSeconds() - 120 });
    expect((await rejection(bearer(token))).message).toBe('The token has expired');
  });

  it('a token that never expires', async () => {
    const claims = { sub: 'user-1', 'cognito:groups': ['admin'], iss: ISSUER, aud: AUDIENCE };
    const token = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'rsa' }).sign(rsaKey);
    expect((await rejection(bearer(token))).message).toBe('The token has no "exp" claim');
  });

  it('a token that is not valid yet', async () => {
    const token = await sign({ nbf: nowSeconds() + 600 });
    expect((await rejection(bearer(token))).message).toBe('The token has an invalid "nbf" claim');
  });

  it('a token from another issuer', async () => {
    const token = await sign({}, { issuer: cognitoIssuer('ap-southeast-1', 'ap-southeast-1_Other') });
    expect((await rejection(bearer(token))).message).toBe('The token is from another issuer');
  });

  it('a token for another audience', async () => {
    const token = await sign({}, { audience: 'another-client' });
    expect((await rejection(bearer(token))).message).toBe('The token is for another application');
  });

  it('a token signed by a key we do not know, under a known key id', async () => {
    const token = await sign({}, { key: strangerKey });
    expect((await rejection(bearer(token))).message).toBe('The token signature is not valid');
  });

  it('a token signed by a key we do not know, under an unknown key id', async () => {
    const token = await sign({}, { key: strangerKey, kid: 'stranger' });
    expect((await rejection(bearer(token))).message).toBe('The token is not signed by a known key');
  });

  it('a token whose payload was changed after signing', async () => {
    const [header, , signature] = (await sign()).split('.');
    const payload = base64url({ sub: 'user-1', 'cognito:groups': ['admin'], iss: ISSUER, aud: AUDIENCE, exp: nowSeconds() + 600 });
    expect((await rejection(bearer(`${header}.${payload}.${signature}`))).message).toBe('The token signature is not valid');
  });

  it('an unsigned token (alg none)', async () => {
    const claims = { sub: 'user-1', 'cognito:groups': ['admin'], iss: ISSUER, aud: AUDIENCE, exp: nowSeconds() + 600 };
    const token = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;
    expect((await rejection(bearer(token))).message).toMatch(/algorithm|malformed/);
  });

  it('an HMAC-signed token (HS256)', async () => {
    const token = await sign({}, { key: new TextEncoder().encode('a shared secret of at least 32 bytes!!'), alg: 'HS256' });
    expect((await rejection(bearer(token))).message).toBe('The token is signed with an algorithm that is not accepted');
  });

  it('a token with no subject', async () => {
    const token = await sign({ sub: '' });
    expect((await rejection(bearer(token))).message).toBe('The token has no subject');
  });

  it('an access token', async () => {
    const token = await sign({ token_use: 'access' });
    expect((await rejection(bearer(token))).message).toBe('The token is not an ID token');
  });

  it.each([
    ['no groups claim', undefined],
    ['an empty groups claim', []],
    ['a groups claim that is not an array', 'admin'],
    ['only unknown groups', ['superuser']],
    ['two of our roles', ['viewer', 'admin']],
  ])('a token with %s', async (_, groups) => {
    const token = await sign({ 'cognito:groups': groups });
    expect((await rejection(bearer(token))).message).toMatch(/exactly one role/);
  });

  it.each([
    ['no country', undefined],
    ['a country outside the programme', 'FR'],
    ['a lower-case code', 'la'],
    ['a country list', ['LA']],
  ])('a country office token with %s', async (_, country) => {
    const token = await sign({ 'custom:country': country });
    expect((await rejection(bearer(token))).message).toMatch(/custom:country/);
  });

  it('never repeats the token in its message', async () => {
    const token = await sign({ 'custom:country': 'FR' });
    const error = await rejection(bearer(token));
    expect(error.message).not.toContain(token.slice(0, 20));
    expect(error.message).not.toContain('FR');
  });
});
