import { App, type Environment, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ApiStack } from './api-stack';
import { AuthStack } from './auth-stack';
import { stageConfig } from './config';
import { DataStack } from './data-stack';
import { EdgeStack } from './edge-stack';
import { MonitoringStack } from './monitoring-stack';

/**
 * The CDK app: one stack per kind of resource, named by stage, checked by cdk-nag. Deployed in
 * this order (CDK follows the references): data and auth, then the edge (site, CloudFront, HTTP
 * API, sign-in client), the functions and their routes, and the alarms over all of them.
 */
export function createInfraApp(app = new App(), env: Environment = { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION }) {
  const config = stageConfig(app.node.tryGetContext('stage'), app.node.tryGetContext('alarmEmail'));
  const name = (kind: string) => `etip-${config.stage}-${kind}`;
  const data = new DataStack(app, name('data'), config, { env });
  const auth = new AuthStack(app, name('auth'), config, { env });
  const edge = new EdgeStack(app, name('edge'), { ...config, userPool: auth.userPool, signIn: auth.signIn, jwtIssuer: auth.issuer }, { env });
  const api = new ApiStack(
    app,
    name('api'),
    { ...config, table: data.table, httpApi: edge.httpApi, authorizer: edge.authorizer, jwtIssuer: auth.issuer, jwtAudience: edge.client.userPoolClientId },
    { env },
  );
  const monitoring = new MonitoringStack(
    app,
    name('monitoring'),
    { ...config, httpApi: edge.httpApi, api: api.api, aggregator: api.aggregator, failedRecords: api.failedRecords, table: data.table },
    { env },
  );
  Tags.of(app).add('project', 'etip-monitor');
  Tags.of(app).add('stage', config.stage);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, config, data, auth, edge, api, monitoring };
}

if (import.meta.url === `file://${process.argv[1]}`) createInfraApp().app.synth();
