import { Duration } from 'aws-cdk-lib';
import { HeadersFrameOption, HeadersReferrerPolicy, ResponseHeadersPolicy } from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';
import { contentSecurityPolicy } from './content-security-policy';

/** Security headers on every response of the distribution, the API's included. */
export function securityHeaders(scope: Construct, signInUrl: string, region: string) {
  return new ResponseHeadersPolicy(scope, 'SecurityHeaders', {
    comment: 'ETIP Monitor: HSTS, CSP, no sniffing, no framing, same-origin referrer',
    securityHeadersBehavior: {
      strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true },
      contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy({ signInUrl, region }), override: true },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.SAME_ORIGIN, override: true },
    },
    customHeadersBehavior: {
      customHeaders: [{ header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()', override: true }],
    },
  });
}
