import type { Template } from 'aws-cdk-lib/assertions';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYNTH_TIMEOUT, synthesized } from './synthesized';

describe('auth: who may sign in', { timeout: SYNTH_TIMEOUT }, () => {
  let auth: Template;
  let edge: Template;
  let templates: ReturnType<typeof synthesized>['templates'];
  beforeAll(() => {
    ({ templates } = synthesized('prod'));
    ({ auth, edge } = templates);
  }, SYNTH_TIMEOUT);

  // Mutable on purpose: admins move a user to another country (AdminUpdateUserAttributes needs a
  // mutable attribute); users cannot write it through any client (next tests).
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

  it('lets a user write none of who they are: the only client may write the locale, never the country, name or email', () => {
    // Prepare: every app client in the app; a second one would be a second way in.
    const clients = Object.values(templates).flatMap((t) => Object.values(t.findResources('AWS::Cognito::UserPoolClient')));
    expect(clients).toHaveLength(1);
    const client = clients[0]!.Properties;

    // Assess: an empty or absent list would make every attribute writable, custom:country included.
    expect(client.WriteAttributes).toEqual(['locale']);
    // The API needs the country and the verified email in the ID token; a client must read what it writes.
    expect([...client.ReadAttributes].sort()).toEqual(['custom:country', 'email', 'email_verified', 'locale', 'name']);
  });

  it('signs in only through the hosted pages with the code grant: no implicit grant, no password or SRP flows, no self-admin scope', () => {
    const client = Object.values(edge.findResources('AWS::Cognito::UserPoolClient'))[0]!.Properties;
    // Absent, Cognito would allow USER_SRP_AUTH and CUSTOM_AUTH, whose tokens may update their own user.
    expect(client.ExplicitAuthFlows).toEqual(['ALLOW_REFRESH_TOKEN_AUTH']);
    expect(client.AllowedOAuthFlows).toEqual(['code']);
    expect(client.AllowedOAuthScopes).not.toContain('aws.cognito.signin.user.admin');
    expect([...client.AllowedOAuthScopes].sort()).toEqual(['email', 'openid', 'profile']);
  });
});
