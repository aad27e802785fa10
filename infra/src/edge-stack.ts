import { ORIGIN_VERIFY_HEADER } from '@etip/api/origin-verify';
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as EdgeFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { UserPool, UserPoolClient, UserPoolDomain } from 'aws-cdk-lib/aws-cognito';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import type { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { apiOriginHost } from './api-domain';
import type { StageConfig } from './config';
import { dashboardClient } from './dashboard-client';
import { acknowledgeEdgeFindings } from './edge-nag';
import { originSecret, originSecretValue } from './origin-secret';
import { securityHeaders } from './security-headers';
import { buildSite } from './site';

export interface EdgeProps extends StageConfig {
  userPool: UserPool;
  signIn: UserPoolDomain;
  /** The issuer of the user pool's tokens. */
  jwtIssuer: string;
  /** The per-client rate limit's web ACL (firewall stack, us-east-1), when the stage has one. */
  webAclArn?: string;
}

/**
 * What the public reaches, on one origin (DESIGN.md 6): CloudFront serving the private site
 * bucket for `/` and the HTTP API for `/v1/*` (by the API's own domain when the stage has one,
 * else by its execute-api address) with the origin secret the API checks, so that a call made to
 * either address directly is refused; security headers on every response and, when the stage
 * has one, the per-client rate limit's web ACL. The HTTP API itself (throttled, access-logged)
 * lives here because the distribution routes to it, and the dashboard's sign-in client too
 * because its callback URL is the distribution's address, and so the JWT authorizer that accepts
 * that client's tokens. The api stack adds the routes and the Lambda integration.
 */
export class EdgeStack extends Stack {
  readonly httpApi: HttpApi;
  readonly distribution: Distribution;
  readonly client: UserPoolClient;
  readonly authorizer: HttpJwtAuthorizer;
  /** What CloudFront sends the API in `X-Origin-Verify`; the api stack gives it to the function. */
  readonly originSecret: Secret;

  constructor(scope: Construct, id: string, config: EdgeProps, props?: StackProps) {
    super(scope, id, props);
    const logs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      // CloudFront's standard logs are delivered with an ACL.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy: config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      autoDeleteObjects: !config.retainData,
    });
    // The site is rebuilt from the repository on every deploy: nothing in it to keep.
    const site = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'site/',
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });

    this.httpApi = new HttpApi(this, 'Api', {
      apiName: `etip-${config.stage}`,
      description: 'ETIP Monitor API',
      createDefaultStage: false,
      // CloudFront needs this address or the API's own domain; a call to either that skips CloudFront is refused (origin secret).
      disableExecuteApiEndpoint: config.apiDomain !== undefined,
    });
    const apiAccessLogs = new LogGroup(this, 'ApiAccessLogs', { retention: RetentionDays.THREE_MONTHS, removalPolicy: RemovalPolicy.DESTROY });
    const apiStage = new HttpStage(this, 'ApiStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: config.apiThrottle,
      accessLogSettings: { destination: new LogGroupLogDestination(apiAccessLogs), format: AccessLogFormat.custom(ACCESS_LOG) },
    });

    const apiHost = apiOriginHost(this, this.httpApi, apiStage, config.apiDomain);
    // Needed with the API's own domain too: that name is as public as the execute-api address.
    this.originSecret = originSecret(this);
    const siteOrigin = S3BucketOrigin.withOriginAccessControl(site);
    const headers = securityHeaders(this, config.signIn.baseUrl(), this.region);
    this.distribution = new Distribution(this, 'Distribution', {
      comment: `ETIP Monitor (${config.stage})`,
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      // North America, Europe, Asia: the edge locations nearest the six countries included.
      priceClass: PriceClass.PRICE_CLASS_200,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      ...(config.webAclArn ? { webAclId: config.webAclArn } : {}),
      defaultBehavior: {
        origin: siteOrigin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        functionAssociations: [
          {
            eventType: FunctionEventType.VIEWER_REQUEST,
            function: new EdgeFunction(this, 'SiteRouting', {
              runtime: FunctionRuntime.JS_2_0,
              code: FunctionCode.fromFile({ filePath: new URL('./site-routing.js', import.meta.url).pathname }),
              comment: 'Single-page app fallback to index.html',
            }),
          },
        ],
      },
      additionalBehaviors: {
        // The API's OpenAPI document is a static file of the site (write-docs.ts), not a Lambda call.
        '/v1/openapi.json': { origin: siteOrigin, viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY, responseHeadersPolicy: headers },
        '/v1/*': {
          origin: new HttpOrigin(apiHost, {
            protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
            originSslProtocols: [OriginSslPolicy.TLS_V1_2],
            // CloudFront replaces a header of that name sent by the viewer: going through it, nobody can choose the value.
            customHeaders: { [ORIGIN_VERIFY_HEADER]: originSecretValue(this.originSecret, config.originSecretVersion) },
          }),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          // Never cached; with caching off CloudFront forwards the Authorization header.
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: headers,
        },
      },
    });

    const siteUrl = `https://${this.distribution.distributionDomainName}/`;
    this.client = dashboardClient(this, config.userPool, siteUrl);

    this.authorizer = new HttpJwtAuthorizer('Cognito', config.jwtIssuer, { jwtAudience: [this.client.userPoolClientId] });

    const content = buildSite();
    // As `npm start` serves them: hashed files under assets/ cached for good, everything else
    // (index.html, config.json, the docs) revalidated, so a deploy reaches every browser at once.
    new BucketDeployment(this, 'SiteContent', {
      destinationBucket: site,
      sources: [
        Source.asset(content.dir, { exclude: ['assets/*'] }),
        // One dashboard build serves every stage: what differs is read at run time.
        Source.jsonData('config.json', {
          stage: config.stage,
          region: this.region,
          userPoolId: config.userPool.userPoolId,
          clientId: this.client.userPoolClientId,
          signInUrl: config.signIn.baseUrl(),
          apiBase: '/v1',
        }),
      ],
      // Excluded paths are neither deployed nor pruned here: the assets are the deployment below's.
      exclude: ['assets/*'],
      cacheControl: [CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
    });
    new BucketDeployment(this, 'SiteAssets', {
      destinationBucket: site,
      sources: [Source.asset(content.dir)],
      include: ['assets/*'],
      exclude: ['*'],
      cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.days(365)), CacheControl.immutable()],
      // Old hashed files stay for pages still open on an earlier index.html; nothing reuses a name.
      prune: false,
      memoryLimit: 512,
    });
    content.dispose();

    new CfnOutput(this, 'SiteUrl', { value: siteUrl, description: 'The dashboard and, under /v1, the API' });
    new CfnOutput(this, 'DashboardClientId', { value: this.client.userPoolClientId });
    acknowledgeEdgeFindings(this, { webAcl: config.webAclArn !== undefined });
  }
}

/** One JSON line per API request: who, what, how it went; never a body or a token. */
const ACCESS_LOG = JSON.stringify({
  requestId: '$context.requestId',
  time: '$context.requestTime',
  method: '$context.httpMethod',
  route: '$context.routeKey',
  path: '$context.path',
  status: '$context.status',
  latencyMs: '$context.responseLatency',
  integrationLatencyMs: '$context.integrationLatency',
  user: '$context.authorizer.claims.sub',
  authorizerError: '$context.authorizer.error',
  integrationError: '$context.integrationErrorMessage',
  userAgent: '$context.identity.userAgent',
});
