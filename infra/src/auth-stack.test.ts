import type { Template } from 'aws-cdk-lib/assertions';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYNTH_TIMEOUT, synthesized } from './synthesized';

describe('auth: who may sign in', { timeout: SYNTH_TIMEOUT }, () => {
  let auth: Template;
  let edge: Template;
  beforeAll(() => {
    ({ auth, edge } = synthesized('prod').templates);
  }, SYNTH_TIMEOUT);

  it('has a user pool without self sign-up, with MFA for everyone, a country attribute and a strong password policy', () => {
    auth.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      Schema: Match.arrayWith([Match.objectLike({ Name: 'country', AttributeDataType: 'String', Mutable: true })]),
      Policies: {
        PasswordPolicy: Match.objectLike({ MinimumLength: 12, RequireSymbols: true, RequireNumbers: true, RequireUppercase: true, RequireLowercase: true }),
      },
    });
    auth.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Retain', Properties: Match.objectLike({ DeletionProtection: 'ACTIVE' }) });
  });

  it('has one group per role of DESIGN.md 4, and a sign-in domain', () => {
    const groups = Object.values(auth.findResources('AWS::Cognito::UserPoolGroup'))
      .map((g) => g.Properties.GroupName)
      .sort();
    expect(groups).toEqual(['admin', 'country-office', 'regional-lead', 'viewer']);
    auth.resourceCountIs('AWS::Cognito::UserPoolDomain', 1);
  });

  it('gives the dashboard a public client: authorization code with PKCE, back to the site, short sessions', () => {
    edge.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: Match.arrayWith(['openid']),
      SupportedIdentityProviders: ['COGNITO'],
      CallbackURLs: [{ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.stringLikeRegexp('^Distribution'), 'DomainName'] }, '/']] }],
      PreventUserExistenceErrors: 'ENABLED',
      RefreshTokenValidity: 720,
      TokenValidityUnits: Match.objectLike({ RefreshToken: 'minutes' }),
    });
  });
});
