import { defineConfig } from 'vitest/config';

const exclude = ['**/node_modules/**', '**/dist/**'];

// The pinned AWS SDK supports this machine's Node 20; its notice about releases after January
// 2027 is noise in test output. Set here, it reaches the global setup and every worker.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/**
 * One project per layer (STYLE.md 4), each runnable alone (`npm run test:<layer>`):
 * - unit: the domain and the functions' own logic, in memory: no network, no database.
 * - infra: the CDK app synthesized (bundling the functions, cdk-nag): tens of seconds.
 * - integration: across packages, on a real DynamoDB Local, the real app and Lambda handlers.
 * - dashboard: the dashboard's pure functions.
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
          exclude,
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
    ],
  },
});
