import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Import boundaries between the workspaces (DESIGN.md 6, STYLE.md), checked by `npm run lint`
 * (`npm run lint:imports` alone). Paths are the resolved files, relative to the repository root:
 * a workspace import (`@etip/core/testing`) and a relative one (`../../packages/core/src/testing`)
 * are the same edge, and type-only imports count too.
 */
const ROOT = dirname(fileURLToPath(import.meta.url));

/** The files behind a few named package entries, found as Node (and so the CDK app) finds them. */
const entryFiles = (...names) => names.map((name) => relative(ROOT, fileURLToPath(import.meta.resolve(name))));
const anyOf = (files) => `^(${files.map((file) => file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`;

/** What the CDK app may take from the functions: their declared public entries, never their insides. */
const INFRA_ENTRIES = entryFiles('@etip/api/lambda', '@etip/aggregator/lambda', '@etip/api/site-docs', '@etip/api/origin-verify');

const WORKSPACES = '^(packages|functions|infra|local|dashboard|test|bench)/';
/** AWS and HTTP libraries, whether installed (node_modules/…) or not (then the path is the bare name). */
const AWS_OR_HTTP = '(^|node_modules/)(@aws-sdk|@aws-lambda-powertools|@smithy|@types/aws-lambda|aws-cdk-lib|constructs|hono|@hono)(/|$)';
/** Test code: the tests and fixtures beside the code, and the test, bench and local workspaces. */
const TEST_CODE = ['^(test|bench|local)/', '\\.(test|fixture)\\.tsx?$'];

export default {
  forbidden: [
    {
      name: 'core-not-node',
      severity: 'error',
      comment:
        'packages/core is the browser-safe domain: the dashboard bundles it, so it may not use a Node built-in (node:fs, node:crypto, …). Take what it needs as a parameter (a clock, a random source) or keep that code in the package that runs on Node.',
      from: { path: '^packages/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-not-aws-or-http',
      severity: 'error',
      comment:
        'packages/core is the domain, free of AWS and HTTP (DESIGN.md 6, STYLE.md 1): no AWS SDK, Powertools or CDK, no Hono. The functions adapt HTTP and Lambda to it, packages/db adapts DynamoDB through its repository ports.',
      from: { path: '^packages/core/' },
      to: { path: AWS_OR_HTTP },
    },
    {
      name: 'core-not-other-workspaces',
      severity: 'error',
      comment:
        'packages/core is at the bottom: every other workspace depends on it, so it depends on none of them (anything else would be a cycle between packages, or drag Node and AWS code into the browser).',
      from: { path: '^packages/core/' },
      to: { path: WORKSPACES, pathNot: '^packages/core/' },
    },
    {
      name: 'core-no-cycles',
      severity: 'error',
      comment:
        "No circular imports inside packages/core: each concept (framework, reports, protection, …) builds on the ones below it, so that it can be understood, tested and imported on its own (`@etip/core/<concept>`), and a cycle's evaluation order does not leave a binding undefined at import time. Type-only imports are erased by the compiler and take no part in that order, so a schema and the type derived from it may name each other (the schema built apart from what the Lambdas load).",
      from: { path: '^packages/core/' },
      to: { path: '^packages/core/', circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'functions-not-local',
      severity: 'error',
      comment:
        'The functions run in AWS Lambda; local/ is the development system (dev token issuer, DynamoDB Local, demo data). An import of it from a function would ship development code, or a way around Cognito, into the Lambda bundle. local/ depends on the functions, never the other way.',
      from: { path: '^functions/' },
      to: { path: '^local/' },
    },
    {
      name: 'infra-only-function-entries',
      severity: 'error',
      comment: `The CDK app takes from a function only what its package declares as public entries in package.json \`exports\` (${INFRA_ENTRIES.join(', ')}), so that a function's source can be reorganised without breaking the deployment. Add a named entry to the function's package.json and to INFRA_ENTRIES in .dependency-cruiser.mjs rather than reaching into its src/.`,
      from: { path: '^infra/' },
      to: { path: '^functions/', pathNot: anyOf(INFRA_ENTRIES) },
    },
    {
      name: 'dashboard-only-core',
      severity: 'error',
      comment:
        'The dashboard runs in the browser: of the workspaces it may use only @etip/core (the framework, contract schemas, roles), never the API, the database access, AWS or the local system. It talks to the rest through the HTTP API.',
      from: { path: '^dashboard/' },
      to: { path: WORKSPACES, pathNot: ['^dashboard/', '^packages/core/'] },
    },
    {
      name: 'dashboard-not-node',
      severity: 'error',
      comment: 'The dashboard runs in the browser: no Node built-in (node:fs, node:path, …) in its source.',
      from: { path: '^dashboard/src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'dashboard-declared-dependencies',
      severity: 'error',
      comment:
        "The dashboard imports only the npm packages its own package.json declares: a package that resolves only because another workspace hoisted it into node_modules would vanish from the bundle's dependencies the day that workspace drops it.",
      from: { path: '^dashboard/' },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'testing-only-in-test-code',
      severity: 'error',
      comment:
        '@etip/core/testing (in-memory repositories, shared fixtures) is for tests, benchmarks and the local system. Production code (the functions, packages, infra, the dashboard) must use the real adapters, so test doubles never reach a Lambda bundle or the browser.',
      from: { pathNot: [...TEST_CODE, '^packages/core/src/testing/'] },
      to: { path: '^packages/core/src/testing/' },
    },
    {
      name: 'browser-drivers-only-in-e2e-and-bench',
      severity: 'error',
      comment:
        'playwright-core and axe-core drive and inspect a real Chromium: the end-to-end tests (test/e2e) and the browser bench use them, nothing that ships or that the other test layers run (STYLE.md 4: each test says which layer it is).',
      from: { pathNot: ['^test/e2e/', '^bench/'] },
      to: { path: '(^|node_modules/)(playwright-core|playwright|axe-core)(/|$)' },
    },
    {
      name: 'e2e-apart',
      severity: 'error',
      comment:
        'test/e2e has its own local stack, browser fixtures and compiler settings (DOM): the integration tests never import from it, so running them never starts a browser.',
      from: { path: '^test/', pathNot: '^test/e2e/' },
      to: { path: '^test/e2e/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment:
        'Every import must resolve: the rules above judge resolved files, so an import dependency-cruiser cannot follow would escape them (and tsc or the bundler would fail on it anyway).',
      from: {},
      // The dashboard's map shapes are made at build time by a Vite plugin (dashboard/vite/mekong-map.ts), not a file.
      to: { couldNotResolve: true, pathNot: '^virtual:mekong-map$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Build output inside the workspaces (packages/core/dist holds .d.ts files); node_modules/*/dist is code we depend on.
    exclude: { path: '^(packages/[^/]+|functions/[^/]+|infra|local|dashboard|test|bench)/(dist|cdk\\.out|\\.data|coverage)/' },
    // Type-only imports are dependencies too: the domain must not even name a Hono Context.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
