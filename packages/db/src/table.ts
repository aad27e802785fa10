import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * The one table of ETIP Monitor, defined once: the local stack and the tests create it from
 * here, and the CDK app builds the AWS table from the same definition.
 */
export const TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Dashboards are fed from the stream; the aggregator needs the old image to undo a change. */
  streamView: 'NEW_AND_OLD_IMAGES',
} as const;

export function createTableInput(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    AttributeDefinitions: [
      { AttributeName: TABLE.partitionKey, AttributeType: 'S' },
      { AttributeName: TABLE.sortKey, AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
    ],
    BillingMode: 'PAY_PER_REQUEST',
    StreamSpecification: { StreamEnabled: true, StreamViewType: TABLE.streamView },
  };
}
