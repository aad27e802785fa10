import { resolve } from 'node:path';
import { portText, readSettings, SUPPRESSION_THRESHOLD, thresholdText } from '@etip/core';
import * as z from 'zod/mini';

/** The local system's settings, from the environment (DESIGN.md 6), with the documented defaults. */
export interface LocalConfig {
  host: string;
  port: number;
  dynamodbPort: number;
  /** `npm run dev` only: where Vite's dev server listens. */
  devPort: number;
  dataDir: string;
  tableName: string;
  /** DESIGN.md 5.4: sensitive counts below it are withheld from protected readers. */
  threshold: number;
}

/** The environment variables `npm start` reads (README, DESIGN.md 6); each optional. */
export const localSettings = z.object({
  HOST: z.optional(z.string()),
  PORT: z.optional(portText()),
  DYNAMODB_PORT: z.optional(portText()),
  DEV_PORT: z.optional(portText()),
  DATA_DIR: z.optional(z.string()),
  TABLE_NAME: z.optional(z.string()),
  SUPPRESSION_THRESHOLD: z.optional(thresholdText()),
});

/** The local settings from `env` (the process's by default); throws `ConfigurationError` naming each bad one. */
export function localConfigFromEnv(env: Record<string, string | undefined> = process.env): LocalConfig {
  const settings = readSettings(localSettings, env);
  return {
    // Loopback by default: the dev token route signs anyone in, so it must not face a network.
    host: settings.HOST ?? '127.0.0.1',
    port: settings.PORT ?? 3000,
    dynamodbPort: settings.DYNAMODB_PORT ?? 8000,
    devPort: settings.DEV_PORT ?? 5173,
    dataDir: resolve(settings.DATA_DIR ?? '.data'),
    tableName: settings.TABLE_NAME ?? 'etip-monitor-local',
    threshold: settings.SUPPRESSION_THRESHOLD ?? SUPPRESSION_THRESHOLD,
  };
}
