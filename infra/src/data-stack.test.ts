import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { TABLE } from '@etip/db/table';
import { createInfraApp } from './app';

const synth = (stage: 'dev' | 'prod') => Template.fromStack(createInfraApp(new App({ context: { stage } })).data);

// Synthesizing loads aws-cdk-lib and runs cdk-nag: seconds, not milliseconds, on this machine.
describe('data stack', { timeout: 60_000 }, () => {
  it.each(['dev', 'prod'] as const)('%s: the one table definition, on demand, PITR, stream with old and new images', (stage) => {
    const template = synth(stage);
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  it('prod: retained, deletion-protected, encrypted with a rotated customer-managed key', () => {
    const template = synth('prod');
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: Match.anyValue() },
      DeletionProtectionEnabled: true,
    });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  it('dev: can be torn down', () => {
    const template = synth('dev');
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Delete' });
    expect(template.findResources('AWS::KMS::Key')).toEqual({});
  });

  it('refuses an unknown stage', () => {
    expect(() => createInfraApp(new App({ context: { stage: 'staging' } }))).toThrow(/dev or prod/);
  });
});
