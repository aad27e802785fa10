import { Duration, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { StageConfig } from './config';
import { lambdaFunction } from './lambda-function';

/**
 * The two functions: the API (Hono on Lambda) and the stream aggregator. Least privilege: the
 * API reads and writes its table; the aggregator reads the stream and writes the rollups.
 */
export class FunctionsStack extends Stack {
  readonly api;
  readonly aggregator;
  readonly failedRecords: Queue;

  constructor(scope: Construct, id: string, config: StageConfig & { table: ITable; jwtIssuer: string; jwtAudience: string }, props?: StackProps) {
    super(scope, id, props);
    const environment = { TABLE_NAME: config.table.tableName };
    this.api = lambdaFunction(this, 'Api', 'functions/api/src/lambda.ts', {
      description: 'ETIP Monitor API (Hono)',
      environment: { ...environment, JWT_ISSUER: config.jwtIssuer, JWT_AUDIENCE: config.jwtAudience },
    });
    config.table.grantReadWriteData(this.api);

    this.aggregator = lambdaFunction(this, 'Aggregator', 'functions/aggregator/src/lambda.ts', {
      description: 'ETIP Monitor stream aggregator',
      environment,
      timeout: Duration.seconds(60),
    });
    config.table.grantWriteData(this.aggregator);
    // Records that still fail after the retries land here, encrypted, and an alarm watches it.
    this.failedRecords = new Queue(this, 'AggregatorFailures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.aggregator.addEventSource(
      new DynamoEventSource(config.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(1),
        reportBatchItemFailures: true,
        bisectBatchOnError: true,
        retryAttempts: 5,
        onFailure: new SqsDlq(this.failedRecords),
        // Only current reports matter to the aggregates; revisions and rollups never wake it.
        filters: [FilterCriteria.filter({ dynamodb: { Keys: { sk: { S: FilterRule.beginsWith('SUBMISSION#') } } } })],
      }),
    );
    Validations.of(this.failedRecords).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter destination of the aggregator; its depth is alarmed on.',
    });
    // On the stack: the findings sit on the functions' role policies, which the grants fill.
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
      reason: "Added by the table grant for the table's customer-managed key, scoped to that one key.",
    });
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      reason: "Added by the table grant for the table's customer-managed key, scoped to that one key.",
    });
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'dynamodb:ListStreams has no resource-level permissions; every other stream action is scoped to this table.',
    });
  }
}
