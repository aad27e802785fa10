import { setTimeout as sleep } from 'node:timers/promises';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (DESIGN.md 6); playwright-core never downloads one (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD). */
const CHROMIUM = '/usr/bin/chromium';
/** The dashboard calls `performance.mark` with these names: the overview's figures readable, its first chart drawn. */
export const NUMBERS = 'etip:numbers';
export const FIRST_CHART = 'etip:first-chart';
export const SAMPLES = 5;
/** Past this a mark counts as not reached: one sample then says so, and the scenario stops. */
export const MARK_TIMEOUT_MS = 15_000;

/** CDP's `Network.emulateNetworkConditions`: throughput in bytes per second. */
const link = (kbps: number, latency: number) => ({ offline: false, latency, downloadThroughput: (kbps * 1000) / 8, uploadThroughput: (kbps * 1000) / 8 });

export interface Scenario {
  name: string;
  marks: { mark: string; budgetMs: number }[];
  cpuSlowdown?: number;
  network?: ReturnType<typeof link>;
  /** Loaded once first (no throttling), then measured with the browser's cache as that visit left it. */
  repeat?: boolean;
}

/** DESIGN.md 7's browser budgets. */
export const SCENARIOS: Scenario[] = [
  { name: 'cache off, no throttling', marks: [{ mark: FIRST_CHART, budgetMs: 1000 }] },
  {
    name: 'cache off, 4× CPU slowdown, 1.6 Mbps, 150 ms',
    cpuSlowdown: 4,
    network: link(1600, 150),
    marks: [
      { mark: NUMBERS, budgetMs: 2000 },
      { mark: FIRST_CHART, budgetMs: 3500 },
    ],
  },
  { name: 'repeat visit, cache on, 400 kbps, 400 ms', repeat: true, network: link(400, 400), marks: [{ mark: FIRST_CHART, budgetMs: 1500 }] },
];

export interface MarkTiming {
  mark: string;
  budgetMs: number;
  /** Milliseconds from navigation start to the mark, one per sample that reached it. */
  samples: number[];
  notReached: boolean;
}

export interface ScenarioResult {
  scenario: Scenario;
  marks: MarkTiming[];
}

/**
 * Opens `url` in headless Chromium `SAMPLES` times per scenario, each time in a fresh context
 * (own cache), with CDP's CPU and network throttling, and times each mark from navigation start
 * (its `startTime`). A scenario whose mark is not reached stops after that sample: the mark is
 * missing, not slow. `prefers-reduced-motion: reduce`, so a chart drawn with animation off
 * (issue 10, 6) marks when it is drawn, not when its animation would end.
 */
export async function measureInBrowser(url: string, step: (message: string) => void): Promise<ScenarioResult[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  try {
    const results: ScenarioResult[] = [];
    for (const scenario of SCENARIOS) {
      const marks = scenario.marks.map((m) => ({ ...m, samples: [] as number[], notReached: false }));
      for (let n = 0; n < SAMPLES && !marks.some((m) => m.notReached); n++) {
        const times = await sample(browser, url, scenario);
        for (const [i, time] of times.entries()) {
          if (time === null) marks[i]!.notReached = true;
          else marks[i]!.samples.push(time);
        }
      }
      step(`browser: ${scenario.name}`);
      results.push({ scenario, marks });
    }
    return results;
  } finally {
    await browser.close();
  }
}

async function sample(browser: Browser, url: string, scenario: Scenario): Promise<(number | null)[]> {
  const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (scenario.repeat) {
      await page.goto(url);
      await marksOf(page, [FIRST_CHART]);
    } else await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (scenario.network) await cdp.send('Network.emulateNetworkConditions', scenario.network);
    if (scenario.cpuSlowdown) await cdp.send('Emulation.setCPUThrottlingRate', { rate: scenario.cpuSlowdown });
    await page.goto(url, { waitUntil: 'commit' });
    return await marksOf(
      page,
      scenario.marks.map((m) => m.mark),
    );
  } finally {
    await context.close();
  }
}

/**
 * Each mark's `startTime` once the page has set it, or null past `MARK_TIMEOUT_MS`. Polled, and
 * polling survives a navigation (the page's context is replaced): waitForFunction would throw.
 */
async function marksOf(page: Page, names: string[]): Promise<(number | null)[]> {
  const deadline = Date.now() + MARK_TIMEOUT_MS;
  let found: (number | null)[] = names.map(() => null);
  while (found.includes(null) && Date.now() < deadline) {
    const times = await page
      .evaluate((marks) => marks.map((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null), names)
      .catch(() => null);
    if (times) found = found.map((time, i) => time ?? times[i] ?? null);
    await sleep(50);
  }
  return found;
}
