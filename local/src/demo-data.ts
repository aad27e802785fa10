import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  COUNTRY_CODES,
  type CountryCode,
  changeStatus,
  country,
  ifMatchVersion,
  putReport,
  type ReportRepository,
  type SubmissionsDeps,
  setTargets,
  type User,
} from '@etip/core';
import { InMemoryReportRepository } from '@etip/core/testing';
import { DynamoTargetStore, importReports } from '@etip/db';
import { planCountry, type ReportPlan, type Step } from './demo-scenario';
import { demoTargets } from './demo-targets';

export interface DemoDataOptions {
  /** The moment the demo data is seeded: nothing in it is dated later. */
  now: Date;
  /** How many months up to and including the current one; 24 by default. */
  months?: number;
  /** The survivor protection threshold submissions are published with, as the API's (DESIGN.md 5.4); 10 by default. */
  threshold?: number;
  /** The same seed and `now` give the same reports. */
  seed?: number;
}

const REGIONAL_LEAD: User = { sub: 'demo-regional-lead', name: 'Regional M&E lead', role: 'regional-lead', country: null };

const countryOffice = (code: CountryCode): User => ({
  sub: `demo-country-office-${code}`,
  name: `${country(code).name} M&E officer`,
  role: 'country-office',
  country: code,
});

/**
 * Fills an empty database with two years of monthly reports for the six countries. Every
 * step goes through the domain's verbs at its simulated time, so timeliness, revisions and
 * published values are what the real code makes of them.
 */
export async function seedDemoData(reports: ReportRepository, options: DemoDataOptions): Promise<{ reports: number; writes: number }> {
  const { now, months = 24, seed = 1 } = options;
  // Countries touch disjoint reports, so they can be seeded side by side.
  const perCountry = await Promise.all(
    COUNTRY_CODES.map(async (code) => {
      const perReport: number[] = [];
      for (const plan of planCountry(code, now, months, seed)) perReport.push(await seedReport(reports, plan, now, options.threshold));
      return perReport;
    }),
  );
  const all = perCountry.flat();
  return { reports: all.filter((n) => n > 0).length, writes: all.reduce((sum, n) => sum + n, 0) };
}

/** Runs one report's steps at their simulated times; returns how many writes it took. */
async function seedReport(reports: ReportRepository, plan: ReportPlan, now: Date, threshold: number | undefined): Promise<number> {
  let clock = now;
  const deps: SubmissionsDeps = { reports, now: () => clock, ...(threshold ? { threshold } : {}) };
  let version: number | null = null;
  let writes = 0;
  for (const step of plan.steps) {
    // What is planned after `now` has not happened yet: the report stays where it got to.
    if (step.at > now) break;
    clock = step.at;
    version = await perform(deps, plan, step, version);
    writes++;
  }
  return writes;
}

async function perform(deps: SubmissionsDeps, { country: code, period }: ReportPlan, step: Step, version: number | null): Promise<number> {
  const target = { country: code, period };
  const precondition = version === null ? { kind: 'create' as const } : ifMatchVersion(version);
  switch (step.action) {
    case 'create':
    case 'replace': {
      const body = { values: step.values, ...(step.note ? { note: step.note } : {}) };
      return (await putReport(deps, countryOffice(code), target, body, precondition)).report.version;
    }
    case 'submit':
      return (await changeStatus(deps, countryOffice(code), target, 'submit', precondition)).report.version;
    case 'approve':
      return (await changeStatus(deps, REGIONAL_LEAD, target, 'approve', precondition)).report.version;
    case 'return':
      return (await changeStatus(deps, REGIONAL_LEAD, target, 'return', precondition, { reason: step.reason })).report.version;
  }
}

/** Demo data made in memory by the domain's own verbs, ready to be loaded into a table. */
export interface PreparedDemoData {
  options: DemoDataOptions;
  contents: ReturnType<InMemoryReportRepository['contents']>;
  result: { reports: number; writes: number };
}

/** The CPU-bound half, which `npm start` runs while DynamoDB Local starts. */
export async function prepareDemoData(options: DemoDataOptions): Promise<PreparedDemoData> {
  const memory = new InMemoryReportRepository();
  const result = await seedDemoData(memory, options);
  return { options, contents: memory.contents(), result };
}

/**
 * Loads prepared demo data into an empty table in batches — the same reports and revisions as
 * ~420 API writes, in a fraction of the time (DESIGN.md 7: ready in 15 s) — and sets targets
 * for this year and last through the regional lead's own verb.
 */
export async function importDemoData(db: DynamoDBDocumentClient, tableName: string, prepared: PreparedDemoData): Promise<{ reports: number; writes: number }> {
  const { options, contents } = prepared;
  await importReports(db, tableName, contents);
  const deps = { targets: new DynamoTargetStore(db, tableName), now: () => options.now };
  const year = Number(options.now.toISOString().slice(0, 4));
  await Promise.all(
    COUNTRY_CODES.flatMap((code) =>
      [year - 1, year].map(async (y) => {
        const targets = demoTargets(contents.reports, code, y, options.seed ?? 1);
        if (Object.keys(targets).length) await setTargets(deps, REGIONAL_LEAD, { country: code, year: y }, { targets }, { kind: 'create' });
      }),
    ),
  );
  return prepared.result;
}

/** Both halves at once: demo data into an empty table, as `npm start` does it. */
export async function loadDemoData(db: DynamoDBDocumentClient, tableName: string, options: DemoDataOptions): Promise<{ reports: number; writes: number }> {
  return importDemoData(db, tableName, await prepareDemoData(options));
}
