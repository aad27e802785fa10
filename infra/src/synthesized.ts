import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { createInfraApp } from './app';

/** Synthesizing loads aws-cdk-lib, bundles the functions and runs cdk-nag: seconds, on a busy machine tens. */
export const SYNTH_TIMEOUT = 120_000;

/**
 * The whole app synthesized for one stage, as the tests read it: a template per stack. With no
 * AWS account and no Docker; cdk-nag runs during synthesis and throws on an unacknowledged finding.
 */
export function synthesized(stage: 'dev' | 'prod', context: Record<string, string> = {}) {
  const built = createInfraApp(new App({ context: { stage, ...context } }));
  return {
    ...built,
    templates: {
      data: Template.fromStack(built.data),
      auth: Template.fromStack(built.auth),
      edge: Template.fromStack(built.edge),
      api: Template.fromStack(built.api),
      monitoring: Template.fromStack(built.monitoring),
    },
  };
}
