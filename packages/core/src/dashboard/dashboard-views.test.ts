import { describe, expect, it } from 'vitest';
import { periodRange } from '../framework/calendar';
import type { TargetSet } from '../targets/target-set';
import { fullReport, LEAD, memoryAggregates, month, rollups } from './dashboard.fixture';
import { overviewView } from './dashboard-views';

describe('overviewView', () => {
  it('by default ends at the last month already due, so the pro-rated target covers the months of the actuals', async () => {
    // Prepare: 29 November 2026, LA reported January to October, 80 people a month on PRV-01 (10 in each of 8 cells).
    const held = rollups({ LA: Object.fromEntries(periodRange('2026-01', '2026-10').map((p) => [p, month(fullReport({ 'PRV-01': 10 }))])) });
    const la2026 = {
      country: 'LA',
      year: 2026,
      targets: { 'PRV-01': 1200 },
      version: 1,
      updatedAt: '2026-01-05T00:00:00.000Z',
      updatedBy: 'lead',
    } satisfies TargetSet;
    const deps = {
      aggregates: memoryAggregates(held),
      targets: { list: async (year: number) => ({ targetSets: year === 2026 ? [la2026] : [], consumedReadUnits: 0 }) },
      now: () => new Date('2026-11-29T06:00:00Z'),
    };

    // Act
    const { data } = await overviewView(deps, LEAD, {});

    // Assess: October fell due on 10 November, November is not due until 10 December.
    expect([data.from, data.to]).toEqual(['2026-01', '2026-10']);
    const la = data.countries.find((c) => c.country === 'LA')!;
    // 1200 a year × 10/12 = 1000; 10 × 80 = 800 is 80 % of it (through November it would be 1100 and 72.7 %).
    expect(la.indicators.find((i) => i.indicator === 'PRV-01')).toEqual({ indicator: 'PRV-01', actual: 800, target: 1000, achievement: 80 });
    expect(la.months).toEqual({ approved: 10, submitted: 0, returned: 0, draft: 0, missing: 0, notDue: 0 });
  });
});
