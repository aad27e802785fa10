import { SecretValue, Validations } from 'aws-cdk-lib';
import { type ISecret, Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';

/**
 * The secret CloudFront proves itself to the API with (`X-Origin-Verify`, README "Every call
 * through CloudFront"): 64 letters and digits that Secrets Manager generates when the stack is
 * first deployed. Neither the repository nor a template ever holds it: CloudFront's origin and the
 * API's environment name it by a CloudFormation dynamic reference, resolved at deploy time.
 */
export function originSecret(scope: Construct): Secret {
  const secret = new Secret(scope, 'OriginSecret', {
    description: 'ETIP Monitor: what CloudFront sends the API in X-Origin-Verify, so that the API answers nothing else',
    generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
  });
  Validations.of(secret).acknowledge({
    id: 'AwsSolutions-SMG4',
    reason:
      'Two CloudFormation resources hold the value (the distribution, the API function), resolved only when they are deployed: a rotation on a schedule would leave both with the old one. It is rotated by a new value and a deploy with -c originSecretVersion (README).',
  });
  return secret;
}

/**
 * The secret's value where a resource takes it: a dynamic reference `{{resolve:secretsmanager:…}}`
 * that CloudFormation resolves when it deploys the resource, to the version given (a rotation)
 * or else the current one. CloudFormation resolves it again only when the reference changes:
 * every resource that holds the value must get the same reference, so that they change together.
 */
export function originSecretValue(secret: ISecret, versionId: string | undefined): string {
  return SecretValue.secretsManager(secret.secretArn, versionId ? { versionId } : {}).unsafeUnwrap();
}
