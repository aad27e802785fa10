import { describe, expect, it } from 'vitest';
import { periodRange } from '../framework/calendar';
import type { TargetSet } from '../targets/target-set';
import { fullReport, LEAD, memoryAggregates, month, rollups } from './dashboard.fixture';
import { completenessView, exportView, overviewView, seriesView } from './dashboard-views';
import { defaultRange } from './view-query';

describe('overviewView', () => {
  it('by default shows the twelve months to the last month already due, every view alike', async () => {
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
    expect([data.from, data.to]).toEqual(['2025-11', '2026-10']);
    const la = data.countries.find((c) => c.country === 'LA')!;
    // 1200 a year × 10/12 = 1000 for the ten months reported (2025 had none, so needs no target); 10 × 80 = 800 is 80 % of it.
    expect(la.indicators.find((i) => i.indicator === 'PRV-01')).toEqual({
      indicator: 'PRV-01',
      actual: 800,
      target: 1000,
      achievement: 80,
      months: { reported: 10, of: 12, notDue: 0 },
    });
    expect(la.months).toEqual({ approved: 10, submitted: 0, returned: 0, draft: 0, missing: 2, notDue: 0 });
    // The other views read the same months by default.
    for (const view of [seriesView, completenessView, exportView]) {
      const { data: other } = await view(deps, LEAD, view === seriesView ? { indicator: ['PRV-01'] } : {});
      expect([other.from, other.to], view.name).toEqual(['2025-11', '2026-10']);
    }
  });
});

describe('defaultRange', () => {
  const now = new Date('2026-11-29T06:00:00Z');

  it('fills what a query leaves out without ever reversing the range', () => {
    expect(defaultRange(now)).toEqual({ from: '2025-11', to: '2026-10' });
    expect(defaultRange(now, { to: '2026-06' })).toEqual({ from: '2025-07', to: '2026-06' });
    expect(defaultRange(now, { from: '2026-03' })).toEqual({ from: '2026-03', to: '2026-10' });
    // November is not due yet: a range from it ends at it, not at October.
    expect(defaultRange(now, { from: '2026-11' })).toEqual({ from: '2026-11', to: '2026-11' });
  });
});
