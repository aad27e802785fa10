import { ArnFormat, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { StageConfig } from './config';

export interface MonitoringProps extends StageConfig {
  httpApi: HttpApi;
  api: IFunction;
  aggregator: IFunction;
  failedRecords: IQueue;
  table: ITable;
}

const FIVE_MINUTES = Duration.minutes(5);

/**
 * What DevOps watch: an alarm for each way the system can fail its users (the API erring, a
 * function erring or throttled, the aggregator falling behind or giving up on records, the table
 * throttling), all sent to one topic (mailed to `-c alarmEmail=…`), and one dashboard.
 */
export class MonitoringStack extends Stack {
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, config: MonitoringProps, props?: StackProps) {
    super(scope, id, props);
    const key = new Key(this, 'AlarmsKey', {
      enableKeyRotation: true,
      description: 'ETIP Monitor alarm notifications',
      removalPolicy: config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    const topic = new Topic(this, 'Alarms', { displayName: `ETIP Monitor ${config.stage} alarms`, masterKey: key, enforceSSL: true });
    if (config.alarmEmail) topic.addSubscription(new EmailSubscription(config.alarmEmail));

    // Kept as written, for the key policy: the alarms' own name attributes would refer back to them.
    const alarmNames: string[] = [];
    const alarm = (name: string, metric: IMetric, threshold: number, description: string, evaluationPeriods = 1) => {
      const alarmName = `etip-${config.stage}-${name}`;
      alarmNames.push(alarmName);
      const created = new Alarm(this, name, {
        alarmName,
        alarmDescription: description,
        metric,
        threshold,
        evaluationPeriods,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(new SnsAction(topic));
      this.alarms.push(created);
    };

    const serverErrors = config.httpApi.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' });
    alarm('api-5xx', serverErrors, 1, 'The API answered 5xx: a bug or an outage; no input should ever cause one.');
    for (const [name, fn] of [
      ['api', config.api],
      ['aggregator', config.aggregator],
    ] as const) {
      alarm(`${name}-errors`, fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }), 1, `The ${name} function failed.`);
      alarm(`${name}-throttles`, fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' }), 1, `The ${name} function was throttled.`);
    }
    const iteratorAge = config.aggregator.metric('IteratorAge', { period: Duration.minutes(1), statistic: 'Maximum' });
    alarm('stream-behind', iteratorAge, 60_000, 'The dashboards lag the reports by over a minute, for five minutes: the aggregator is stuck or failing.', 5);
    const failed = config.failedRecords.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' });
    alarm('aggregator-failed-records', failed, 1, 'Report changes the aggregator gave up on: the dashboards miss them until they are replayed.');
    const throttles = new MathExpression({
      expression: 'reads + writes',
      usingMetrics: {
        reads: config.table.metric('ReadThrottleEvents', { statistic: 'Sum' }),
        writes: config.table.metric('WriteThrottleEvents', { statistic: 'Sum' }),
      },
      period: FIVE_MINUTES,
      label: 'Throttled reads and writes',
    });
    alarm('table-throttles', throttles, 1, 'DynamoDB throttled reads or writes of the table.');
    allowAlarmsToUseKey(this, key, alarmNames);

    new Dashboard(this, 'Dashboard', {
      dashboardName: `etip-${config.stage}`,
      defaultInterval: Duration.days(1),
      widgets: [
        [new AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24 })],
        [
          graph(
            'API requests and errors',
            config.httpApi.metricCount({ period: FIVE_MINUTES }),
            config.httpApi.metricClientError({ period: FIVE_MINUTES }),
            serverErrors,
          ),
          graph('API latency (p90)', config.httpApi.metricLatency({ period: FIVE_MINUTES, statistic: 'p90' })),
          graph('Function errors', config.api.metricErrors({ period: FIVE_MINUTES }), config.aggregator.metricErrors({ period: FIVE_MINUTES })),
        ],
        [
          graph(
            'Function duration (p90)',
            config.api.metricDuration({ period: FIVE_MINUTES, statistic: 'p90' }),
            config.aggregator.metricDuration({ period: FIVE_MINUTES, statistic: 'p90' }),
          ),
          graph('Aggregator iterator age (max, ms)', iteratorAge),
          graph('Failed records waiting', failed),
        ],
        [
          graph(
            'Table capacity consumed',
            config.table.metricConsumedReadCapacityUnits({ period: FIVE_MINUTES }),
            config.table.metricConsumedWriteCapacityUnits({ period: FIVE_MINUTES }),
          ),
          graph('Table throttles', throttles),
        ],
      ],
    });
  }
}

/**
 * Alarms may publish to an encrypted topic only with a key whose policy lets CloudWatch use it.
 * The grant is conditioned on this account and these alarms (aws:SourceAccount, aws:SourceArn),
 * so the CloudWatch service cannot be made to use the key on behalf of another account's alarm
 * or another alarm of this account (the confused deputy). The ARNs are built from the alarms'
 * names, not taken from the alarms: the alarms refer to the topic, the topic to the key, and a
 * key policy naming the alarms' own ARNs would close that circle.
 */
function allowAlarmsToUseKey(stack: Stack, key: Key, alarmNames: string[]) {
  key.addToResourcePolicy(
    new PolicyStatement({
      sid: 'CloudWatchAlarmsOfThisStage',
      principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
      actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
      resources: ['*'],
      conditions: {
        StringEquals: { 'aws:SourceAccount': stack.account },
        ArnEquals: {
          'aws:SourceArn': alarmNames.map((name) =>
            stack.formatArn({ service: 'cloudwatch', resource: 'alarm', resourceName: name, arnFormat: ArnFormat.COLON_RESOURCE_NAME }),
          ),
        },
      },
    }),
  );
}

const graph = (title: string, ...metrics: IMetric[]) => new GraphWidget({ title, left: metrics, width: 8 });
