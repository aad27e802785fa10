import { ALL_CELLS, COUNTRY_CODES, country, findIndicator, isRatioCell, parsePeriod, type StoredReport, zonedMidnight } from '@etip/core';
import { loadDemoData } from '@etip/local/demo-data';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestTable } from './support/database';

// A fixed clock: 18 March 2026, after February's reports fell due (10 March) in every zone.
const NOW = new Date('2026-03-18T03:00:00Z');
const SEED = 7;
const SEEDING_TIMEOUT = 60_000; // a shared JVM, beside other test files

/** Seeds a fresh table as `npm start` does, and reads back every report and its history through the real store. */
async function seed(now: Date, months?: number) {
  const table = await createTestTable();
  const result = await loadDemoData(table.documents, table.tableName, { now, seed: SEED, ...(months ? { months } : {}) });
  const summaries = await table.reports.list({ countries: COUNTRY_CODES });
  const reports = (await Promise.all(summaries.map((s) => table.reports.get(s.country, s.period)))).filter((r) => r !== null);
  const histories = await Promise.all(reports.map((r) => table.reports.history(r.country, r.period)));
  return { result, reports, histories };
}

const monthStart = (report: Pick<StoredReport, 'country' | 'period'>) => {
  const { year, month } = parsePeriod(report.period);
  return zonedMidnight(year, month, 1, country(report.country).timeZone);
};

describe('demo data on DynamoDB Local', () => {
  let seeded: Awaited<ReturnType<typeof seed>>;
  beforeAll(async () => {
    seeded = await seed(NOW);
  }, SEEDING_TIMEOUT);

  it('has a report for six countries × 24 months, less the months never reported', () => {
    // Three past months missing (two in MM, one in CN) and three offices yet to start March.
    expect(seeded.reports).toHaveLength(6 * 24 - 6);
    expect(seeded.result.reports).toBe(seeded.reports.length);
    expect(seeded.result.writes).toBe(seeded.histories.flat().length);
    const periods = seeded.reports.map((r) => r.period).sort();
    expect([periods[0], periods.at(-1)]).toEqual(['2024-04', '2026-03']);
    const reported = new Set(seeded.reports.map((r) => `${r.country} ${r.period}`));
    const pastGaps = COUNTRY_CODES.flatMap((c) => ['2025-01', '2025-08', '2025-09'].filter((p) => !reported.has(`${c} ${p}`)));
    expect(pastGaps.length).toBeGreaterThan(0);
  });

  it('shows every status, with a reason on each returned report', () => {
    const statuses = new Set(seeded.reports.map((r) => r.status));
    expect([...statuses].sort()).toEqual(['approved', 'draft', 'returned', 'submitted']);
    const returned = seeded.reports.filter((r) => r.status === 'returned');
    expect(returned.length).toBeGreaterThanOrEqual(2);
    for (const r of returned) expect(r.returnReason?.length).toBeGreaterThan(20);
  });

  it('stamps some reports late and some on time, by the real deadline', () => {
    const stamps = new Set(seeded.reports.map((r) => r.timeliness));
    expect(stamps).toContain('late');
    expect(stamps).toContain('on-time');
  });

  it('has corrected reports: returned, then resubmitted', () => {
    const resubmitted = seeded.histories.filter((h) => h.some((r) => r.action === 'return') && h.at(-1)?.action !== 'return');
    expect(resubmitted.length).toBeGreaterThanOrEqual(1);
  });

  it('keeps a reopened report’s published values apart from its working copy', () => {
    const reopened = seeded.reports.filter((r) => r.status === 'draft' && r.published !== null);
    expect(reopened.length).toBeGreaterThanOrEqual(1);
    for (const r of reopened) {
      expect(r.published?.status).toBe('approved');
      expect(r.published?.values).not.toEqual(r.values);
    }
  });

  it('has every cell in each submitted or approved report, and some cells missing in current drafts', () => {
    const published = seeded.reports.filter((r) => r.status === 'submitted' || r.status === 'approved');
    for (const r of published) expect(r.values).toHaveLength(ALL_CELLS.length);
    const currentDrafts = seeded.reports.filter((r) => r.period === '2026-03');
    expect(currentDrafts.length).toBeGreaterThan(0);
    for (const r of currentDrafts) expect(r.values.length).toBeLessThan(ALL_CELLS.length);
  });

  it('dates nothing after now, nor before its month began in the country', () => {
    seeded.histories.forEach((history, n) => {
      const report = seeded.reports[n]!;
      for (const revision of history) expect(new Date(revision.at).getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(new Date(history[0]!.at).getTime()).toBeGreaterThanOrEqual(monthStart(report).getTime());
    });
  });

  it('has values of plausible size: survivor counts small, people reached in the hundreds or thousands', () => {
    const cells = seeded.reports.flatMap((r) => r.values);
    const sensitive = cells.filter((c) => findIndicator(c.indicator)?.sensitive && !isRatioCell(c)).map((c) => ('value' in c ? c.value : 0));
    expect(sensitive.filter((v) => v === 0).length / sensitive.length).toBeGreaterThan(0.3);
    expect(sensitive.filter((v) => v >= 1 && v <= 9).length / sensitive.length).toBeGreaterThan(0.2);
    for (const r of seeded.reports.filter((r) => r.values.length === ALL_CELLS.length)) {
      const reached = r.values.filter((c) => c.indicator === 'PRV-01').reduce((sum, c) => sum + ('value' in c ? c.value : 0), 0);
      expect(reached).toBeGreaterThan(200);
      expect(reached).toBeLessThan(10_000);
    }
    for (const c of cells.filter(isRatioCell)) expect(c.numerator).toBeLessThanOrEqual(c.denominator);
  });

  it(
    'gives the same reports for the same seed and now, in another table',
    async () => {
      const again = await seed(NOW);
      expect(again.result).toEqual(seeded.result);
      expect(again.reports).toEqual(seeded.reports);
      expect(again.histories).toEqual(seeded.histories);
    },
    SEEDING_TIMEOUT,
  );

  it(
    'stays in the past minutes after a month begins, when some zones are still in the old month',
    async () => {
      // 00:10 on 1 April in Bangkok, 01:10 in Shanghai, still 23:40 on 31 March in Yangon.
      const now = new Date('2026-03-31T17:10:00Z');
      const { reports, histories } = await seed(now, 3);
      for (const revision of histories.flat()) expect(new Date(revision.at).getTime()).toBeLessThanOrEqual(now.getTime());
      expect(reports.find((r) => r.country === 'KH' && r.period === '2026-04')?.status).toBe('draft');
      expect(reports.some((r) => r.country === 'MM' && r.period === '2026-04')).toBe(false);
      // March ended minutes ago: its reports are entered but nobody has submitted them yet.
      expect(reports.filter((r) => r.period === '2026-03' && r.country !== 'MM').every((r) => r.status === 'draft')).toBe(true);
    },
    SEEDING_TIMEOUT,
  );
});
