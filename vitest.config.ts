import { defineConfig } from 'vitest/config';

const exclude = ['**/node_modules/**', '**/dist/**'];

// The pinned AWS SDK supports this machine's Node 20; its notice about releases after January
// 2027 is noise in test output. Set here, it reaches the global setup and every worker.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// The end-to-end tests drive Debian's /usr/bin/chromium; nothing may fetch a browser of its own.
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

/**
 * One project per layer (STYLE.md 4), each runnable alone (`npm run test:<layer>`):
 * - unit: the domain and the functions' own logic, in memory: no network, no database.
 * - infra: the CDK app synthesized (bundling the functions, cdk-nag): tens of seconds.
 * - integration: across packages, on a real DynamoDB Local, the real app and Lambda handlers.
 * - dashboard: the dashboard's pure functions.
 * - e2e: the built dashboard in a real headless Chromium on a real local stack (test/e2e).
 */
export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/**/src/**/*.test.ts', 'functions/**/src/**/*.test.ts', 'local/src/**/*.test.ts'],
          exclude,
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'infra',
          include: ['infra/src/**/*.test.ts'],
          exclude,
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: [...exclude, 'test/e2e/**'],
          environment: 'node',
          globalSetup: ['test/global-setup.ts'],
          // Real DynamoDB Local (a JVM) answers slower than memory, and a test may start its own.
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dashboard',
          include: ['dashboard/src/**/*.test.{ts,tsx}'],
          exclude,
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          exclude,
          environment: 'node',
          // Its own local stack (JVM, demo data, the dashboard's build), once for the run.
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A Chromium per file on two cores: files one after another, each test's timings sane.
          fileParallelism: false,
        },
      },
    ],
  },
});
