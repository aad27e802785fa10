/** One typed configuration per stage (`-c stage=dev|prod`): what differs between them, nothing else. */
export interface StageConfig {
  stage: 'dev' | 'prod';
  /** Prod keeps its data when a stack is deleted and refuses deletion of the table. */
  retainData: boolean;
  /** Prod encrypts the table with a customer-managed KMS key (rotated); dev with an AWS-owned key. */
  customerManagedKey: boolean;
}

const STAGES: Record<StageConfig['stage'], StageConfig> = {
  dev: { stage: 'dev', retainData: false, customerManagedKey: false },
  prod: { stage: 'prod', retainData: true, customerManagedKey: true },
};

export function stageConfig(stage: unknown): StageConfig {
  if (stage === undefined) return STAGES.dev;
  if (stage !== 'dev' && stage !== 'prod') throw new Error(`-c stage must be dev or prod, got ${JSON.stringify(stage)}`);
  return STAGES[stage];
}
