import { ORIGIN_VERIFY_HEADER } from '@etip/api/origin-verify';
import { App } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { createInfraApp } from './app';
import { stageConfig } from './config';
import { secretReferences } from './secret-references.fixture';
import { DEPLOY_ENV, SYNTH_TIMEOUT, synthesized } from './synthesized';

// The stage options of issue 9 (8), all on, in one synthesis: the API's own domain, the
// per-client rate limit and a rotated origin secret. edge-stack.test.ts checks the stage without them.
const DOMAIN = 'api.etip.example.org';
const CERTIFICATE = 'arn:aws:acm:ap-southeast-1:123456789012:certificate/0b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3';
/** What `aws secretsmanager put-secret-value` answers as the new version's id. */
const SECRET_VERSION = '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const OPTIONS = { apiDomainName: DOMAIN, apiCertificateArn: CERTIFICATE, clientRateLimit: '600', originSecretVersion: SECRET_VERSION };

type Behavior = { PathPattern?: string; TargetOriginId: string };

describe('stage options: every call through CloudFront, and a per-client rate limit', { timeout: SYNTH_TIMEOUT }, () => {
  let built: ReturnType<typeof synthesized>;
  let edge: Template;
  let firewall: Template;
  let distribution: { Origins: { Id: string; DomainName: unknown; OriginCustomHeaders?: unknown }[]; CacheBehaviors: Behavior[]; WebACLId?: unknown };
  beforeAll(() => {
    built = synthesized('prod', OPTIONS, DEPLOY_ENV);
    edge = built.templates.edge;
    firewall = built.templates.firewall!;
    distribution = Object.values(edge.findResources('AWS::CloudFront::Distribution'))[0]!.Properties.DistributionConfig;
  }, SYNTH_TIMEOUT);

  describe("with the API's own domain", () => {
    it('disables the execute-api endpoint', () => {
      edge.hasResourceProperties('AWS::ApiGatewayV2::Api', { DisableExecuteApiEndpoint: true });
    });

    it('serves the API on the domain with its certificate (TLS 1.2), mapped at the root of the $default stage', () => {
      const [domain] = Object.entries(edge.findResources('AWS::ApiGatewayV2::DomainName'));
      expect(domain![1].Properties).toEqual({
        DomainName: DOMAIN,
        DomainNameConfigurations: [{ CertificateArn: CERTIFICATE, EndpointType: 'REGIONAL', SecurityPolicy: 'TLS_1_2' }],
        Tags: expect.anything(),
      });
      const mappings = Object.values(edge.findResources('AWS::ApiGatewayV2::ApiMapping'));
      expect(mappings).toHaveLength(1);
      // No mapping key: /v1/... reaches the routes unchanged. Created once the stage exists.
      expect(mappings[0]!.Properties).toEqual({ ApiId: { Ref: expect.stringMatching(/^Api/) }, DomainName: { Ref: domain![0] }, Stage: '$default' });
      expect(mappings[0]!.DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^ApiStage/)]));
      edge.hasOutput('ApiDomainTarget', { Value: { 'Fn::GetAtt': [domain![0], 'RegionalDomainName'] } });
    });

    it('sends /v1/* from CloudFront to the domain, never to the execute-api address', () => {
      const api = distribution.CacheBehaviors.find((b) => b.PathPattern === '/v1/*')!;
      expect(distribution.Origins.find((o) => o.Id === api.TargetOriginId)!.DomainName).toBe(DOMAIN);
      expect(JSON.stringify(edge.toJSON())).not.toMatch(/execute-api/);
    });
  });

  describe('with a rotated origin secret', () => {
    it('has CloudFront and the API function both take the version given, with the API on its own domain too', () => {
      const pinned = `:SecretString:::${SECRET_VERSION}}}`;
      const api = distribution.CacheBehaviors.find((b) => b.PathPattern === '/v1/*')!;
      // The API's own domain is as public as the execute-api address: the header stays.
      expect(distribution.Origins.find((o) => o.Id === api.TargetOriginId)!.OriginCustomHeaders).toEqual([
        {
          HeaderName: ORIGIN_VERIFY_HEADER,
          HeaderValue: { 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: expect.stringMatching(/^OriginSecret/) }, pinned]] },
        },
      ]);
      const uses = [...secretReferences(edge), ...secretReferences(built.templates.api)];
      expect(uses.map((use) => use.selector)).toEqual([pinned, pinned]);
    });
  });

  describe('with a per-client rate limit', () => {
    it('puts a web ACL for CloudFront in us-east-1 that answers 429 to a client over the limit on /v1/', () => {
      expect(built.firewall!.region).toBe('us-east-1');
      const acls = Object.values(firewall.findResources('AWS::WAFv2::WebACL'));
      expect(acls).toHaveLength(1);
      const acl = acls[0]!.Properties;
      expect(acl).toMatchObject({ Scope: 'CLOUDFRONT', DefaultAction: { Allow: {} } });
      expect(acl.Rules).toHaveLength(1);
      expect(acl.Rules[0]).toMatchObject({
        Statement: {
          RateBasedStatement: {
            AggregateKeyType: 'IP',
            Limit: 600,
            EvaluationWindowSec: 300,
            ScopeDownStatement: { ByteMatchStatement: { FieldToMatch: { UriPath: {} }, PositionalConstraint: 'STARTS_WITH', SearchString: '/v1/' } },
          },
        },
        Action: { Block: { CustomResponse: { ResponseCode: 429 } } },
      });
      const body = acl.CustomResponseBodies[acl.Rules[0].Action.Block.CustomResponse.CustomResponseBodyKey];
      expect(body.ContentType).toBe('APPLICATION_JSON');
      // API Gateway's own throttling body: one 429 shape for clients.
      expect(JSON.parse(body.Content)).toEqual({ message: 'Too Many Requests' });
    });

    it("attaches it to the distribution through a cross-region reference to the web ACL's ARN", () => {
      const writer = Object.values(firewall.findResources('Custom::CrossRegionExportWriter'))[0]!.Properties.WriterProps;
      expect(writer.region).toBe(DEPLOY_ENV.region);
      const exports = Object.entries(writer.exports as Record<string, unknown>);
      expect(exports).toHaveLength(1);
      const [parameter, value] = exports[0]!;
      expect(value).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ClientRateLimit/), 'Arn'] });
      expect(distribution.WebACLId).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ExportsReader/), parameter] });
    });
  });
});

describe('stage options: refused when they cannot work', () => {
  it('refuses a domain without its certificate, and the reverse', () => {
    expect(() => stageConfig('prod', { apiDomainName: DOMAIN })).toThrow(/go together/);
    expect(() => stageConfig('prod', { apiCertificateArn: CERTIFICATE })).toThrow(/go together/);
    expect(() => stageConfig('prod', { apiDomainName: 'https://api.etip.example.org', apiCertificateArn: CERTIFICATE })).toThrow(/host name/);
    expect(() => stageConfig('prod', { apiDomainName: DOMAIN, apiCertificateArn: 'etip-certificate' })).toThrow(/certificate ARN/);
  });

  it("refuses a certificate outside the API's region (a regional API takes its own region's)", () => {
    const app = new App({ context: { stage: 'prod', apiDomainName: DOMAIN, apiCertificateArn: CERTIFICATE.replace('ap-southeast-1', 'us-east-1') } });
    expect(() => createInfraApp(app, DEPLOY_ENV)).toThrow(/certificate in ap-southeast-1.*it is in us-east-1/);
  });

  it('takes as origin secret version only what Secrets Manager writes as one', () => {
    expect(stageConfig('prod', { originSecretVersion: SECRET_VERSION }).originSecretVersion).toBe(SECRET_VERSION);
    expect(stageConfig('prod').originSecretVersion).toBeUndefined();
    for (const refused of ['AWSCURRENT', 'abc', `${SECRET_VERSION}}}`, `${SECRET_VERSION}:x`, '', 42]) {
      expect(() => stageConfig('prod', { originSecretVersion: refused })).toThrow(/originSecretVersion must be a Secrets Manager version id/);
    }
  });

  it('reads the rate limit as a whole number of requests within WAF bounds', () => {
    expect(stageConfig('dev', { clientRateLimit: '600' }).clientRateLimit).toBe(600);
    expect(stageConfig('dev').clientRateLimit).toBeUndefined();
    for (const refused of ['9', '600.5', 'lots', '-600', '2000000001', '']) {
      expect(() => stageConfig('dev', { clientRateLimit: refused })).toThrow(/clientRateLimit must be a whole number/);
    }
  });

  it('needs the region at synth for the rate limit, to reference its ARN across regions', () => {
    const app = new App({ context: { stage: 'dev', clientRateLimit: '600' } });
    expect(() => createInfraApp(app, {})).toThrow(/needs the region known at synth/);
  });
});
