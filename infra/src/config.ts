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
}

const STAGES: Record<StageConfig['stage'], StageConfig> = {
  dev: { stage: 'dev', retainData: false, customerManagedKey: false, apiThrottle: { rateLimit: 20, burstLimit: 40 } },
  prod: { stage: 'prod', retainData: true, customerManagedKey: true, apiThrottle: { rateLimit: 50, burstLimit: 100 } },
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function stageConfig(stage: unknown, alarmEmail?: unknown): StageConfig {
  if (stage !== undefined && stage !== 'dev' && stage !== 'prod') throw new Error(`-c stage must be dev or prod, got ${JSON.stringify(stage)}`);
  if (alarmEmail !== undefined && (typeof alarmEmail !== 'string' || !EMAIL.test(alarmEmail))) {
    throw new Error(`-c alarmEmail must be an email address, got ${JSON.stringify(alarmEmail)}`);
  }
  return { ...STAGES[stage ?? 'dev'], ...(alarmEmail ? { alarmEmail } : {}) };
}
