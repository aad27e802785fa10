import { TABLE } from '@etip/db/table';
import { RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, BillingMode, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import type { StageConfig } from './config';

/**
 * The one table of ETIP Monitor, from the same definition the local stack and the tests use
 * (`@etip/db/table`): on-demand, point-in-time recovery, stream with old and new images for the
 * aggregator; in prod retained, protected from deletion and encrypted with a key of our own.
 */
export class DataStack extends Stack {
  readonly table: Table;

  constructor(scope: Construct, id: string, config: StageConfig, props?: StackProps) {
    super(scope, id, props);
    const key = config.customerManagedKey
      ? new Key(this, 'TableKey', { enableKeyRotation: true, description: 'ETIP Monitor table encryption', removalPolicy: RemovalPolicy.RETAIN })
      : undefined;
    // Table, not TableV2: a region-agnostic stack (synthesized with no account) can carry a
    // customer-managed key only on the single-region table.
    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      stream: StreamViewType[TABLE.streamView],
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: config.retainData,
      removalPolicy: config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      ...(key ? { encryption: TableEncryption.CUSTOMER_MANAGED, encryptionKey: key } : { encryption: TableEncryption.AWS_MANAGED }),
    });
  }
}
