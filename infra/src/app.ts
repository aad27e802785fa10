import { App, type Environment, Tags, Token, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ApiStack } from './api-stack';
import { AuthStack } from './auth-stack';
import { type StageConfig, stageConfig } from './config';
import { DataStack } from './data-stack';
import { EdgeStack } from './edge-stack';
import { FirewallStack } from './firewall-stack';
import { MonitoringStack } from './monitoring-stack';

/**
 * The CDK app: one stack per kind of resource, named by stage, checked by cdk-nag. Deployed in
 * this order (CDK follows the references): data and auth (and, when the stage has a per-client
 * rate limit, its firewall in us-east-1), then the edge (site, CloudFront, HTTP API, sign-in
 * client), the functions and their routes, and the alarms over all of them.
 */
export function createInfraApp(app = new App(), env: Environment = { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION }) {
  const context = (key: string) => app.node.tryGetContext(key);
  const config = stageConfig(context('stage'), {
    alarmEmail: context('alarmEmail'),
    apiDomainName: context('apiDomainName'),
    apiCertificateArn: context('apiCertificateArn'),
    clientRateLimit: context('clientRateLimit'),
    originSecretVersion: context('originSecretVersion'),
  });
  const name = (kind: string) => `etip-${config.stage}-${kind}`;
  const data = new DataStack(app, name('data'), config, { env });
  const auth = new AuthStack(app, name('auth'), config, { env });
  const firewall = config.clientRateLimit === undefined ? undefined : firewallStack(app, name('firewall'), config.stage, config.clientRateLimit, env);
  const edge = new EdgeStack(
    app,
    name('edge'),
    { ...config, userPool: auth.userPool, signIn: auth.signIn, jwtIssuer: auth.issuer, ...(firewall ? { webAclArn: firewall.webAclArn } : {}) },
    // The web ACL's ARN crosses regions (us-east-1 to the edge's): CDK carries it through SSM.
    { env, crossRegionReferences: firewall !== undefined },
  );
  const api = new ApiStack(
    app,
    name('api'),
    {
      ...config,
      table: data.table,
      httpApi: edge.httpApi,
      authorizer: edge.authorizer,
      jwtIssuer: auth.issuer,
      jwtAudience: edge.client.userPoolClientId,
      originSecret: edge.originSecret,
    },
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
  return { app, config, data, auth, firewall, edge, api, monitoring };
}

/**
 * The per-client rate limit's stack, in us-east-1. A reference across regions needs both regions
 * known when the app is synthesized; the CDK CLI knows the deploying region (AWS_REGION or the
 * profile's) and passes it as CDK_DEFAULT_REGION.
 */
function firewallStack(app: App, id: string, stage: StageConfig['stage'], clientRateLimit: number, env: Environment) {
  if (env.region === undefined || Token.isUnresolved(env.region)) {
    throw new Error('-c clientRateLimit needs the region known at synth: run the CDK CLI with AWS_REGION set (or a profile with a region)');
  }
  return new FirewallStack(app, id, { stage, clientRateLimit }, { env });
}

if (import.meta.url === `file://${process.argv[1]}`) createInfraApp().app.synth();
