import { cognitoIssuer } from '@etip/aws';
import { ROLES } from '@etip/core/access';
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { AccountRecovery, CfnUserPoolGroup, Mfa, StringAttribute, UserPool, type UserPoolDomain } from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import type { StageConfig } from './config';

/**
 * The custom attribute naming a country office's country; tokens carry it as `custom:country`.
 * Only admins set it (AdminCreateUser, AdminUpdateUserAttributes): the dashboard's client may not
 * write it (dashboard-client.ts), and no other client exists.
 */
export const COUNTRY_ATTRIBUTE = 'country';

/**
 * Who may sign in (DESIGN.md 4): a Cognito user pool with no self sign-up, one group per role,
 * a `custom:country` attribute for country offices, a strong password policy and MFA for
 * everyone, and the sign-in pages' domain. The dashboard's app client lives with the site (edge
 * stack): its callback URL is the distribution's address, known only there.
 */
export class AuthStack extends Stack {
  readonly userPool: UserPool;
  readonly signIn: UserPoolDomain;

  constructor(scope: Construct, id: string, config: StageConfig, props?: StackProps) {
    super(scope, id, props);
    this.userPool = new UserPool(this, 'Users', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      customAttributes: {
        // Mutable so an admin can move a user to another country with AdminUpdateUserAttributes
        // (immutable, it could only be set at creation: a move would mean a new user and a new
        // `sub` in history). Users themselves cannot write it: that is the client's
        // write-attribute list, not this flag. Cognito cannot change an existing attribute's
        // schema either, so flipping it would fail on the deployed pool.
        [COUNTRY_ATTRIBUTE]: new StringAttribute({ minLen: 2, maxLen: 2, mutable: true }),
      },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      removalPolicy: config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      deletionProtection: config.retainData,
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason:
        'Essentials plan: self sign-up is off, MFA is required for everyone and accounts are created by admins; the Plus plan adds cost per user for threat protection this closed user base does not need yet.',
    });
    for (const role of ROLES) new CfnUserPoolGroup(this, `Group-${role}`, { userPoolId: this.userPool.userPoolId, groupName: role });
    // Prefixes are unique per region across all of AWS: the account number makes ours so.
    this.signIn = this.userPool.addDomain('SignIn', { cognitoDomain: { domainPrefix: `etip-monitor-${config.stage}-${this.account}` } });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId, description: 'For the README commands that add users' });
    new CfnOutput(this, 'SignInUrl', { value: this.signIn.baseUrl() });
  }

  /** The token issuer the API checks (and the HTTP API's JWT authorizer too). */
  get issuer(): string {
    return cognitoIssuer(this.region, this.userPool.userPoolId);
  }
}
