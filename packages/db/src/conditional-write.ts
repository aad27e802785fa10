import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';

/**
 * The answer of a conditional write, or null when its condition did not hold (DynamoDB's
 * ConditionalCheckFailedException: nothing was written). Any other error is thrown.
 */
export async function unlessConditionFails<T>(write: Promise<T>): Promise<T | null> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return null;
    throw error;
  }
}
