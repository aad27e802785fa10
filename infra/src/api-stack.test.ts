import { keys } from '@etip/db';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYNTH_TIMEOUT, synthesized } from './synthesized';

// Synthesizing bundles both functions with the local esbuild: seconds, not milliseconds.
describe('api stack: functions, routes, stream', { timeout: SYNTH_TIMEOUT }, () => {
  let api: Template;
  let edge: Template;
  beforeAll(() => {
    ({ api, edge } = synthesized('prod').templates);
  }, SYNTH_TIMEOUT);

  it('bundles each function for the latest Node.js on arm64, with source maps, JSON logs and bounded log retention', () => {
    // Ours: every function with a table; the trigger's provider (CDK's own) has none.
    const lambdas = api.findResources('AWS::Lambda::Function', { Properties: { Environment: { Variables: { TABLE_NAME: Match.anyValue() } } } });
    expect(Object.keys(lambdas)).toHaveLength(3);
    for (const fn of Object.values(lambdas)) {
      expect(fn.Properties.Architectures).toEqual(['arm64']);
      const variables = fn.Properties.Environment.Variables;
      expect(variables).toMatchObject({ NODE_OPTIONS: '--enable-source-maps', POWERTOOLS_METRICS_NAMESPACE: 'EtipMonitor', POWERTOOLS_LOG_LEVEL: 'INFO' });
      expect(variables.TABLE_NAME).toBeDefined();
    }
    const services = Object.values(lambdas)
      .map((fn) => fn.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME)
      .sort();
    expect(services).toEqual(['etip-aggregator', 'etip-api', 'etip-patterns']);
    for (const fn of Object.values(lambdas)) expect(fn.Properties.Runtime).toBe('nodejs24.x');
    expect(Object.values(api.findResources('AWS::Logs::LogGroup')).map((g) => g.Properties.RetentionInDays)).toEqual([90, 90, 90]);
  });

  it('gives the API the token issuer and the dashboard client as audience, to verify tokens again', () => {
    api.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'ETIP Monitor API (Hono)',
      Environment: { Variables: Match.objectLike({ JWT_ISSUER: Match.anyValue(), JWT_AUDIENCE: Match.anyValue() }) },
    });
  });

  it('routes GET /v1/health openly and every other /v1 request through the Cognito JWT authorizer', () => {
    const routes = Object.values(api.findResources('AWS::ApiGatewayV2::Route')).map((r) => r.Properties);
    expect(routes.map((r) => [r.RouteKey, r.AuthorizationType]).sort()).toEqual([
      ['ANY /v1/{proxy+}', 'JWT'],
      ['GET /v1/health', 'NONE'],
    ]);
    const guarded = routes.find((r) => r.RouteKey === 'ANY /v1/{proxy+}');
    expect(guarded.AuthorizerId).toBeDefined();
    edge.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Audience: [{ Ref: Match.stringLikeRegexp('^DashboardClient') }], Issuer: Match.anyValue() },
    });
    api.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0' });
  });

  it('stores the withheld patterns older months lack during the deploy, after the API, reading reports and updating items only', () => {
    // The trigger runs the function's current version during the deploy of a release that changes it.
    const [storePatterns] = Object.keys(
      api.findResources('AWS::Lambda::Function', { Properties: { Description: Match.stringLikeRegexp('withheld patterns') } }),
    );
    expect(storePatterns).toBeDefined();
    const triggers = Object.values(api.findResources('Custom::Trigger'));
    expect(triggers).toHaveLength(1);
    expect(JSON.stringify(triggers[0]!.Properties.HandlerArn)).toMatch(/"Ref":"StorePatternsCurrentVersion/);
    // After the API runs the code that reads what it writes (the release before reads the masks too).
    const [apiFunction] = Object.keys(api.findResources('AWS::Lambda::Function', { Properties: { Description: 'ETIP Monitor API (Hono)' } }));
    expect(Object.values(api.findResources('Custom::Trigger'))[0]!.DependsOn).toEqual(expect.arrayContaining([apiFunction]));
    const policies = Object.values(api.findResources('AWS::IAM::Policy')).filter((p) =>
      p.Properties.Roles.some((r: { Ref: string }) => r.Ref.startsWith('StorePatternsRole')),
    );
    const actions = policies.flatMap((p) => p.Properties.PolicyDocument.Statement.flatMap((st: { Action: string | string[] }) => st.Action));
    expect(actions.filter((a) => a.startsWith('dynamodb:')).sort()).toEqual(['dynamodb:Query', 'dynamodb:UpdateItem']);
  });

  it('feeds the aggregator from the stream with partial batch failures, bisection, bounded retries and an encrypted failure queue', () => {
    api.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      StartingPosition: 'TRIM_HORIZON',
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
    api.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
  });

  it('wakes the aggregator for every current report and for no other item, by the keys the stores write', () => {
    // Prepare: the filter as deployed, applied as Lambda applies a prefix rule to a key.
    const [mapping] = Object.values(api.findResources('AWS::Lambda::EventSourceMapping'));
    const pattern = JSON.parse(mapping!.Properties.FilterCriteria.Filters[0].Pattern);
    const rule = Object.entries(pattern.dynamodb.Keys as Record<string, { S: [{ prefix: string }] }>);
    const wakes = (key: Record<string, string>) => rule.every(([name, { S }]) => key[name]?.startsWith(S[0].prefix));

    // Assess: change a key format and this fails, rather than the aggregator going quiet in AWS.
    expect(rule.map(([name]) => name)).toEqual(['sk']);
    expect(wakes(keys.report('LA', '2026-10'))).toBe(true);
    expect(wakes(keys.revision('LA', '2026-10', 3))).toBe(false);
    expect(wakes(keys.rollup(2026, 'LA'))).toBe(false);
    expect(wakes(keys.targets(2026, 'LA'))).toBe(false);
    expect(wakes(keys.targetRevision(2026, 'LA', 1))).toBe(false);
  });

  it('grants no wildcard actions, the API only its table, the aggregator only the stream and writes', () => {
    const policies = Object.entries(api.findResources('AWS::IAM::Policy'));
    for (const [, policy] of policies) {
      for (const statement of policy.Properties.PolicyDocument.Statement) {
        const actions = [statement.Action].flat();
        expect(
          actions.filter((a: string) => a === '*' || a.endsWith(':*')),
          JSON.stringify(statement),
        ).toEqual([]);
      }
    }
    const actionsOf = (prefix: string) =>
      policies
        .filter(([id]) => id.startsWith(prefix))
        .flatMap(([, p]) => p.Properties.PolicyDocument.Statement.flatMap((s: { Action: string | string[] }) => [s.Action].flat()));
    const dynamodb = (prefix: string) =>
      actionsOf(prefix)
        .filter((a: string) => a.startsWith('dynamodb:'))
        .sort();
    expect(dynamodb('ApiRole')).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query']);
    expect(dynamodb('AggregatorRole')).toEqual([
      'dynamodb:DescribeStream',
      'dynamodb:GetRecords',
      'dynamodb:GetShardIterator',
      'dynamodb:ListStreams',
      'dynamodb:UpdateItem',
    ]);
  });
});
