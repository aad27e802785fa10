import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  type Cell,
  COUNTRY_CODES,
  type CountryCode,
  changeStatus,
  country,
  dueAt,
  INDICATORS,
  ifMatchVersion,
  isRatioCell,
  type Period,
  periodRange,
  putReport,
  type Revision,
  type StoredReport,
  setTargets,
  type TargetRepository,
  type User,
} from '@etip/core';
import { InMemoryReportRepository } from '@etip/core/testing';
import { importReports } from '@etip/db';
import { chance, streamFor } from '@etip/local/demo-random';
import { demoValues } from '@etip/local/demo-values';

/**
 * Ten calendar years of complete monthly reports for the six countries, made by the domain's own
 * verbs (like `loadDemoData`), so items have the sizes real reports have: read and write costs
 * in DynamoDB are by size. Whole calendar years, because a rollup item holds one country's year:
 * "2 years of history" is then exactly the last two rollup years, and a view over them reads the
 * same items however many years lie before.
 */
export const BENCH_NOW = new Date('2027-01-15T06:00:00Z');
export const ALL_YEARS = Array.from({ length: 10 }, (_, n) => 2017 + n);
export const RECENT_YEARS = [2025, 2026];
/** Left out of the history: the write bench creates it through the API, in a full 2026 rollup. */
export const HELD_OUT = { country: 'LA' as CountryCode, period: '2026-12' };

const DAY = 86_400_000;
const LEAD: User = { sub: 'bench-regional-lead', name: 'Regional M&E lead', role: 'regional-lead', country: null };
const office = (code: CountryCode): User => ({ sub: `bench-office-${code}`, name: `${country(code).name} M&E officer`, role: 'country-office', country: code });

export interface History {
  reports: StoredReport[];
  revisions: Revision[];
  /** The values each country reported for each month (also the held-out month). */
  valuesOf(code: CountryCode, period: Period): Cell[];
}

/** Every report created, submitted (about one in seven late) and approved, at simulated times. */
export async function generateHistory(seed = 1): Promise<History> {
  const memory = new InMemoryReportRepository();
  const periods = periodRange(`${ALL_YEARS[0]}-01`, `${ALL_YEARS.at(-1)}-12`);
  const values = new Map<string, Cell[]>();
  for (const code of COUNTRY_CODES) {
    const random = streamFor(seed, `${code} bench`);
    const months = demoValues(code, periods, streamFor(seed, `${code} values`));
    for (const [n, period] of periods.entries()) {
      // The verbs over memory never wait for I/O: yield now and then, so Ctrl-C and the JVM's
      // readiness probe are not held up for the seconds this takes.
      if (n % 12 === 0) await yieldToEventLoop();
      values.set(`${code} ${period}`, months[n]!);
      if (code === HELD_OUT.country && period === HELD_OUT.period) continue;
      const due = dueAt(code, period).getTime();
      const submitted = due + (chance(random, 0.15) ? 2 : -4) * DAY;
      const at = (t: number) => ({ reports: memory, now: () => new Date(t) });
      const target = { country: code, period };
      await putReport(at(due - 7 * DAY), office(code), target, { values: months[n] }, { kind: 'create' });
      await changeStatus(at(submitted), office(code), target, 'submit', ifMatchVersion(1));
      await changeStatus(at(submitted + DAY), LEAD, target, 'approve', ifMatchVersion(2));
    }
  }
  const { reports, revisions } = memory.contents();
  return { reports, revisions, valuesOf: (code, period) => values.get(`${code} ${period}`)! };
}

/**
 * Loads the reports of some years into the table (batch import, as `npm start` seeds) and sets
 * each country's targets for them through the domain. Returns how many current-report items went
 * in: each is one stream record the aggregator must apply.
 */
export async function loadYears(
  db: DynamoDBDocumentClient,
  tableName: string,
  targets: TargetRepository,
  history: History,
  years: readonly number[],
): Promise<{ reports: number }> {
  const inYears = (p: { period: Period }) => years.includes(Number(p.period.slice(0, 4)));
  const reports = history.reports.filter(inYears);
  await importReports(db, tableName, { reports, revisions: history.revisions.filter(inYears) });
  const deps = { targets, now: () => BENCH_NOW };
  for (const year of years) {
    for (const code of COUNTRY_CODES) {
      const months = periodRange(`${year}-01`, `${year}-12`).map((p) => history.valuesOf(code, p));
      await setTargets(deps, LEAD, { country: code, year }, { targets: plausibleTargets(months) }, { kind: 'create' });
    }
  }
  return { reports: reports.length };
}

/** Targets a little above what the year achieved, so the overview has achievements to show. */
function plausibleTargets(months: Cell[][]): Record<string, number> {
  const total = (cells: Cell[], code: string) =>
    cells.filter((c) => c.indicator === code && !isRatioCell(c)).reduce((s, c) => s + ('value' in c ? c.value : 0), 0);
  return Object.fromEntries(
    INDICATORS.map((i) => {
      if (i.aggregation === 'ratio') return [i.code, 80];
      const actual = i.aggregation === 'latest' ? total(months.at(-1)!, i.code) : months.reduce((s, m) => s + total(m, i.code), 0);
      return [i.code, Math.max(1, Math.round(actual * 1.1))];
    }),
  );
}
