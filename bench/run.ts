/**
 * `npm run bench`: the budgets of DESIGN.md 7 measured against a real DynamoDB Local, the real
 * API app and the real stream aggregator — never by timed assertions in tests. Consumed capacity
 * is deterministic, so an excess fails the run (so does the dashboard's initial JavaScript); timings
 * are this machine's and only inform, except freshness's median (≤ 2 s). `--only=dashboard` runs
 * the dashboard's section alone.
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createDocumentClient, createDynamoClient, createStores, ensureTable } from '@etip/db';
import { demoMonths } from '@etip/local/demo-months';
import { QUICK_START_JVM_OPTIONS, startDynamoDbLocal } from '@etip/local/dynamodb-local';
import { type BenchAggregator, startAggregator } from './aggregator';
import { createBenchApi } from './api';
import { measureBundles } from './bundles';
import { measureDashboard } from './dashboard';
import { ALL_YEARS, BENCH_NOW, generateHistory, HELD_OUT, loadYears, RECENT_YEARS } from './data';
import { measureFreshness } from './freshness';
import { naiveRead } from './naive';
import { benchMonths, measureProtection, protectionSection } from './protection';
import { measureReads, VIEWS, withinRecentYears } from './read-costs';
import { bundleSection, dashboardSection, freshnessSection, readSection, type Section, writeSection } from './report';
import { measureWrites } from './write-costs';

// The pinned AWS SDK supports this machine's Node 20; its notice about 2027 releases is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// The browser section drives Debian's /usr/bin/chromium; nothing may fetch a browser of its own.
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
// Ctrl-C: exit, and the `exit` hook of dynamodb-local.ts kills the JVM this run started.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

const TABLE = 'etip-monitor-bench';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
/** Progress on stderr, so stdout carries only the report. */
const step = (message: string) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`);

async function measureAgainstDatabase(): Promise<Section[]> {
  // In memory: the bench leaves nothing behind and never touches `npm start`'s data. The reports
  // are made while the JVM starts: the two keep the machine's two cores busy side by side.
  const [starting, making] = await Promise.allSettled([startDynamoDbLocal({ dataDir: null, jvmOptions: QUICK_START_JVM_OPTIONS }), generateHistory()]);
  if (starting.status === 'rejected') throw starting.reason;
  const dynamodb = starting.value;
  const client = createDynamoClient({ endpoint: dynamodb.endpoint });
  let aggregator: BenchAggregator | undefined;
  try {
    if (making.status === 'rejected') throw making.reason;
    const history = making.value;
    step(`DynamoDB Local on ${dynamodb.endpoint}; made ${history.reports.length} reports (${history.revisions.length} revisions) with the domain's verbs`);
    await ensureTable(client, TABLE);
    const db = createDocumentClient(client);
    const stores = createStores(db, TABLE);
    // Started before any data goes in: every report reaches the rollups through the stream.
    aggregator = await startAggregator(client, TABLE, stores.aggregates);
    const api = await createBenchApi(stores, () => BENCH_NOW);

    let applied = (await loadYears(db, TABLE, stores.targets, history, RECENT_YEARS)).reports;
    step(`imported ${RECENT_YEARS.join(', ')}; waiting for the aggregator`);
    await aggregator.waitForRecords(applied, 120_000);
    await checkRollups(stores.aggregates, applied);
    step(`2 years of history loaded and aggregated (${applied} reports)`);
    const recent = await measureReads(api, VIEWS.filter(withinRecentYears));

    applied += (
      await loadYears(
        db,
        TABLE,
        stores.targets,
        history,
        ALL_YEARS.filter((y) => !RECENT_YEARS.includes(y)),
      )
    ).reports;
    step(`imported ${ALL_YEARS[0]}–${RECENT_YEARS[0]! - 1}; waiting for the aggregator`);
    await aggregator.waitForRecords(applied, 120_000);
    await checkRollups(stores.aggregates, applied);
    step(`10 years of history loaded and aggregated (${applied} reports)`);
    const full = await measureReads(api, VIEWS);
    const naive = [];
    for (const read of full) naive.push(await naiveRead(db, TABLE, { targets: stores.targets, now: () => BENCH_NOW }, read));
    step('read costs measured, aggregated and from the raw reports');

    const writes = await measureWrites(api, aggregator, history.valuesOf(HELD_OUT.country, HELD_OUT.period));
    step('write costs measured');
    const load = { before: loadavg()[0]!, after: 0 };
    const freshness = await measureFreshness(api, history);
    load.after = loadavg()[0]!;
    step('freshness measured');
    if (aggregator.errors.length) step(`aggregator/poller reported: ${aggregator.errors.slice(-3).join(' | ')}`);
    return [readSection(new Map(recent.map((r) => [r.view.name, r.rcu])), full, naive), writeSection(writes), freshnessSection(freshness, load)];
  } finally {
    await aggregator?.stop();
    client.destroy();
    await dynamodb.stop();
  }
}

/** The rollups hold every report, approved: the aggregator has caught up, not merely started. */
async function checkRollups(aggregates: ReturnType<typeof createStores>['aggregates'], reports: number): Promise<void> {
  const { data } = await aggregates.rollups(ALL_YEARS);
  const approved = data.flatMap((year) => Object.values(year.months)).filter((m) => m.status === 'approved' && m.values).length;
  if (approved !== reports) throw new Error(`the rollups hold ${approved} approved months; the table holds ${reports} approved reports`);
}

/** `npm run bench -- --only=dashboard`: the browser section alone, while working on the dashboard. */
async function measureAll(): Promise<Section[]> {
  // First, while no view has asked for these months: protection keeps its answers, and the
  // times here are of computing them, not of remembering them.
  step('protecting every month of the demo data and of the 10 years for a viewer');
  const protection = protectionSection([measureProtection('demo data, 24 months', demoMonths(BENCH_NOW)), measureProtection('bench, 10 years', benchMonths())]);
  const sections = [...(await measureAgainstDatabase()), protection];
  step('bundling the Lambda functions');
  sections.push(bundleSection(await measureBundles(ROOT)));
  return sections;
}

try {
  const sections = process.argv.includes('--only=dashboard') ? [] : await measureAll();
  // Last: its own local stack and a browser, once the database sections have stopped theirs.
  step('the dashboard: its build, and headless Chromium on a local stack with 5 years of data');
  sections.push(dashboardSection(await measureDashboard(step)));
  for (const section of sections) console.log(section.text);
  const failed = sections.flatMap((s) => s.failed);
  console.log(`\n${failed.length ? `FAILED ${failed.length} budget(s):\n  ${failed.join('\n  ')}` : 'All checked budgets hold.'}`);
  step('done');
  process.exitCode = failed.length ? 1 : 0;
} catch (error) {
  console.error(`[bench] could not complete: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 2;
}
