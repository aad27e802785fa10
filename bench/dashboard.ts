import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localConfigFromEnv } from '@etip/local/config';
import { ensureDashboardBuild } from '@etip/local/dashboard-build';
import { freePort } from '@etip/local/ports';
import { startLocalStack } from '@etip/local/stack';
import { measureInBrowser, type ScenarioResult } from './browser';
import { type InitialJs, measureInitialJs } from './initial-js';

/** Five years of demo data (DESIGN.md 7: "the dashboard with 5 years of data"). */
export const DASHBOARD_MONTHS = 60;

export interface DashboardBench {
  initialJs: InitialJs;
  browser: ScenarioResult[];
}

/**
 * The dashboard's budgets: its production build (made when stale, as `npm start` makes it), and a
 * local stack of its own (temporary data folder, free ports, 5 years of demo data through the
 * real aggregator) serving it, opened in headless Chromium signed in as a regional lead.
 */
export async function measureDashboard(step: (message: string) => void): Promise<DashboardBench> {
  const { dir } = await ensureDashboardBuild({ step });
  const initialJs = await measureInitialJs(dir);
  const dataDir = await mkdtemp(join(tmpdir(), 'etip-bench-dashboard-'));
  try {
    const config = { ...localConfigFromEnv({}), port: 0, dynamodbPort: await freePort(), dataDir };
    const stack = await startLocalStack(config, { demoMonths: DASHBOARD_MONTHS, dashboard: dir, step });
    try {
      await stack.aggregatesCaughtUp;
      step(`local stack with ${DASHBOARD_MONTHS} months of demo data on ${stack.url}, aggregates caught up`);
      return { initialJs, browser: await measureInBrowser(`${stack.url}/?as=regional-lead`, step) };
    } finally {
      await stack.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
