import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { createInfraApp } from './app';

describe('cdk-nag AwsSolutionsChecks', { timeout: 120_000 }, () => {
  it('fails the app on an unacknowledged finding', () => {
    // Prepare: the real app, plus a queue with no dead-letter queue and no TLS-only policy.
    const { app } = createInfraApp(new App({ context: { stage: 'dev' } }));
    const careless = new Stack(app, 'careless');
    new Queue(careless, 'Plain');

    // Act / Assess
    expect(() => Template.fromStack(careless)).toThrow(/AwsSolutions-SQS/);
  });
});
