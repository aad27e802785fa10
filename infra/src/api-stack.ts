import { keys, TABLE } from '@etip/db';
import { Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { type HttpApi, HttpMethod, HttpRoute, HttpRouteKey, type IHttpRouteAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Trigger } from 'aws-cdk-lib/triggers';
import type { Construct } from 'constructs';
import type { StageConfig } from './config';
import { lambdaFunction } from './lambda-function';
import { originSecretValue } from './origin-secret';

export interface ApiProps extends StageConfig {
  table: ITable;
  httpApi: HttpApi;
  authorizer: IHttpRouteAuthorizer;
  jwtIssuer: string;
  jwtAudience: string;
  /** What CloudFront sends the API in `X-Origin-Verify` (edge stack). */
  originSecret: ISecret;
}

/**
 * The functions and how requests reach them: the API (Hono on Lambda) behind the HTTP API's
 * routes, every `/v1` route but health guarded by the Cognito JWT authorizer (the app verifies
 * the token again, DESIGN.md 4) and the app answering only what came through CloudFront (the
 * origin secret), the stream aggregator, and a deploy-time run that stores what older months
 * lack. Least privilege: the API reads and writes its table; the aggregator reads the stream and
 * writes the rollups.
 */
export class ApiStack extends Stack {
  readonly api;
  readonly aggregator;
  readonly storePatterns;
  readonly failedRecords: Queue;

  constructor(scope: Construct, id: string, config: ApiProps, props?: StackProps) {
    super(scope, id, props);
    const environment = { TABLE_NAME: config.table.tableName };
    this.api = lambdaFunction(this, 'Api', '@etip/api/lambda', {
      description: 'ETIP Monitor API (Hono)',
      environment: {
        ...environment,
        POWERTOOLS_SERVICE_NAME: 'etip-api',
        JWT_ISSUER: config.jwtIssuer,
        JWT_AUDIENCE: config.jwtAudience,
        // The value itself, resolved by CloudFormation at deploy: read from Secrets Manager at each
        // cold start instead, it would cost an SDK client and a call (DESIGN.md 7) and hide it from
        // nobody who can read it here (CloudFront's origin settings show it too).
        ORIGIN_VERIFY_SECRET: originSecretValue(config.originSecret, config.originSecretVersion),
      },
    });
    grantTable(config.table, this.api, API_ACTIONS);
    const integration = new HttpLambdaIntegration('Lambda', this.api);
    const health = new HttpRoute(this, 'Health', { httpApi: config.httpApi, routeKey: HttpRouteKey.with('/v1/health', HttpMethod.GET), integration });
    Validations.of(health).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason: 'Only GET /v1/health is open, for uptime checks; it reads nothing. Every other /v1 route has the JWT authorizer.',
    });
    new HttpRoute(this, 'V1', {
      httpApi: config.httpApi,
      routeKey: HttpRouteKey.with('/v1/{proxy+}', HttpMethod.ANY),
      integration,
      authorizer: config.authorizer,
    });

    this.aggregator = lambdaFunction(this, 'Aggregator', '@etip/aggregator/lambda', {
      description: 'ETIP Monitor stream aggregator',
      environment: { ...environment, POWERTOOLS_SERVICE_NAME: 'etip-aggregator' },
      timeout: Duration.seconds(60),
    });
    grantTable(config.table, this.aggregator, AGGREGATOR_ACTIONS);
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
        filters: [FilterCriteria.filter({ dynamodb: { Keys: { [TABLE.sortKey]: { S: FilterRule.beginsWith(keys.reportSortKeyPrefix) } } } })],
      }),
    );
    Validations.of(this.failedRecords).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter destination of the aggregator; its depth is alarmed on.',
    });
    // Months published before withheld patterns were stored get them during the deploy of a
    // release that changes this function, once the API and the aggregator run the code that
    // reads them; once they all have, the run writes nothing.
    this.storePatterns = lambdaFunction(this, 'StorePatterns', '@etip/aggregator/patterns-lambda', {
      description: 'ETIP Monitor: stores the withheld patterns of months published before they were stored',
      environment: { ...environment, POWERTOOLS_SERVICE_NAME: 'etip-patterns' },
      timeout: Duration.minutes(5),
    });
    grantTable(config.table, this.storePatterns, STORE_PATTERNS_ACTIONS);
    new Trigger(this, 'StorePatternsOnDeploy', { handler: this.storePatterns, timeout: Duration.minutes(5), executeAfter: [this.api, this.aggregator] });

    // On the aggregator's role only: the stream grant fills its policy.
    Validations.of(this.aggregator.role!).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'dynamodb:ListStreams has no resource-level permissions; every other stream action is scoped to this table.',
    });
  }
}

/**
 * What each function does to the table, by name (DESIGN.md 5.3, packages/db): the API reads items
 * and writes reports and targets in transactions of puts; the aggregator updates rollup slots.
 * Transactions are authorised by the actions inside them.
 */
const API_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem'];
const AGGREGATOR_ACTIONS = ['dynamodb:UpdateItem'];
/** Reads each country's reports and the rollups, updates the reports' and slots' patterns (`storeMissingPatterns`). */
const STORE_PATTERNS_ACTIONS = ['dynamodb:Query', 'dynamodb:UpdateItem'];
/** What DynamoDB needs from a caller to use a table encrypted with a customer-managed key. */
const KEY_ACTIONS = [
  'kms:Decrypt',
  'kms:Encrypt',
  'kms:DescribeKey',
  'kms:GenerateDataKey',
  'kms:GenerateDataKeyWithoutPlaintext',
  'kms:ReEncryptFrom',
  'kms:ReEncryptTo',
];

function grantTable(table: ITable, fn: IGrantable, actions: string[]) {
  table.grant(fn, ...actions);
  table.encryptionKey?.grant(fn, ...KEY_ACTIONS);
}
