import { CfnOutput, type Stack, Token } from 'aws-cdk-lib';
import { ApiMapping, DomainName, type HttpApi, type IStage, SecurityPolicy } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { type ApiDomain, certificateRegion } from './config';

/**
 * The host name CloudFront forwards `/v1/*` to. CloudFront can reach an HTTP API only by its
 * default `execute-api` endpoint or by a custom domain of the API, which needs a name the
 * programme controls and a certificate for it: with no domain configured, the default endpoint
 * it is (and so stays open; the API refuses callers who skip CloudFront by the origin secret,
 * origin-secret.ts, whichever address they use). With one, the API answers on that
 * name (TLS 1.2), mapped at its root so `/v1/…` paths pass unchanged; the edge stack then
 * disables the default endpoint. The name must resolve to the `ApiDomainTarget` output (a CNAME
 * record); until it does, CloudFront cannot reach the API.
 */
export function apiOriginHost(stack: Stack, httpApi: HttpApi, stage: IStage, domain: ApiDomain | undefined): string {
  if (!domain) return `${httpApi.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
  const region = certificateRegion(domain.certificateArn);
  // A regional API's certificate lives in the API's own region (unlike CloudFront's, in us-east-1).
  if (!Token.isUnresolved(stack.region) && region !== stack.region) {
    throw new Error(`-c apiCertificateArn must be a certificate in ${stack.region}, where the API is; it is in ${region}`);
  }
  const name = new DomainName(stack, 'ApiDomain', {
    domainName: domain.name,
    certificate: Certificate.fromCertificateArn(stack, 'ApiCertificate', domain.certificateArn),
    securityPolicy: SecurityPolicy.TLS_1_2,
  });
  new ApiMapping(stack, 'ApiMapping', { api: httpApi, domainName: name, stage });
  new CfnOutput(stack, 'ApiDomainTarget', {
    value: name.regionalDomainName,
    description: `Point ${domain.name} at this with a CNAME record: CloudFront reaches the API by that name only`,
  });
  return domain.name;
}
