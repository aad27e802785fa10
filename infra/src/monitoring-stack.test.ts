import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYNTH_TIMEOUT, synthesized } from './synthesized';

// The dev stage with an alarm address: it also proves the dev stage synthesizes clean of cdk-nag findings.
describe('monitoring stack: alarms and dashboard', { timeout: SYNTH_TIMEOUT }, () => {
  let monitoring: Template;
  type Alarm = {
    AlarmName: string;
    Threshold: number;
    EvaluationPeriods: number;
    MetricName?: string;
    Namespace?: string;
    Metrics?: unknown[];
    AlarmActions: unknown[];
    ComparisonOperator: string;
  };
  let alarms: Map<string, Alarm>;
  beforeAll(() => {
    ({ monitoring } = synthesized('dev', { alarmEmail: 'ops@example.org' }).templates);
    alarms = new Map(
      Object.values(monitoring.findResources('AWS::CloudWatch::Alarm')).map((a) => [a.Properties.AlarmName.replace('etip-dev-', ''), a.Properties]),
    );
  }, SYNTH_TIMEOUT);

  it('alarms on API 5xx, function errors and throttles, stream lag, failed records and table throttles', () => {
    expect([...alarms.keys()].sort()).toEqual([
      'aggregator-errors',
      'aggregator-failed-records',
      'aggregator-throttles',
      'api-5xx',
      'api-errors',
      'api-throttles',
      'stream-behind',
      'table-throttles',
    ]);
    expect(alarms.get('api-5xx')).toMatchObject({ Namespace: 'AWS/ApiGateway', MetricName: '5xx', Threshold: 1 });
    expect(alarms.get('api-errors')).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'Errors' });
    expect(alarms.get('aggregator-throttles')).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'Throttles' });
    expect(alarms.get('stream-behind')).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'IteratorAge', Threshold: 60_000, EvaluationPeriods: 5 });
    expect(alarms.get('aggregator-failed-records')).toMatchObject({ Namespace: 'AWS/SQS', MetricName: 'ApproximateNumberOfMessagesVisible', Threshold: 1 });
    const throttles = JSON.stringify(alarms.get('table-throttles')!.Metrics);
    expect(throttles).toContain('ReadThrottleEvents');
    expect(throttles).toContain('WriteThrottleEvents');
    for (const alarm of alarms.values()) {
      expect(alarm.ComparisonOperator).toBe('GreaterThanOrEqualToThreshold');
      expect(alarm.AlarmActions).toHaveLength(1);
    }
  });

  it('sends alarms to an encrypted, TLS-only topic mailed to the address given', () => {
    monitoring.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    monitoring.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.org' });
    monitoring.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
    monitoring.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  it("lets CloudWatch use the topic's key only for this account's alarms of this stage", () => {
    // Prepare: every statement of the key policy that names a service.
    const key = Object.values(monitoring.findResources('AWS::KMS::Key'))[0]!.Properties;
    const services = (key.KeyPolicy.Statement as { Principal: { Service?: string }; Condition?: Record<string, Record<string, unknown>> }[]).filter(
      (s) => s.Principal.Service,
    );

    // Assess: one, for CloudWatch, conditioned on the account and on exactly these alarms.
    expect(services).toHaveLength(1);
    const [statement] = services;
    expect(statement).toMatchObject({ Effect: 'Allow', Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey'] });
    expect(statement!.Condition!.StringEquals).toEqual({ 'aws:SourceAccount': { Ref: 'AWS::AccountId' } });
    const arns = statement!.Condition!.ArnEquals!['aws:SourceArn'] as { 'Fn::Join': [string, unknown[]] }[];
    const names = arns.map((arn) => {
      const parts = arn['Fn::Join'][1];
      expect(parts.slice(0, -1)).toEqual(['arn:', { Ref: 'AWS::Partition' }, ':cloudwatch:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }]);
      return String(parts.at(-1)).replace(/^:alarm:/, '');
    });
    expect(names.sort()).toEqual([...alarms.values()].map((a) => a.AlarmName).sort());
  });

  it('has one dashboard with the alarms and the graphs behind them', () => {
    const dashboards = Object.values(monitoring.findResources('AWS::CloudWatch::Dashboard'));
    expect(dashboards).toHaveLength(1);
    const body = JSON.stringify(dashboards[0]!.Properties.DashboardBody);
    for (const metric of ['IteratorAge', 'ApproximateNumberOfMessagesVisible', 'ConsumedReadCapacityUnits', '5xx', 'Duration']) expect(body).toContain(metric);
    expect(body).toContain('"type\\":\\"alarm\\"');
  });

  it('refuses an alarm address that is not one', () => {
    expect(() => synthesized('dev', { alarmEmail: 'ops' })).toThrow(/alarmEmail/);
  });
});
