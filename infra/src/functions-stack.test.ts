import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { createInfraApp } from './app';

// Synthesizing bundles both functions with the local esbuild: seconds, not milliseconds.
describe('functions and auth stacks', { timeout: 120_000 }, () => {
  let functions: Template;
  let auth: Template;
  beforeAll(() => {
    const built = createInfraApp(new App({ context: { stage: 'prod' } }));
    functions = Template.fromStack(built.functions);
    auth = Template.fromStack(built.auth);
  });

  it('bundles each function for the latest Node.js on arm64, with source maps and bounded log retention', () => {
    const lambdas = functions.findResources('AWS::Lambda::Function', { Properties: { Runtime: 'nodejs24.x' } });
    expect(Object.keys(lambdas)).toHaveLength(2);
    for (const fn of Object.values(lambdas)) {
      expect(fn.Properties.Architectures).toEqual(['arm64']);
      expect(fn.Properties.Environment.Variables.NODE_OPTIONS).toBe('--enable-source-maps');
      expect(fn.Properties.Environment.Variables.TABLE_NAME).toBeDefined();
    }
    expect(Object.values(functions.findResources('AWS::Logs::LogGroup')).map((g) => g.Properties.RetentionInDays)).toEqual([90, 90]);
  });

  it('feeds the aggregator from the stream with partial batch failures, bisection, bounded retries and an encrypted failure queue', () => {
    functions.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      StartingPosition: 'TRIM_HORIZON',
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ dynamodb: { Keys: { sk: { S: [{ prefix: 'SUBMISSION#' }] } } } }) }] },
    });
    functions.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
  });

  it('grants no wildcard actions', () => {
    for (const policy of Object.values(functions.findResources('AWS::IAM::Policy'))) {
      for (const statement of policy.Properties.PolicyDocument.Statement) {
        const actions = [statement.Action].flat();
        expect(actions.filter((a: string) => a === '*' || a.endsWith(':*')), JSON.stringify(statement)).toEqual([]);
      }
    }
  });

  it('has a user pool without self sign-up, with MFA, a country attribute, the four groups and a PKCE client', () => {
    auth.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      Schema: Match.arrayWith([Match.objectLike({ Name: 'country', AttributeDataType: 'String' })]),
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 12, RequireSymbols: true }) },
    });
    const groups = Object.values(auth.findResources('AWS::Cognito::UserPoolGroup')).map((g) => g.Properties.GroupName).sort();
    expect(groups).toEqual(['admin', 'country-office', 'regional-lead', 'viewer']);
    auth.hasResourceProperties('AWS::Cognito::UserPoolClient', { GenerateSecret: false, AllowedOAuthFlows: ['code'] });
  });
});
