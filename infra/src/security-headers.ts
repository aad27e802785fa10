import { cognitoEndpoint } from '@etip/aws';
import { Duration } from 'aws-cdk-lib';
import { HeadersFrameOption, HeadersReferrerPolicy, ResponseHeadersPolicy } from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';

/**
 * The Content-Security-Policy of the site: everything from our own origin (the dashboard's
 * bundles, fonts and styles are files, never inline; ECharts draws on canvas and sets styles
 * through the DOM, which CSP allows), plus the Cognito sign-in domain the dashboard exchanges
 * its authorization code with. Nothing may frame the site, post forms elsewhere or load plugins.
 */
export function contentSecurityPolicy(signInUrl: string, region: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${signInUrl} ${cognitoEndpoint(region)}`,
    `form-action 'self' ${signInUrl}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}

/** Security headers on every response of the distribution, the API's included. */
export function securityHeaders(scope: Construct, signInUrl: string, region: string) {
  return new ResponseHeadersPolicy(scope, 'SecurityHeaders', {
    comment: 'ETIP Monitor: HSTS, CSP, no sniffing, no framing, same-origin referrer',
    securityHeadersBehavior: {
      strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true },
      contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(signInUrl, region), override: true },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.SAME_ORIGIN, override: true },
    },
    customHeadersBehavior: {
      customHeaders: [{ header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()', override: true }],
    },
  });
}
