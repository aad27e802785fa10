import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { stageConfig } from './config';
import { AuthStack } from './auth-stack';
import { DataStack } from './data-stack';
import { FunctionsStack } from './functions-stack';

/** The CDK app: one stack per resource kind, named by stage, checked by cdk-nag. */
export function createInfraApp(app = new App()) {
  const config = stageConfig(app.node.tryGetContext('stage'));
  const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION };
  const data = new DataStack(app, `etip-${config.stage}-data`, config, { env });
  const auth = new AuthStack(app, `etip-${config.stage}-auth`, config, { env });
  const functions = new FunctionsStack(
    app,
    `etip-${config.stage}-functions`,
    { ...config, table: data.table, jwtIssuer: auth.issuer, jwtAudience: auth.client.userPoolClientId },
    { env },
  );
  Tags.of(app).add('project', 'etip-monitor');
  Tags.of(app).add('stage', config.stage);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, config, data, auth, functions };
}

if (import.meta.url === `file://${process.argv[1]}`) createInfraApp().app.synth();
