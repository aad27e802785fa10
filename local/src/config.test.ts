import { ConfigurationError } from '@etip/core';
import { describe, expect, it } from 'vitest';
import { localConfigFromEnv } from './config';

describe('localConfigFromEnv', () => {
  it('takes every setting from the environment it is given, not the process', () => {
    // Act
    const config = localConfigFromEnv({
      PORT: '3100',
      DYNAMODB_PORT: '8100',
      DEV_PORT: '5200',
      DATA_DIR: '/tmp/etip-2',
      HOST: 'localhost',
      TABLE_NAME: 't',
      SUPPRESSION_THRESHOLD: '5',
    });

    // Assess
    expect(config).toEqual({ host: 'localhost', port: 3100, dynamodbPort: 8100, devPort: 5200, dataDir: '/tmp/etip-2', tableName: 't', threshold: 5 });
  });

  it('has the documented defaults, an empty variable counting as unset', () => {
    expect(localConfigFromEnv({ PORT: '' })).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      dynamodbPort: 8000,
      devPort: 5173,
      tableName: 'etip-monitor-local',
      threshold: 10,
    });
  });

  it('refuses a bad setting loudly, naming every one with its code, rather than falling back', () => {
    // Act
    let error: unknown;
    try {
      localConfigFromEnv({ PORT: '3ooo', DYNAMODB_PORT: '70000', SUPPRESSION_THRESHOLD: '1' });
    } catch (thrown) {
      error = thrown;
    }

    // Assess
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).errors.map((e) => [e.path, e.code])).toEqual([
      ['PORT', 'not-whole-number'],
      ['DYNAMODB_PORT', 'too-large'],
      ['SUPPRESSION_THRESHOLD', 'too-small'],
    ]);
    expect((error as Error).message).toBe(
      "invalid configuration: PORT must be a whole number; got '3ooo'; DYNAMODB_PORT must be at most 65535; got 70000; SUPPRESSION_THRESHOLD must be at least 2; got 1",
    );
  });
});
