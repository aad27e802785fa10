import type { CompletenessResponse } from '@etip/core/dashboard';

/**
 * The completeness grid as the API answers it on 8 April 2026 at 05:00 UTC (`FIXTURE_NOW`), two
 * countries, January to April. January and February are due everywhere; March (due by the end
 * of 10 April) and April are not. Cambodia (UTC+7) sent March early; Myanmar (UTC+6:30) left
 * February a draft past its deadline. Deadlines and summaries worked out by hand.
 */
export const FIXTURE_NOW = new Date('2026-04-08T05:00:00Z');

export const COMPLETENESS: CompletenessResponse = {
  from: '2026-01',
  to: '2026-04',
  rows: [
    {
      country: 'KH',
      months: [
        { period: '2026-01', status: 'approved', timeliness: 'on-time' },
        { period: '2026-02', status: 'submitted', timeliness: 'late' },
        { period: '2026-03', status: 'submitted', timeliness: 'on-time', dueAt: '2026-04-10T17:00:00.000Z', due: '2026-04-10' },
        { period: '2026-04', status: 'not-due', timeliness: null, dueAt: '2026-05-10T17:00:00.000Z', due: '2026-05-10' },
      ],
      summary: { due: 2, reported: 2, onTime: 1, late: 1, missing: 0, completeness: 100, timeliness: 50 },
    },
    {
      country: 'MM',
      months: [
        { period: '2026-01', status: 'returned', timeliness: 'late' },
        { period: '2026-02', status: 'draft', timeliness: null },
        { period: '2026-03', status: 'not-due', timeliness: null, dueAt: '2026-04-10T17:30:00.000Z', due: '2026-04-10' },
        { period: '2026-04', status: 'not-due', timeliness: null, dueAt: '2026-05-10T17:30:00.000Z', due: '2026-05-10' },
      ],
      summary: { due: 2, reported: 1, onTime: 0, late: 1, missing: 1, completeness: 50, timeliness: 0 },
    },
  ],
};
