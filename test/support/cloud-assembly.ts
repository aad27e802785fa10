import { join } from 'node:path';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';

/** One of our Lambda functions as a synthesized cloud assembly describes it, and where its code was staged. */
export interface BuiltFunction {
  readonly description: string;
  readonly stackName: string;
  readonly logicalId: string;
  /** `file.export`, as the Lambda runtime resolves it inside the asset directory. */
  readonly handler: string;
  readonly runtime: string;
  readonly timeoutSeconds: number;
  /** The template's `Environment.Variables`: literal strings, or CloudFormation references. */
  readonly environment: Readonly<Record<string, unknown>>;
  /** The staged asset: `<assembly>/asset.<hash>/`, the directory CDK zips to `<hash>.zip`. */
  readonly assetDir: string;
}

interface TemplateResource {
  Type: string;
  Properties?: {
    Description?: unknown;
    Handler?: string;
    Runtime?: string;
    Timeout?: number;
    Code?: { S3Key?: unknown };
    Environment?: { Variables?: Record<string, unknown> };
  };
}

/**
 * Every `AWS::Lambda::Function` with the given description, in whichever stack of the assembly
 * it sits (stack names are not part of the contract), with its asset directory located from its
 * code's S3 key: the default synthesizer names the uploaded zip after the hash of the staged
 * directory `asset.<hash>`.
 */
export function builtFunctions(assembly: CloudAssembly, description: string): BuiltFunction[] {
  const found: BuiltFunction[] = [];
  for (const stack of assembly.stacksRecursively) {
    const resources = (stack.template as { Resources?: Record<string, TemplateResource> }).Resources ?? {};
    for (const [logicalId, resource] of Object.entries(resources)) {
      const properties = resource.Properties ?? {};
      if (resource.Type !== 'AWS::Lambda::Function' || properties.Description !== description) continue;
      const key = properties.Code?.S3Key;
      const hash = typeof key === 'string' ? /^([0-9a-f]{64})\.zip$/.exec(key)?.[1] : undefined;
      if (!hash) throw new Error(`${stack.stackName}/${logicalId}: code is not a staged asset (S3Key ${JSON.stringify(key)})`);
      found.push({
        description,
        stackName: stack.stackName,
        logicalId,
        handler: String(properties.Handler),
        runtime: String(properties.Runtime),
        timeoutSeconds: properties.Timeout ?? 3,
        environment: properties.Environment?.Variables ?? {},
        assetDir: join(assembly.directory, `asset.${hash}`),
      });
    }
  }
  return found;
}

/**
 * The environment a function gets, by the template's variable names: literal values as the
 * template has them, and for each variable the template fills from another resource (the table's
 * name, the user pool's issuer) the local value given. A referenced variable without a local
 * value, or a local value for a name the template lacks, is an error: the names are the template's.
 */
export function environmentOf(fn: BuiltFunction, local: Readonly<Record<string, string>>): Record<string, string> {
  const unknown = Object.keys(local).filter((name) => !(name in fn.environment));
  if (unknown.length) throw new Error(`${fn.logicalId} has no environment variable ${unknown.join(', ')}`);
  return Object.fromEntries(
    Object.entries(fn.environment).map(([name, value]) => {
      if (name in local) return [name, local[name]!];
      if (typeof value === 'string') return [name, value];
      throw new Error(`${fn.logicalId}: ${name} is ${JSON.stringify(value)} in the template; give it a local value`);
    }),
  );
}
