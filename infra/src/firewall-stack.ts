import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import type { StageConfig } from './config';

export interface FirewallProps {
  stage: StageConfig['stage'];
  /** Requests to `/v1/` one IP address may make in `RATE_WINDOW_SECONDS`. */
  clientRateLimit: number;
}

/** WAF counts each client's requests over the last 5 minutes, checking about every 10 seconds. */
export const RATE_WINDOW_SECONDS = 300;

/** CloudFront's WAF web ACLs exist only in us-east-1, whatever region the rest is in. */
export const FIREWALL_REGION = 'us-east-1';

/**
 * A per-client rate limit in front of the API (a stage option, `-c clientRateLimit=…`): the HTTP
 * API's throttle is shared by every office, so without it one machine sending requests in a loop
 * spends everyone's share and every office gets 429s. Past the limit, that client's `/v1/`
 * requests get 429 at CloudFront, before API Gateway counts them, until its rate falls back.
 * Counted by IP address: an office behind one address shares its limit, so the limit must leave
 * room for a whole office. Only `/v1/` counts; the site's files are static and cached.
 *
 * Its own stack because CloudFront takes web ACLs from us-east-1 only; the edge stack attaches
 * it by a cross-region reference. It holds against a determined client only once the API's own
 * endpoint is disabled (`-c apiDomainName`): until then a flood can go to the API directly.
 */
export class FirewallStack extends Stack {
  /** What CloudFront's `WebACLId` takes for a WAFv2 web ACL: its ARN. */
  readonly webAclArn: string;

  constructor(scope: Construct, id: string, config: FirewallProps, props: StackProps = {}) {
    super(scope, id, { ...props, env: { ...props.env, region: FIREWALL_REGION } });
    const metric = (name: string) => ({ cloudWatchMetricsEnabled: true, metricName: `etip-${config.stage}-${name}`, sampledRequestsEnabled: true });
    const acl = new CfnWebACL(this, 'ClientRateLimit', {
      name: `etip-${config.stage}-client-rate-limit`,
      description: 'ETIP Monitor: per-client rate limit on the API',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: metric('edge'),
      // The same body as API Gateway's own throttling answer, so a client meets one 429 shape.
      customResponseBodies: { 'too-many-requests': { contentType: 'APPLICATION_JSON', content: '{"message":"Too Many Requests"}' } },
      rules: [
        {
          name: 'api-requests-per-client',
          priority: 0,
          statement: {
            rateBasedStatement: {
              aggregateKeyType: 'IP',
              limit: config.clientRateLimit,
              evaluationWindowSec: RATE_WINDOW_SECONDS,
              scopeDownStatement: {
                byteMatchStatement: {
                  fieldToMatch: { uriPath: {} },
                  positionalConstraint: 'STARTS_WITH',
                  searchString: '/v1/',
                  textTransformations: [{ priority: 0, type: 'NONE' }],
                },
              },
            },
          },
          action: { block: { customResponse: { responseCode: 429, customResponseBodyKey: 'too-many-requests' } } },
          visibilityConfig: metric('api-requests-per-client'),
        },
      ],
    });
    this.webAclArn = acl.attrArn;
  }
}
