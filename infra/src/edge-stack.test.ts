import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './security-headers';
import { DASHBOARD_BUILD } from './site';
import { SYNTH_TIMEOUT, synthesized } from './synthesized';

type Behavior = Record<string, unknown> & { PathPattern?: string; TargetOriginId: string };

describe('edge stack: site, CloudFront, HTTP API', { timeout: SYNTH_TIMEOUT }, () => {
  let edge: Template;
  let built: ReturnType<typeof synthesized>;
  let outdir: string;
  let distribution: {
    Origins: { Id: string; DomainName: unknown; S3OriginConfig?: unknown; OriginAccessControlId?: unknown }[];
    DefaultCacheBehavior: Behavior;
    CacheBehaviors: Behavior[];
  } & Record<string, unknown>;
  beforeAll(() => {
    built = synthesized('prod');
    ({ edge } = built.templates);
    outdir = built.app.outdir;
    distribution = Object.values(edge.findResources('AWS::CloudFront::Distribution'))[0]!.Properties.DistributionConfig;
  }, SYNTH_TIMEOUT);
  const originOf = (behavior: Behavior) => distribution.Origins.find((o) => o.Id === behavior.TargetOriginId)!;
  const behavior = (path: string) => distribution.CacheBehaviors.find((b) => b.PathPattern === path)!;

  it('keeps the site in a private bucket: public access blocked, TLS enforced, encrypted, access-logged', () => {
    const buckets = Object.values(edge.findResources('AWS::S3::Bucket'));
    expect(buckets).toHaveLength(2);
    for (const bucket of buckets) {
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties.BucketEncryption).toBeDefined();
    }
    const policies = Object.values(edge.findResources('AWS::S3::BucketPolicy'));
    for (const policy of policies) {
      expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
    edge.hasResourceProperties('AWS::S3::Bucket', { LoggingConfiguration: { DestinationBucketName: Match.anyValue(), LogFilePrefix: 'site/' } });
  });

  it('reads the bucket through an origin access control, never a public website endpoint', () => {
    edge.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: Match.objectLike({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always' }),
    });
    const site = originOf(distribution.DefaultCacheBehavior);
    expect(site.OriginAccessControlId).toBeDefined();
    expect(JSON.stringify(site.DomainName)).toContain('RegionalDomainName');
  });

  it('routes /v1/* to the HTTP API uncached with every method and the Authorization header, and /v1/openapi.json to the bucket', () => {
    const api = behavior('/v1/*');
    expect(api).toMatchObject({
      AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
      ViewerProtocolPolicy: 'https-only',
      CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // Managed-CachingDisabled
      OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac', // Managed-AllViewerExceptHostHeader
    });
    expect(JSON.stringify(originOf(api).DomainName)).toMatch(/execute-api/);
    const docs = behavior('/v1/openapi.json');
    expect(originOf(docs)).toBe(originOf(distribution.DefaultCacheBehavior));
    // CloudFront takes the first matching pattern: the static document must come before /v1/*.
    expect(distribution.CacheBehaviors.map((b) => b.PathPattern)).toEqual(['/v1/openapi.json', '/v1/*']);
  });

  it('keeps the execute-api endpoint and adds no web ACL without the stage options (stage-options.test.ts has them)', () => {
    // CloudFront reaches an HTTP API only by that endpoint or a custom domain, which needs -c apiDomainName.
    edge.hasResourceProperties('AWS::ApiGatewayV2::Api', { DisableExecuteApiEndpoint: false });
    edge.resourceCountIs('AWS::ApiGatewayV2::DomainName', 0);
    expect(distribution.WebACLId).toBeUndefined();
    expect(built.firewall).toBeUndefined();
  });

  it('falls back to index.html for page paths with a CloudFront Function on the site only, and serves over HTTPS', () => {
    expect(distribution.DefaultCacheBehavior.FunctionAssociations).toEqual([expect.objectContaining({ EventType: 'viewer-request' })]);
    expect(behavior('/v1/*').FunctionAssociations).toBeUndefined();
    expect(distribution.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(distribution).toMatchObject({ DefaultRootObject: 'index.html', Logging: expect.objectContaining({ Prefix: 'cloudfront/' }) });
    // Not the error-page trick: it would turn the API's own 403/404 into the app's index.html.
    expect(distribution.CustomErrorResponses).toBeUndefined();
    edge.hasResourceProperties('AWS::CloudFront::Function', { FunctionConfig: Match.objectLike({ Runtime: 'cloudfront-js-2.0' }) });
  });

  it('puts the security headers on every behaviour: HSTS, CSP, nosniff, frame denial, referrer policy', () => {
    const ids = [distribution.DefaultCacheBehavior, ...distribution.CacheBehaviors].map((b) => JSON.stringify(b.ResponseHeadersPolicyId));
    expect(new Set(ids).size).toBe(1);
    edge.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: {
          StrictTransportSecurity: { AccessControlMaxAgeSec: 63_072_000, IncludeSubdomains: true, Override: true },
          ContentSecurityPolicy: { ContentSecurityPolicy: Match.anyValue(), Override: true },
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'same-origin', Override: true },
        },
      }),
    });
  });

  it('writes a CSP that allows only the site and its sign-in domain', () => {
    const csp = contentSecurityPolicy('https://etip.auth.ap-southeast-1.amazoncognito.com', 'ap-southeast-1');
    const directives = Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['connect-src']).toEqual([
      "'self'",
      'https://etip.auth.ap-southeast-1.amazoncognito.com',
      'https://cognito-idp.ap-southeast-1.amazonaws.com',
    ]);
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('deploys the site with the API docs and a runtime config.json carrying the Cognito ids, then refreshes the cache', () => {
    const deployment = Object.values(edge.findResources('Custom::CDKBucketDeployment'))[0]!.Properties;
    expect(deployment).toMatchObject({ Prune: true, DistributionPaths: ['/*'] });
    const [site, config] = (deployment.SourceObjectKeys as string[]).map((key) => join(outdir, `asset.${key.replace(/\.zip$/, '')}`));
    // The dashboard's build where there is one (`npm run build -w @etip/dashboard`), else a page leading to the docs.
    const built = existsSync(join(DASHBOARD_BUILD, 'index.html'));
    const dashboard = built ? readdirSync(DASHBOARD_BUILD, { recursive: true }).map(String) : ['index.html'];
    const docs = ['docs', 'docs/docs.css', 'docs/index.html', 'v1', 'v1/openapi.json'];
    expect(readdirSync(site!, { recursive: true }).map(String).sort()).toEqual([...docs, ...dashboard].sort());
    const index = readFileSync(join(site!, 'index.html'), 'utf8');
    if (built) expect(index).toBe(readFileSync(join(DASHBOARD_BUILD, 'index.html'), 'utf8'));
    else expect(index).toContain('url=/docs');
    expect(JSON.parse(readFileSync(join(site!, 'v1/openapi.json'), 'utf8')).openapi).toMatch(/^3\.1/);
    expect(readFileSync(join(site!, 'docs/index.html'), 'utf8')).not.toContain('<style');

    const runtime = JSON.parse(readFileSync(join(config!, 'config.json'), 'utf8'));
    const markers = (deployment.SourceMarkers as Record<string, unknown>[])[1]!;
    const resolved = (value: string) => value.replace(/<<marker:0xbaba:\d+>>/g, (marker) => JSON.stringify(markers[marker]));
    expect(runtime).toMatchObject({ stage: 'prod', apiBase: '/v1' });
    expect(resolved(runtime.userPoolId)).toMatch(/ExportsOutputRefUsers/);
    expect(resolved(runtime.clientId)).toMatch(/"Ref":"DashboardClient/);
    expect(resolved(runtime.signInUrl)).toMatch(/UsersSignIn/);
  });

  it('throttles the HTTP API and writes JSON access logs with the request id, without bodies', () => {
    edge.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('"requestId":"\\$context.requestId"') },
    });
    const format = Object.values(edge.findResources('AWS::ApiGatewayV2::Stage'))[0]!.Properties.AccessLogSettings.Format as string;
    expect(Object.keys(JSON.parse(format))).toEqual(expect.arrayContaining(['requestId', 'status', 'route', 'user']));
    expect(format).not.toMatch(/body|authorization/i);
  });
});
