import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { createInfraApp } from './app';
import { SYNTH_TIMEOUT } from './synthesized';

describe('cdk-nag AwsSolutionsChecks', { timeout: SYNTH_TIMEOUT }, () => {
  it('fails the app on an unacknowledged finding', () => {
    // Prepare: the real app, plus a queue with no dead-letter queue and no TLS-only policy.
    const { app } = createInfraApp(new App({ context: { stage: 'dev' } }));
    const careless = new Stack(app, 'careless');
    new Queue(careless, 'Plain');

    // Act / Assess
    expect(() => Template.fromStack(careless)).toThrow(/AwsSolutions-SQS/);
  });

  it('passes as at deploy time, when the account and region are known and appear in the findings', () => {
    const { app, api } = createInfraApp(new App({ context: { stage: 'prod' } }), { account: '123456789012', region: 'ap-southeast-1' });
    expect(() => app.synth()).not.toThrow();
    expect(JSON.stringify(Template.fromStack(api).toJSON())).toContain('cognito-idp.ap-southeast-1.amazonaws.com');
  });
});
