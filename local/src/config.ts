import { resolve } from 'node:path';
import { parseThreshold } from '@etip/core';
import { portFromEnv } from './ports';

/** The local system's settings, from the environment (DESIGN.md 6), with the documented defaults. */
export interface LocalConfig {
  host: string;
  port: number;
  dynamodbPort: number;
  dataDir: string;
  tableName: string;
  /** DESIGN.md 5.4: sensitive counts below it are withheld from protected readers. */
  threshold: number;
}

export function localConfigFromEnv(env: Record<string, string | undefined> = process.env): LocalConfig {
  return {
    // Loopback by default: the dev token route signs anyone in, so it must not face a network.
    host: env.HOST || '127.0.0.1',
    port: portFromEnv('PORT', 3000),
    dynamodbPort: portFromEnv('DYNAMODB_PORT', 8000),
    dataDir: resolve(env.DATA_DIR || '.data'),
    tableName: env.TABLE_NAME || 'etip-monitor-local',
    threshold: parseThreshold(env.SUPPRESSION_THRESHOLD),
  };
}
