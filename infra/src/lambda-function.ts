import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, type NodejsFunctionProps, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/** The repository root, so entry points are found wherever `cdk` runs from. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A Lambda function as every one of ours is built (DESIGN.md 6 and 7): bundled by the local
 * esbuild (never Docker) to minified ESM with source maps, the AWS SDK inside the bundle in its
 * smaller ES-module build, on arm64 and the latest Node.js, logs kept for a bounded time in a
 * log group of its own, and a role of its own that may write only to that log group (no AWS
 * managed policy, no wildcard): every other permission is granted by name. `entry` is the
 * function package's public Lambda entry (`@etip/api/lambda`), resolved through its `exports`:
 * the CDK app never names a file inside a function's source.
 */
export function lambdaFunction(scope: Construct, id: string, entry: string, props: Partial<NodejsFunctionProps> = {}) {
  const logGroup = new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.THREE_MONTHS, removalPolicy: RemovalPolicy.DESTROY });
  const role = new Role(scope, `${id}Role`, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
  logGroup.grantWrite(role);
  return new NodejsFunction(scope, id, {
    entry: fileURLToPath(import.meta.resolve(entry)),
    projectRoot: REPO_ROOT,
    depsLockFilePath: `${REPO_ROOT}package-lock.json`,
    runtime: Runtime.NODEJS_24_X,
    role,
    logGroup,
    architecture: Architecture.ARM_64,
    memorySize: 512,
    timeout: Duration.seconds(10),
    ...props,
    environment: { NODE_OPTIONS: '--enable-source-maps', POWERTOOLS_METRICS_NAMESPACE: 'EtipMonitor', POWERTOOLS_LOG_LEVEL: 'INFO', ...props.environment },
    bundling: {
      forceDockerBundling: false,
      format: OutputFormat.ESM,
      minify: true,
      sourceMap: true,
      target: 'node22',
      mainFields: ['module', 'main'],
      externalModules: [],
      // ESM output still meets CommonJS inside some packages: give it a require.
      banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
}
