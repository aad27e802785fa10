import { App, type Environment } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { createInfraApp } from './app';

/** Synthesizing loads aws-cdk-lib, bundles the functions and runs cdk-nag: seconds, on a busy machine tens. */
export const SYNTH_TIMEOUT = 120_000;

/**
 * The whole app synthesized for one stage, as the tests read it: a template per stack. With no
 * AWS account and no Docker; cdk-nag runs during synthesis and throws on an unacknowledged finding.
 * `env` is the account and region the CDK CLI would pass; by default none, as in CI.
 */
export function synthesized(stage: 'dev' | 'prod', context: Record<string, string> = {}, env?: Environment) {
  const built = createInfraApp(new App({ context: { stage, ...context } }), env);
  return {
    ...built,
    templates: {
      data: Template.fromStack(built.data),
      auth: Template.fromStack(built.auth),
      edge: Template.fromStack(built.edge),
      api: Template.fromStack(built.api),
      monitoring: Template.fromStack(built.monitoring),
      ...(built.firewall ? { firewall: Template.fromStack(built.firewall) } : {}),
    },
  };
}

/** Where a deploy would put the stacks, as the CDK CLI passes it: some options need it known at synth. */
export const DEPLOY_ENV = { account: '123456789012', region: 'ap-southeast-1' } as const satisfies Environment;
