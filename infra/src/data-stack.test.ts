import { TABLE } from '@etip/db/table';
import { App } from 'aws-cdk-lib';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { createInfraApp } from './app';
import { SYNTH_TIMEOUT, synthesized } from './synthesized';

// Synthesizing loads aws-cdk-lib, bundles the functions and runs cdk-nag: seconds, not milliseconds.
describe('data stack', { timeout: SYNTH_TIMEOUT }, () => {
  const templates = {} as Record<'dev' | 'prod', Template>;
  beforeAll(() => {
    templates.dev = synthesized('dev').templates.data;
    templates.prod = synthesized('prod').templates.data;
  }, SYNTH_TIMEOUT);

  it.each(['dev', 'prod'] as const)('%s: the one table definition, on demand, PITR, stream with old and new images', (stage) => {
    templates[stage].hasResourceProperties('AWS::DynamoDB::Table', {
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
    const template = templates.prod;
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: Match.anyValue() },
      DeletionProtectionEnabled: true,
    });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  it('dev: can be torn down, still encrypted at rest', () => {
    const template = templates.dev;
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Delete' });
    template.hasResourceProperties('AWS::DynamoDB::Table', { SSESpecification: { SSEEnabled: true } });
    expect(template.findResources('AWS::KMS::Key')).toEqual({});
  });

  it('refuses an unknown stage', () => {
    expect(() => createInfraApp(new App({ context: { stage: 'staging' } }))).toThrow(/dev or prod/);
  });
});
