import * as z from 'zod/mini';

/*
 * `/config.json`: what differs between where the one dashboard build runs, read at start.
 * In AWS the deployment writes the stage's Cognito ids (infra/src/edge-stack.ts); the local
 * server answers `{"mode": "local", "apiBase": "/v1"}`, which turns on the sign-in-as picker.
 * A path, never a full URL, for the API: the site and the API share one origin in both.
 * The page reads it through the boot module (lib/boot/early.ts), from index.html's preload, and
 * as the server says to cache it: a few minutes locally (`max-age=300`), so a repeat visit does
 * not wait a round trip for it.
 */

const apiBase = z.string().check(z.regex(/^\/[\w/-]*$/));
const nonEmpty = z.string().check(z.minLength(1));

const localConfigSchema = z.object({ mode: z.literal('local'), apiBase });
const awsConfigSchema = z.object({
  stage: nonEmpty,
  region: z.string().check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d$/)),
  userPoolId: nonEmpty,
  clientId: nonEmpty,
  signInUrl: z.url({ protocol: /^https$/ }),
  apiBase,
});

export type LocalConfig = z.output<typeof localConfigSchema>;
export type AwsConfig = z.output<typeof awsConfigSchema> & { mode: 'aws' };
export type RuntimeConfig = LocalConfig | AwsConfig;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads a config.json. Local mode only when it says so: a config with Cognito ids is never read
 * as local, so a deployed site cannot offer the sign-in-as picker.
 */
export function parseRuntimeConfig(json: unknown): RuntimeConfig {
  const aws = z.safeParse(awsConfigSchema, json);
  if (aws.success) return { ...aws.data, mode: 'aws', signInUrl: aws.data.signInUrl.replace(/\/+$/, '') };
  const local = z.safeParse(localConfigSchema, json);
  if (local.success) return local.data;
  throw new ConfigError('config.json is neither a local nor an AWS configuration');
}
