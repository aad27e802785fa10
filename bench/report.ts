import { availableParallelism } from 'node:os';
import { MARK_TIMEOUT_MS, SAMPLES } from './browser';
import { type Bundle, IMPORT_ROUNDS } from './bundles';
import { DASHBOARD_MONTHS, type DashboardBench } from './dashboard';
import { median } from './freshness';
import type { NaiveRead } from './naive';
import type { ViewRead } from './read-costs';
import { formatTable, kib, ms, units, verdict } from './table';
import type { WriteCosts } from './write-costs';

/**
 * The bench's findings as tables, each section with the budgets of DESIGN.md 7 it checks.
 * `failed` lists broken budgets that fail the run: capacity is deterministic, so any excess is
 * real; of the timings only freshness's median fails it (the brief's rule), the rest inform.
 */
export interface Section {
  text: string;
  failed: string[];
}

const RATIO_BUDGET = 10;
const FRESHNESS_BUDGET_MS = 2000;
const BUNDLE_BUDGET_BYTES = 500 * 1024;
const COLD_IMPORT_BUDGET = 1.4;
const INITIAL_JS_BUDGET_BYTES = 350 * 1024;

export function readSection(recent: Map<string, number>, full: readonly ViewRead[], naive: readonly NaiveRead[]): Section {
  const failed: string[] = [];
  const rows = full.map((read, n) => {
    const raw = naive[n]!;
    const twoYears = recent.get(read.view.name);
    const ratio = raw.rcu / read.rcu;
    const problems = [
      ...(read.view.budget !== undefined && read.rcu > read.view.budget ? [`over ${read.view.budget} RCU`] : []),
      ...(twoYears !== undefined && twoYears !== read.rcu ? ['grows with history'] : []),
      ...(ratio < RATIO_BUDGET ? [`only ${ratio.toFixed(1)}× cheaper`] : []),
      ...(raw.sameAnswer ? [] : ['answer differs from raw reports']),
    ];
    if (problems.length) failed.push(`read: ${read.view.name} (${problems.join(', ')})`);
    return [
      read.view.name,
      read.view.budget === undefined ? '—' : `≤ ${read.view.budget}`,
      twoYears === undefined ? '—' : units(twoYears),
      units(read.rcu),
      units(raw.rcu),
      `${ratio.toFixed(1)}×`,
      `${ms(read.ms)} / ${ms(raw.ms)}`,
      verdict(problems),
    ];
  });
  const text = formatTable(
    'Read cost of the dashboard views in RCU (X-Consumed-RCU of the API, six countries, eventually consistent reads)',
    ['view', 'budget', '2 y history', '10 y history', 'raw reports', 'cheaper', 'time agg / raw', 'result'],
    rows,
  );
  const notes = [
    `budgets: as listed; every view the same with 2 and 10 years of history ("—": range starts before the 2-year history); ≥ ${RATIO_BUDGET}× cheaper than one Query per country over the raw SUBMISSION# items; same answer both ways.`,
    'time: how long the API (aggregates) and the same use case over the raw reports took here, CPU of building the view included; informs only.',
  ];
  return { text: `${text}\n${notes.join('\n')}`, failed };
}

export function writeSection(writes: WriteCosts): Section {
  const failed: string[] = [];
  const rows = writes.steps.map((step) => {
    const problems = [
      ...(step.apiWcu > writes.budgetWcu ? [`over ${writes.budgetWcu} WCU`] : []),
      ...(step.apiWcu <= 0 ? ['no cost reported'] : []),
      // A draft saved over a draft changes nothing a dashboard shows: the aggregator must not write.
      ...(step.action === 'replace' && (step.aggregatorWrote || step.aggregatorWcu > 0) ? ['aggregator wrote for a draft save'] : []),
      ...(step.action !== 'replace' && !step.aggregatorWrote ? ['aggregator did not update the rollup'] : []),
    ];
    if (problems.length) failed.push(`write: ${step.action} (${problems.join(', ')})`);
    const aggregator = step.aggregatorWrote ? units(step.aggregatorWcu) : `${units(step.aggregatorWcu)} (no write)`;
    return [step.action, `≤ ${writes.budgetWcu}`, units(step.apiWcu), aggregator, '0', verdict(problems)];
  });
  const text = formatTable(
    `Write cost of one full report (every cell), PUT body ${writes.bodyBytes} bytes = ${Math.ceil(writes.bodyBytes / 1024)} KB rounded up; budget 6 × that per action`,
    ['action', 'budget WCU', 'API WCU', 'aggregator WCU', 'aggregator RCU', 'result'],
    rows,
  );
  const notes = [
    'API WCU: X-Consumed-WCU (the report item and its revision, one transaction: transactions cost twice).',
    'aggregator WCU: its one conditional UpdateItem of the country-year rollup (here 11 months full), charged on the whole item, not the one month it changes.',
    'aggregator RCU is 0: it reads nothing. The stream record carries the old and new images; stream reads are not charged as RCU.',
  ];
  return { text: `${text}\n${notes.join('\n')}`, failed };
}

export function freshnessSection(
  { samples, cacheControl }: { samples: readonly number[]; cacheControl: string | null },
  load: { before: number; after: number },
): Section {
  const mid = median(samples);
  const worst = Math.max(...samples);
  const failed = mid > FRESHNESS_BUDGET_MS ? [`freshness: median ${ms(mid)} over ${FRESHNESS_BUDGET_MS} ms`] : [];
  const text = formatTable(
    `Freshness: submit sent → GET /v1/dashboard/completeness shows it (stream poller as in npm start), ${samples.length} rounds`,
    ['measure', 'budget', 'measured', 'result'],
    [
      ['median', `≤ ${FRESHNESS_BUDGET_MS} ms`, ms(mid), verdict(failed.length ? ['over budget'] : [])],
      ['max', '(informs)', ms(worst), worst > FRESHNESS_BUDGET_MS ? 'over 2 s once or more' : 'within 2 s'],
      ['min', '', ms(Math.min(...samples)), ''],
    ],
  );
  const notes = [
    `rounds: ${samples.map((s) => Math.round(s)).join(', ')} ms; load average ${load.before.toFixed(2)} before, ${load.after.toFixed(2)} after, on ${availableParallelism()} cores: timings are this machine's, at this load.`,
    `the API is measured; a browser adds its cache on top: dashboard responses say Cache-Control: ${cacheControl ?? '(none)'}.`,
  ];
  return { text: [text, ...notes].join('\n'), failed };
}

/** Bundles inform the budget of DESIGN.md 7; over it is flagged, and does not fail the run. */
export function bundleSection(bundles: readonly Bundle[]): Section {
  const floor = bundles.find((b) => b.name.startsWith('floor'));
  const rows = bundles.map((b) => {
    const ratio = floor ? b.coldImport.fastest / floor.coldImport.fastest : NaN;
    const isFloor = b === floor;
    return [
      b.name,
      isFloor ? '(floor)' : `≤ ${kib(BUNDLE_BUDGET_BYTES)}`,
      `${kib(b.bytes)} (${b.bytes} B)`,
      kib(b.gzipBytes),
      `${ms(b.coldImport.fastest)} / ${ms(b.coldImport.median)}`,
      isFloor ? '1.00×' : `${ratio.toFixed(2)}× (≤ ${COLD_IMPORT_BUDGET}×)`,
      isFloor ? '' : b.bytes > BUNDLE_BUDGET_BYTES ? 'OVER (informs)' : 'within',
    ];
  });
  const text = formatTable(
    'Lambda bundles (esbuild: ESM, minified, platform node, target node22, mainFields module,main, SDK bundled; 500 KB read as 500 KiB)',
    ['bundle', 'budget', 'size', 'gzip', 'cold import fastest / median', 'vs floor (fastest)', 'size'],
    rows,
  );
  const heaviest = bundles
    .filter((b) => b !== floor)
    .map((b) => `heaviest in ${b.name}: ${b.heaviest.map(([name, bytes]) => `${name} ${kib(bytes)}`).join(', ')}`);
  return {
    text: [text, ...heaviest, `cold import: ${IMPORT_ROUNDS} interleaved imports, each in a fresh Node process; informs only (timing).`].join('\n'),
    failed: [],
  };
}

/**
 * The dashboard in the browser: the initial JavaScript is deterministic, so over its budget fails
 * the run; the timings are this machine's and inform, and a mark the dashboard never set says so.
 */
export function dashboardSection({ initialJs, browser }: DashboardBench): Section {
  const jsOver = initialJs.gzipBytes > INITIAL_JS_BUDGET_BYTES;
  const rows = [
    [
      'initial JavaScript, gzip (entry + static imports)',
      `≤ ${kib(INITIAL_JS_BUDGET_BYTES)}`,
      kib(initialJs.gzipBytes),
      initialJs.files.map((f) => `${f.file.replace(/^assets\//, '')} ${kib(f.gzipBytes)}`).join(', '),
      jsOver ? 'FAIL' : 'pass',
    ],
    ...browser.flatMap(({ scenario, marks }) =>
      marks.map((m) => {
        const middle = m.samples.length ? median(m.samples) : NaN;
        const result = m.notReached
          ? `mark not reached: no performance.mark('${m.mark}') within ${MARK_TIMEOUT_MS / 1000} s`
          : middle > m.budgetMs
            ? 'OVER (informs)'
            : 'within';
        return [
          `${m.mark}, ${scenario.name}`,
          `≤ ${ms(m.budgetMs)}`,
          m.samples.length ? ms(middle) : '—',
          m.samples.map((t) => Math.round(t)).join(', '),
          result,
        ];
      }),
    ),
  ];
  const text = formatTable(
    `Dashboard in headless Chromium (/usr/bin/chromium; ${DASHBOARD_MONTHS} months of demo data; signed in as a regional lead; median of ${SAMPLES}, each in a fresh context)`,
    ['what', 'budget', 'median', 'samples (ms from navigation start)', 'result'],
    rows,
  );
  const notes = [
    'throttling by CDP: Emulation.setCPUThrottlingRate, Network.emulateNetworkConditions; cache off by Network.setCacheDisabled except for the repeat visit (visited once unthrottled first). prefers-reduced-motion: reduce, so charts draw without animation.',
    "timings are this machine's, at its load: they inform; the initial JavaScript (Vite's manifest, gzip -9) fails the run when over.",
  ];
  return {
    text: [text, ...notes].join('\n'),
    failed: jsOver ? [`dashboard initial JavaScript ${kib(initialJs.gzipBytes)} gzip (budget ${kib(INITIAL_JS_BUDGET_BYTES)})`] : [],
  };
}
