import { cognitoEndpoint } from '@etip/aws';

/** Where a deployed dashboard signs in: its Cognito domain, and the region of Cognito's API. */
export interface CognitoSignIn {
  signInUrl: string;
  region: string;
}

/**
 * The Content-Security-Policy of the site: everything from our own origin (the dashboard's
 * bundles, fonts and styles are files, never inline; ECharts draws on canvas and sets styles
 * through the DOM, which CSP allows), plus the Cognito sign-in domain the dashboard exchanges
 * its authorization code with. Nothing may frame the site, post forms elsewhere or load plugins.
 *
 * In its own module, free of the CDK, so that the local server (`npm start`) sends the very same
 * policy without loading aws-cdk-lib; there no Cognito is involved (`signIn` left out), so the
 * dashboard may reach its own origin only.
 */
export function contentSecurityPolicy(signIn?: CognitoSignIn): string {
  const signInPages = signIn ? [signIn.signInUrl] : [];
  const cognito = signIn ? [signIn.signInUrl, cognitoEndpoint(signIn.region)] : [];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    ["connect-src 'self'", ...cognito].join(' '),
    ["form-action 'self'", ...signInPages].join(' '),
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}
