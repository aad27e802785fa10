import type { Template } from 'aws-cdk-lib/assertions';

/** One place a template takes a Secrets Manager secret's value. */
export interface SecretReference {
  /** Where in the template: `Resources.<id>.Properties.…`. */
  path: string;
  /** The secret named: a `Ref`, an `Fn::ImportValue`, or the literal ARN or name. */
  secret: unknown;
  /** What follows the secret in the reference: `:SecretString:<json key>:<stage>:<version id>}}`. */
  selector: string;
}

const OPENING = '{{resolve:secretsmanager:';

/**
 * Every dynamic reference to Secrets Manager in a template, as CDK writes them: a literal string
 * when the secret's id is known at synth, else an `Fn::Join` of the opening, the secret's id and
 * the selector. CloudFormation resolves them at deploy time; the template holds no value.
 */
export function secretReferences(template: Template): SecretReference[] {
  const found: SecretReference[] = [];
  const visit = (node: unknown, path: string) => {
    if (typeof node === 'string') {
      const match = /\{\{resolve:secretsmanager:([^:]+):(.*\}\})/.exec(node);
      if (match) found.push({ path, secret: match[1], selector: `:${match[2]}` });
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const join = (node as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
    if (join?.[0] === '' && join[1][0] === OPENING && join[1].length === 3 && typeof join[1][2] === 'string') {
      found.push({ path, secret: join[1][1], selector: join[1][2] });
      return;
    }
    for (const [key, value] of Object.entries(node)) visit(value, path ? `${path}.${key}` : key);
  };
  visit(template.toJSON(), '');
  return found;
}

/** The logical id of the resource whose `Ref` an `Fn::ImportValue` reads from the outputs of the stack `exporting`. */
export function importedRef(importValue: unknown, exporting: Template): string | undefined {
  const name = (importValue as { 'Fn::ImportValue'?: string })['Fn::ImportValue'];
  const outputs = Object.values(exporting.toJSON().Outputs ?? {}) as { Value: unknown; Export?: { Name: string } }[];
  const value = outputs.find((output) => output.Export?.Name === name)?.Value as { Ref?: string } | undefined;
  return value?.Ref;
}
