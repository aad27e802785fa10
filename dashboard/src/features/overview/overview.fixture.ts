import type { OverviewResponse } from '@etip/core/dashboard';

const months = { approved: 2, submitted: 1, returned: 0, draft: 0, missing: 0, notDue: 0 };

const all = { reported: 3, of: 3, notDue: 0 };

/**
 * A small overview as the API answers a viewer: KH reported PRV-01 (ahead of target) and had
 * PRT-01 withheld; LA reported nothing of PRV-01, so the region's PRV-01 is KH's against KH's
 * target (1 of 2 countries). Figures chosen by hand.
 */
export const OVERVIEW: OverviewResponse = {
  from: '2026-01',
  to: '2026-03',
  countries: [
    {
      country: 'KH',
      months,
      indicators: [
        { indicator: 'PRV-01', actual: 1200, target: 1000, achievement: 120, months: all },
        { indicator: 'PRT-01', actual: { suppressed: true }, target: 30, achievement: { suppressed: true }, months: all },
      ],
    },
    {
      country: 'LA',
      months: { ...months, approved: 1, missing: 2 },
      indicators: [
        { indicator: 'PRV-01', actual: null, target: null, achievement: null, months: { reported: 0, of: 3, notDue: 0 } },
        { indicator: 'PRT-01', actual: 0, target: 20, achievement: 0, months: { reported: 1, of: 3, notDue: 0 } },
      ],
    },
  ],
  regional: {
    indicators: [
      {
        indicator: 'PRV-01',
        actual: 1200,
        target: 1000,
        achievement: 120,
        months: { reported: 3, of: 6, notDue: 0 },
        countries: { reported: 1, of: 2, notDue: 0 },
      },
      {
        indicator: 'PRT-01',
        actual: { suppressed: true },
        target: 50,
        achievement: { suppressed: true },
        months: { reported: 4, of: 6, notDue: 0 },
        countries: { reported: 2, of: 2, notDue: 0 },
      },
    ],
  },
  pillars: [],
  awaitingApproval: 2,
};
