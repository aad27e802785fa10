import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AuthenticationError, createTokenVerifier } from '@etip/api/auth/verify-token';
import { COUNTRY_CODES, ROLES } from '@etip/core';
import { createDevIssuer, loadDevIssuer, parseDevTokenRequest } from '@etip/local/dev-issuer';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
let scratch: string;
let dataDir: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'etip-dev-issuer-'));
  dataDir = join(scratch, 'data'); // not there yet: the issuer creates it
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** `npm run token` as a person runs it, from the repository root, against our data dir. */
async function tokenCli(...args: string[]) {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'local/src/token-cli.ts', ...args], {
      env: { ...process.env, DATA_DIR: dataDir },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe('local development issuer', () => {
  it('persists one key, so a second load verifies what the first issued', async () => {
    const first = await loadDevIssuer(dataDir);
    const token = await first.issue({ role: 'country-office', country: 'LA' });

    const second = await loadDevIssuer(dataDir);
    const verify = createTokenVerifier(second);
    // The actor is the verified email, as with Cognito, not the display name.
    expect(await verify(`Bearer ${token}`)).toEqual({
      sub: 'dev-country-office-LA',
      name: 'dev-country-office-la@example.org',
      role: 'country-office',
      country: 'LA',
    });
    expect(second.jwks).toEqual(first.jwks);
    expect((await stat(join(dataDir, 'dev-issuer-key.json'))).mode & 0o777).toBe(0o600);
  });

  it('publishes only the public half of its key', async () => {
    const { jwks } = await loadDevIssuer(dataDir);
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('agrees with itself when several processes create the key at once', async () => {
    const racing = join(scratch, 'racing');
    const issuers = await Promise.all([1, 2, 3, 4].map(() => loadDevIssuer(racing)));
    const token = await issuers[0]!.issue({ role: 'admin' });
    for (const issuer of issuers) {
      expect((await createTokenVerifier(issuer)(`Bearer ${token}`)).role).toBe('admin');
    }
  });

  it('leaves the country out for every role but a country office', async () => {
    const issuer = await createDevIssuer();
    const user = await createTokenVerifier(issuer)(`Bearer ${await issuer.issue({ role: 'regional-lead', country: 'KH' })}`);
    expect(user).toEqual({ sub: 'dev-regional-lead', name: 'dev-regional-lead@example.org', role: 'regional-lead', country: null });
  });

  it('mints the claims of a Cognito ID token, with the display name apart from the verified email', async () => {
    const issuer = await createDevIssuer();
    const token = await issuer.issue({ role: 'country-office', country: 'KH', name: 'Sokha' });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      sub: 'dev-country-office-KH',
      'cognito:username': 'dev-country-office-KH',
      email: 'dev-country-office-kh@example.org',
      email_verified: true,
      name: 'Sokha',
      'cognito:groups': ['country-office'],
      'custom:country': 'KH',
      token_use: 'id',
    });
    expect((await createTokenVerifier(issuer)(`Bearer ${token}`)).name).toBe('dev-country-office-kh@example.org');
  });

  it('refuses a country office without a country', async () => {
    const issuer = await createDevIssuer();
    await expect(issuer.issue({ role: 'country-office' })).rejects.toThrow(/country: is required \(one of KH/);
  });

  it('is not trusted by a verifier with another key', async () => {
    const token = await (await createDevIssuer()).issue({ role: 'admin' });
    const verify = createTokenVerifier(await loadDevIssuer(dataDir));
    await expect(verify(`Bearer ${token}`)).rejects.toBeInstanceOf(AuthenticationError);
  });
});

describe('parseDevTokenRequest', () => {
  it.each([
    [
      { role: 'country-office', country: 'VN' },
      { ok: true, role: 'country-office', country: 'VN' },
    ],
    [
      { role: 'viewer', country: 'ZZ' },
      { ok: true, role: 'viewer', country: undefined },
    ],
    [
      {},
      {
        ok: false,
        errors: [{ path: 'role', code: 'required', params: { allowed: ROLES }, message: expect.stringMatching(/^is required \(one of country-office, /) }],
      },
    ],
    [
      { role: 'root' },
      { ok: false, errors: [{ path: 'role', code: 'invalid-option', params: { got: 'root', allowed: ROLES }, message: expect.stringMatching(/got 'root'$/) }] },
    ],
    [
      { role: 'country-office' },
      { ok: false, errors: [{ path: 'country', code: 'required', params: { allowed: COUNTRY_CODES }, message: expect.stringMatching(/KH, CN/) }] },
    ],
    [
      { role: 'country-office', country: 'FR' },
      {
        ok: false,
        errors: [
          { path: 'country', code: 'unknown-country', params: { got: 'FR', allowed: COUNTRY_CODES }, message: expect.stringMatching(/^unknown country 'FR'/) },
        ],
      },
    ],
  ])('%j', (query, expected) => {
    expect(parseDevTokenRequest(query)).toEqual(expected);
  });
});

describe('npm run token', () => {
  it('prints only a token that the server verifies', async () => {
    const { code, stdout } = await tokenCli('--role', 'country-office', '--country', 'LA', '--expires-in', '5m');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const verify = createTokenVerifier(await loadDevIssuer(dataDir));
    expect(await verify(`Bearer ${stdout.trim()}`)).toMatchObject({ role: 'country-office', country: 'LA' });
  });

  it.each([
    [['--role', 'country-office'], /--country: is required \(one of KH/],
    [['--role', 'root'], /--role: must be one of country-office, .*; got 'root'/],
    [['--role', 'admin', '--colour', 'red'], /Unknown option '--colour'/],
    [['--role', 'admin', '--expires-in', 'soon'], /--expires-in/],
  ])('exits 2 with usage for %j', async (args, message) => {
    const { code, stdout, stderr } = await tokenCli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/usage: npm run -s token/);
  });
});
