import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localConfigFromEnv } from '@etip/local/config';
import { ensureDashboardBuild } from '@etip/local/dashboard-build';
import { freePort } from '@etip/local/ports';
import { startLocalStack } from '@etip/local/stack';
import type { TestProject } from 'vitest/node';
import { assertChromiumInstalled } from './support/chromium';

/**
 * One real local stack for the end-to-end run, as `npm start` runs it: DynamoDB Local with its
 * own data folder, the demo data, the API and the dashboard's production build, on ports the OS
 * picks, so two runs (or a developer's `npm start`) side by side never meet. Stopped, JVM
 * included, and its data removed when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertChromiumInstalled();
  const dataDir = await mkdtemp(join(tmpdir(), 'etip-e2e-'));
  const config = { ...localConfigFromEnv({}), port: 0, dynamodbPort: await freePort(), dataDir };
  const dashboard = ensureDashboardBuild().then(({ dir }) => dir);
  dashboard.catch(() => {});
  const stack = await startLocalStack(config, { dashboard }).catch(async (error: unknown) => {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  // Every view reads the aggregates: tests start once the demo data has reached them.
  await stack.aggregatesCaughtUp;
  project.provide('baseUrl', stack.url);
  return async () => {
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
