import { createAggregatorHandler } from '@etip/aggregator/handler';
import { COUNTRY_CODES, type CountryCode, type Period, type ReportStatus } from '@etip/core';
import { fullValues } from '@etip/core/testing';
import { DynamoAggregateStore } from '@etip/db';
import type { DynamoDBRecord } from 'aws-lambda';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDevIssuer, type DevIssuer } from '../../local/src/dev-issuer';
import { recompute, storedAggregates, storedReports } from '../support/aggregates';
import { createTestApi } from '../support/api';
import { createTestTable } from '../support/database';
import { createReportWriter, type ReportWriter } from '../support/report-writer';
import { captureStream, inBatches } from '../support/stream-capture';

const MAX_COMMANDS = 20;
/** Each accepted command writes a report and its revision: the most records a run can capture. */
const MAX_RECORDS = 2 * MAX_COMMANDS;
/**
 * The clock starts on 1 August 2026 and each command moves it on by up to two days, so
 * submissions of the later months land both before and after their deadline (the 10th of the
 * next month): timeliness varies from run to run.
 */
const START = Date.parse('2026-08-01T00:00:00Z');
const DAY = 86_400_000;
const MONTHS: Period[] = ['2026-05', '2026-06', '2026-07', '2026-08'];

type Action = 'create' | 'replace' | 'submit' | 'return' | 'approve';
const ACTIONS: readonly Action[] = ['create', 'replace', 'submit', 'approve', 'return'];

/**
 * What the lifecycle allows from each state of a report (none: not created yet). A replace of a
 * submitted or approved report is the re-edit: a draft again, while the dashboards keep the
 * published values.
 */
const ALLOWED: Record<ReportStatus | 'none', readonly Action[]> = {
  none: ['create'],
  draft: ['replace', 'submit'],
  submitted: ['approve', 'return', 'replace'],
  approved: ['replace'],
  returned: ['replace', 'submit'],
};

interface Step {
  /**
   * Whether the action is one the lifecycle allows from the report's state when the step runs,
   * and which of them. Mostly allowed ones, so reports get far in their lifecycle; the others
   * (approve a draft, create twice, replace what does not exist) the API must refuse.
   */
  allowed: boolean;
  pick: number;
  /** For create and replace: which values, and whether every cell (a draft may leave cells out). */
  seed: number;
  complete: boolean;
  /** Days the clock moves on before the step. */
  days: number;
}

const step: fc.Arbitrary<Step> = fc.record({
  allowed: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
  pick: fc.nat({ max: 3 }),
  // Few seeds, so a replace often saves the values already there.
  seed: fc.integer({ min: 1, max: 3 }),
  complete: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.constant(false), weight: 1 }),
  days: fc.nat({ max: 2 }),
});

/** A few steps on one report in a row (indices into the run's countries and months); visits to different reports interleave. */
const visit = fc.record({ country: fc.nat({ max: 2 }), month: fc.nat({ max: 3 }), steps: fc.array(step, { minLength: 1, maxLength: 6 }) });

/** The commands of a run: visits to 2–3 countries × 2–4 months, interleaved, at most MAX_COMMANDS. */
const scenario = fc
  .record({
    countries: fc.shuffledSubarray([...COUNTRY_CODES], { minLength: 2, maxLength: 3 }),
    months: fc.subarray(MONTHS, { minLength: 2, maxLength: 4 }),
    visits: fc.array(visit, { minLength: 1, maxLength: 10 }),
  })
  .map(({ countries, months, visits }) =>
    visits
      .flatMap((v) => v.steps.map((s) => ({ ...s, country: countries[v.country % countries.length]!, period: months[v.month % months.length]! })))
      .slice(0, MAX_COMMANDS),
  );
type Command = Step & { country: CountryCode; period: Period };

/**
 * How the captured records are delivered: a rank per record sorts them into a random order
 * (equal ranks keep stream order, so shrinking leads back to in-order delivery), duplicates are
 * extra deliveries of records at random ranks, and the result is cut into batches.
 */
const delivery = fc.record({
  ranks: fc.array(fc.nat({ max: 99 }), { minLength: MAX_RECORDS, maxLength: MAX_RECORDS }),
  duplicates: fc.array(fc.record({ record: fc.nat({ max: MAX_RECORDS - 1 }), rank: fc.nat({ max: 99 }) }), { maxLength: 20 }),
  batchSize: fc.integer({ min: 1, max: 10 }),
});

type DeliveryPlan = typeof delivery extends fc.Arbitrary<infer Plan> ? Plan : never;

function deliveries(records: readonly DynamoDBRecord[], plan: DeliveryPlan) {
  const ranked = records.map((record, n) => ({ record, rank: plan.ranks[n % plan.ranks.length]! }));
  if (records.length > 0) ranked.push(...plan.duplicates.map((d) => ({ record: records[d.record % records.length]!, rank: d.rank })));
  const order = ranked.sort((a, b) => a.rank - b.rank).map((r) => r.record);
  return inBatches(order, plan.batchSize);
}

/**
 * Runs one command as a client that knows the report's version: picks the action from what the
 * lifecycle allows (or not) in the report's state, and says which answers the API may give it.
 */
async function run(writer: ReportWriter, c: Command) {
  const { country, period } = c;
  const current = writer.current(country, period);
  const allowed = ALLOWED[current?.status ?? 'none'];
  const choices = c.allowed ? allowed : ACTIONS.filter((a) => !allowed.includes(a));
  const action = choices[c.pick % choices.length]!;
  const version = current?.version ?? 1;
  const body = { values: c.complete ? fullValues(c.seed) : fullValues(c.seed).slice(0, 30 * c.seed) };
  const response = await (action === 'create'
    ? writer.create(country, period, body)
    : action === 'replace'
      ? writer.replace(country, period, version, body)
      : writer[action](country, period, version));
  // Allowed: accepted, or for a submit of a report with cells missing, 400. Refused: 404 for a
  // report that does not exist, 409 for an illegal transition or a second create.
  const answers = c.allowed ? (action === 'submit' ? [200, 400] : [200, 201]) : current ? [409] : [404];
  return { action, status: response.status, answers };
}

describe('the aggregator replaying real stream records in any order, with duplicates', () => {
  let issuer: DevIssuer;
  beforeAll(async () => {
    issuer = await createDevIssuer();
  });

  it('keeps every country-month equal to a recomputation from the reports', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, delivery, async (commands, plan) => {
        // Prepare: the commands through the real API on table A, and A's stream captured.
        const reports = await createTestTable();
        let now = START;
        const api = await createTestApi(reports, { issuer, now: () => new Date(now) });
        const writer = await createReportWriter(api);
        for (const c of commands) {
          now += c.days * DAY;
          const { action, status, answers } = await run(writer, c);
          expect(answers, `${action} answered ${status}`).toContain(status);
        }
        const { records } = await captureStream(reports, { reports: writer.accepted, others: writer.accepted });
        const aggregates = await createTestTable();
        const handler = createAggregatorHandler(new DynamoAggregateStore(aggregates.documents, aggregates.tableName));

        // Act: the real handler into table B, shuffled, with duplicates, in batches.
        const responses = [];
        for (const event of deliveries(records, plan)) responses.push(await handler(event));

        // Assess
        expect(responses.flatMap((r) => r.batchItemFailures)).toEqual([]);
        expect(await storedAggregates(aggregates.documents, aggregates.tableName)).toEqual(
          recompute(await storedReports(reports.documents, reports.tableName)),
        );
      }),
      // A failure found late still shrinks, and is reported as far as it got when time runs out.
      { numRuns: 8, plugins: [fc.interruptAfterTimeLimit(60_000)] },
    );
  }, 120_000);
});
