import type { CountryCode, Role } from '@etip/core';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createTokenVerifier } from './verify-token';

const ISSUER = 'urn:etip-monitor:unit-test';
const AUDIENCE = 'etip-monitor-unit-test';

/**
 * A key pair of the test's own and the real verifier trusting it, for the API's in-memory tests:
 * tokens are signed and checked as in AWS (issuer, audience, ES256 signature, expiry), no network.
 */
export async function testTokens() {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const keys = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'unit', alg: 'ES256' }] });
  const verifyToken = createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, keys });
  const tokenFor = (role: Role, country?: CountryCode) => {
    const sub = `unit-${role}-${country ?? 'all'}`;
    // Claims as Cognito's ID tokens carry them: the verified email is who history records.
    return new SignJWT({
      'cognito:username': sub,
      email: `${sub.toLowerCase()}@example.org`,
      email_verified: true,
      name: `${role} ${country ?? ''}`.trim(),
      'cognito:groups': [role],
      ...(country ? { 'custom:country': country } : {}),
      token_use: 'id',
    })
      .setProtectedHeader({ alg: 'ES256', kid: 'unit' })
      .setSubject(sub)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(privateKey);
  };
  return { verifyToken, tokenFor };
}
