/**
 * Where Cognito's token endpoints live, and who a user pool's tokens name as their issuer. The
 * API verifies against this issuer; the CDK app gives it to the HTTP API's authorizer and the
 * Lambda, and opens the site's CSP to the endpoint: one definition for all of them.
 */
export const cognitoEndpoint = (region: string) => `https://cognito-idp.${region}.amazonaws.com`;

export const cognitoIssuer = (region: string, userPoolId: string) => `${cognitoEndpoint(region)}/${userPoolId}`;
