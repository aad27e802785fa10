import { type Stack, Token, Validations } from 'aws-cdk-lib';

/**
 * cdk-nag findings on the edge stack that are accepted, each with its reason. The CDK's own
 * site-deployment function is acknowledged on that function alone, so the same finding anywhere
 * else in the stack still fails the app.
 */
export function acknowledgeEdgeFindings(stack: Stack, { webAcl }: { webAcl: boolean }) {
  const distribution = stack.node.findChild('Distribution');
  if (!webAcl) {
    Validations.of(distribution).acknowledge({
      id: 'AwsSolutions-CFR2',
      reason:
        'The per-client rate limit (a WAF web ACL in us-east-1, about $6 a month) is a stage option, -c clientRateLimit; without it every /v1 request is still authorised twice and throttled, and the site is static.',
    });
  }
  Validations.of(distribution).acknowledge(
    {
      id: 'AwsSolutions-CFR4',
      reason:
        "The distribution's default *.cloudfront.net certificate cannot pin TLS 1.2; browsers negotiate TLS 1.2+ with it anyway. A custom domain with its own certificate and TLSv1.2_2021 is the fix once the programme has one.",
    },
    {
      id: 'AwsSolutions-CFR1',
      reason: 'Donors, governments and travelling staff use the site from anywhere; access is by sign-in with MFA, not by location.',
    },
  );
  const deployment = stack.node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
  if (!deployment) throw new Error('the site deployment function was not found: its cdk-nag acknowledgements would miss');
  Validations.of(deployment).acknowledge(
    { id: 'AwsSolutions-L1', reason: "aws-cdk-lib's site-deployment function: its Python runtime is pinned by aws-cdk-lib with the AWS CLI layer it ships." },
    {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: "aws-cdk-lib's site-deployment function: the managed policy only lets it write its own logs.",
    },
    ...['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*'].map((action) => ({
      id: `AwsSolutions-IAM5[Action::${action}]`,
      reason: "aws-cdk-lib's site-deployment function, granted by the CDK on exactly two buckets: the staged site asset and the site bucket.",
    })),
    {
      id: 'AwsSolutions-IAM5[Resource::<SiteE53D7754.Arn>/*]',
      reason: 'The site-deployment function replaces the whole site: every object of the site bucket.',
    },
    {
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-${named(stack.account, 'AccountId')}-${named(stack.region, 'Region')}/*]`,
      reason: "The site-deployment function reads the staged site from the CDK's asset bucket.",
    },
    {
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'cloudfront:CreateInvalidation and GetInvalidation, used to refresh the site after a deploy, have no resource-level permissions.',
    },
  );
}

/** How cdk-nag writes a value in a finding: literally when known at synth, else as its pseudo parameter. */
const named = (value: string, pseudo: string) => (Token.isUnresolved(value) ? `<AWS::${pseudo}>` : value);
