import type * as z from 'zod/mini';
import { DUE_DAY, FIRST_PERIOD } from './calendar';
import { ALL_CELLS, cellsOf } from './cells';
import { COUNTRIES } from './countries';
import { DIMENSIONS, INDICATORS, MAX_COUNT, MAX_NOTE_LENGTH, PILLARS } from './indicators';
import type { frameworkSchema } from './schemas';

/** The framework as `GET /v1/framework` publishes it: all a client needs to build a form. */
export function frameworkView(): FrameworkView {
  return {
    countries: COUNTRIES.map((c) => ({ ...c })),
    pillars: PILLARS.map((p) => ({ ...p, indicators: INDICATORS.filter((i) => i.pillar === p.code).map((i) => i.code) })),
    dimensions: { sex: [...DIMENSIONS.sex], age: [...DIMENSIONS.age], exploitation: [...DIMENSIONS.exploitation] },
    indicators: INDICATORS.map((i) => ({ ...i, dims: [...i.dims], cells: cellsOf(i).length })),
    cellsPerReport: ALL_CELLS.length,
    limits: { maxCount: MAX_COUNT, maxNoteLength: MAX_NOTE_LENGTH },
    calendar: {
      firstPeriod: FIRST_PERIOD,
      dueDay: DUE_DAY,
      rule: `A report for a month is due by the end of day ${DUE_DAY} of the next month in the country's time zone; submitted by then it is on time, after it late. Future months are refused.`,
    },
  };
}

export type FrameworkView = z.output<typeof frameworkSchema>;
