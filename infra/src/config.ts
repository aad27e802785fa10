/** One typed configuration per stage (`-c stage=dev|prod`): what differs between them, nothing else. */
export interface StageConfig {
  stage: 'dev' | 'prod';
  /** Prod keeps its data when a stack is deleted and refuses deletion of the table. */
  retainData: boolean;
  /** Prod encrypts the table with a customer-managed KMS key (rotated); dev with an AWS-owned key. */
  customerManagedKey: boolean;
  /**
   * Steady requests per second and burst the HTTP API lets through, across all clients: six
   * country offices and a handful of regional users need a few; a runaway script gets 429s.
   */
  apiThrottle: { rateLimit: number; burstLimit: number };
  /** Where alarms are mailed (`-c alarmEmail=ops@example.org`); without it they still show in CloudWatch. */
  alarmEmail?: string;
  /**
   * The API's own address (`-c apiDomainName=api.etip.example.org -c apiCertificateArn=arn:…`):
   * a name the programme controls and a validated ACM certificate for it in the API's region.
   * With it, the HTTP API's default `execute-api` endpoint is disabled and CloudFront reaches the
   * API by this name. Without it the endpoint must stay on: CloudFront can reach an HTTP API only
   * through that endpoint or a custom domain. Either address is public; what keeps calls from
   * going around CloudFront is the origin secret (origin-secret.ts), in every stage.
   */
  apiDomain?: ApiDomain;
  /**
   * Requests to `/v1/` one client (IP address) may make in 5 minutes before CloudFront answers
   * 429 (`-c clientRateLimit=600`), so one machine cannot spend every office's share of
   * `apiThrottle`. A WAF web ACL in us-east-1 (CloudFront's WAF lives there), at a cost (README).
   * Off unless given.
   */
  clientRateLimit?: number;
  /**
   * The version of the origin secret CloudFront and the API use (`-c originSecretVersion=<VersionId>`),
   * after a rotation (README): both then hold that version. Without it, both hold the version
   * current when they were last deployed.
   */
  originSecretVersion?: string;
}

export interface ApiDomain {
  name: string;
  certificateArn: string;
}

/** Options given with `-c` on the command line, beside the stage; each validated here. */
export interface StageOptions {
  alarmEmail?: unknown;
  apiDomainName?: unknown;
  apiCertificateArn?: unknown;
  clientRateLimit?: unknown;
  originSecretVersion?: unknown;
}

const STAGES: Record<StageConfig['stage'], StageConfig> = {
  dev: { stage: 'dev', retainData: false, customerManagedKey: false, apiThrottle: { rateLimit: 20, burstLimit: 40 } },
  prod: { stage: 'prod', retainData: true, customerManagedKey: true, apiThrottle: { rateLimit: 50, burstLimit: 100 } },
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A fully qualified host name: lower-case labels of letters, digits and inner hyphens. */
const HOST_NAME = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const CERTIFICATE_ARN = /^arn:aws[a-z-]*:acm:([a-z0-9-]+):\d{12}:certificate\/[0-9a-f-]+$/;
/** A Secrets Manager version id: what `put-secret-value` answers (a UUID unless one was chosen). */
const SECRET_VERSION_ID = /^[A-Za-z0-9-]{32,64}$/;
/** AWS WAF's bounds for a rate-based rule's limit. */
export const RATE_LIMIT_BOUNDS = { min: 10, max: 2_000_000_000 };

export function stageConfig(stage: unknown, options: StageOptions = {}): StageConfig {
  if (stage !== undefined && stage !== 'dev' && stage !== 'prod') throw new Error(`-c stage must be dev or prod, got ${JSON.stringify(stage)}`);
  const { alarmEmail, apiDomainName, apiCertificateArn, clientRateLimit, originSecretVersion } = options;
  if (alarmEmail !== undefined && (typeof alarmEmail !== 'string' || !EMAIL.test(alarmEmail))) {
    throw new Error(`-c alarmEmail must be an email address, got ${JSON.stringify(alarmEmail)}`);
  }
  const apiDomain = apiDomainOf(apiDomainName, apiCertificateArn);
  const rateLimit = clientRateLimitOf(clientRateLimit);
  if (originSecretVersion !== undefined && (typeof originSecretVersion !== 'string' || !SECRET_VERSION_ID.test(originSecretVersion))) {
    throw new Error(`-c originSecretVersion must be a Secrets Manager version id (what put-secret-value answers), got ${JSON.stringify(originSecretVersion)}`);
  }
  return {
    ...STAGES[stage ?? 'dev'],
    ...(alarmEmail ? { alarmEmail } : {}),
    ...(apiDomain ? { apiDomain } : {}),
    ...(rateLimit ? { clientRateLimit: rateLimit } : {}),
    ...(originSecretVersion ? { originSecretVersion } : {}),
  };
}

function apiDomainOf(name: unknown, certificateArn: unknown): ApiDomain | undefined {
  if (name === undefined && certificateArn === undefined) return undefined;
  if (name === undefined || certificateArn === undefined) {
    throw new Error('-c apiDomainName and -c apiCertificateArn go together: a custom domain needs its certificate');
  }
  if (typeof name !== 'string' || !HOST_NAME.test(name)) throw new Error(`-c apiDomainName must be a host name, got ${JSON.stringify(name)}`);
  if (typeof certificateArn !== 'string' || !CERTIFICATE_ARN.test(certificateArn)) {
    throw new Error(`-c apiCertificateArn must be an ACM certificate ARN, got ${JSON.stringify(certificateArn)}`);
  }
  return { name, certificateArn };
}

/** The region an ACM certificate ARN lives in. */
export function certificateRegion(certificateArn: string): string {
  return CERTIFICATE_ARN.exec(certificateArn)![1]!;
}

function clientRateLimitOf(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  // From the command line every context value is a string.
  const limit = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < RATE_LIMIT_BOUNDS.min || limit > RATE_LIMIT_BOUNDS.max) {
    throw new Error(
      `-c clientRateLimit must be a whole number of requests per 5 minutes from ${RATE_LIMIT_BOUNDS.min} to ${RATE_LIMIT_BOUNDS.max}, got ${JSON.stringify(value)}`,
    );
  }
  return limit;
}
