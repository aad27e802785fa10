import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { loggableError } from './loggable-error';

describe('loggableError', () => {
  it('keeps the name, message and stack of an SDK error, not the item it carries', () => {
    // Prepare: a cancelled write as DynamoDB reports it with ALL_OLD, the stored report attached.
    const error = new TransactionCanceledException({
      message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed, None]',
      $metadata: {},
      CancellationReasons: [
        { Code: 'ConditionalCheckFailed', Item: { values: { L: [{ N: '7' }] }, note: { S: 'a note about one survivor' } } },
        { Code: 'None' },
      ],
    });

    // Act
    const logged = loggableError(error);

    // Assess
    expect(logged).toEqual({ name: 'TransactionCanceledException', message: error.message, stack: error.stack });
    expect(JSON.stringify(logged)).not.toMatch(/survivor|"values"/);
  });

  it('names what is not an Error, and leaves nothing for nothing', () => {
    expect(loggableError('timed out')).toEqual({ name: 'NonError', message: 'timed out' });
    expect(loggableError(undefined)).toBeUndefined();
  });
});
