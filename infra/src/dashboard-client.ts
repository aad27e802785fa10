import { Duration } from 'aws-cdk-lib';
import { ClientAttributes, type IUserPool, OAuthScope, UserPoolClient, UserPoolClientIdentityProvider } from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import { COUNTRY_ATTRIBUTE } from './auth-stack';

/**
 * What a signed-in user may change about themselves through the dashboard's client: only their
 * locale, a preference that grants nothing. Never `custom:country` (it decides which country's
 * reports an office reads and writes), nor `name` or `email` (who the person is, set by admins).
 * The list must not be empty: Cognito reads an empty `WriteAttributes` as "every attribute
 * writable", custom ones included, which is the hole this closes.
 */
const SELF_WRITABLE = new ClientAttributes().withStandardAttributes({ locale: true });

/**
 * What the dashboard's ID tokens carry beyond `sub` and `cognito:groups`: the country of an
 * office, the verified email the API records as the actor in history, the name admins set (for
 * display only) and the locale. Cognito requires a client to read what it may write.
 */
const READABLE = new ClientAttributes()
  .withStandardAttributes({ email: true, emailVerified: true, fullname: true, locale: true })
  .withCustomAttributes(COUNTRY_ATTRIBUTE);

/**
 * The dashboard's sign-in client (DESIGN.md 4): a public client (no secret: it runs in the
 * browser) that signs in only through Cognito's hosted pages with the authorization code grant,
 * the browser adding PKCE; never the implicit grant, and none of the user pools API's own sign-in
 * flows (USER_SRP_AUTH, USER_PASSWORD_AUTH, CUSTOM_AUTH), which Cognito allows by default when no
 * flow is named. Those flows hand out access tokens with the `aws.cognito.signin.user.admin`
 * scope, with which a user calls UpdateUserAttributes on themselves; only refreshing a session is
 * left. The hosted UI (classic, the domain's default) does not use these flows.
 */
export function dashboardClient(scope: Construct, userPool: IUserPool, siteUrl: string): UserPoolClient {
  return new UserPoolClient(scope, 'DashboardClient', {
    userPool,
    generateSecret: false,
    supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
    // Naming any flow replaces Cognito's defaults; the CDK always adds ALLOW_REFRESH_TOKEN_AUTH.
    authFlows: { userSrp: false, userPassword: false, custom: false, adminUserPassword: false, user: false },
    oAuth: {
      flows: { authorizationCodeGrant: true, implicitCodeGrant: false },
      // Not OAuthScope.COGNITO_ADMIN: that scope lets a token change its own user's attributes.
      scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
      callbackUrls: [siteUrl],
      logoutUrls: [siteUrl],
    },
    readAttributes: READABLE,
    writeAttributes: SELF_WRITABLE,
    preventUserExistenceErrors: true,
    // Survivor data: a lost laptop stays signed in for a working day at most.
    idTokenValidity: Duration.hours(1),
    accessTokenValidity: Duration.hours(1),
    refreshTokenValidity: Duration.hours(12),
  });
}
