import type { CompletenessMonth } from '@etip/core/dashboard';

/**
 * The seven states a country's month is drawn in (issue 10, DESIGN.md 5.1): the API's statuses,
 * with `submitted` split by its timeliness stamp, since "in on time" and "in late" are what a
 * lead scans for. `not-due` is its own state, never a kind of missing.
 */
export const CELL_STATUSES = ['approved', 'on-time', 'late', 'returned', 'draft', 'missing', 'not-due'] as const;
export type CellStatus = (typeof CELL_STATUSES)[number];

/** The state of a month as the heat map draws it. */
export function cellStatusOf(month: Pick<CompletenessMonth, 'status' | 'timeliness'>): CellStatus {
  if (month.status === 'submitted') return month.timeliness === 'late' ? 'late' : 'on-time';
  return month.status;
}

/**
 * A draft whose deadline has passed and that was never submitted: drawn as the draft it is, but
 * counted missing by the rates (core's `reportingRates`), so the tooltip and table say it is overdue.
 */
export function isUndelivered(month: Pick<CompletenessMonth, 'status' | 'timeliness' | 'dueAt'>): boolean {
  return (month.status === 'missing' || month.status === 'draft') && month.timeliness === null && month.dueAt === undefined;
}

export interface StatusStyle {
  /** The cell's fill. */
  readonly fill: string;
  /** The colour of the mark drawn on the fill, chosen for contrast with it. */
  readonly ink: string;
  /**
   * The mark that tells the state without colour: a filled SVG path in a 24 × 24 box, drawn by
   * ECharts (`path://`) on the canvas and by the legend's inline SVG alike, so it needs no font.
   * None for `not-due`: a pale, empty cell is its own cue, unlike the cross of `missing`.
   */
  readonly symbol: string | null;
}

/**
 * Fills from the Okabe–Ito palette (told apart by the common colour-vision deficiencies) and
 * varied in lightness, each with its own shape: a tick, an arrow up (sent), an hourglass (late),
 * an arrow back (returned), three dots (in progress), a cross (missing), nothing (not due).
 */
export const STATUS_STYLES: Record<CellStatus, StatusStyle> = {
  approved: { fill: '#1b7a3d', ink: '#ffffff', symbol: 'M2 13 L5 10 L9 14 L19 4 L22 7 L9 20 Z' },
  'on-time': { fill: '#56b4e9', ink: '#111111', symbol: 'M12 3 L20 12 L15 12 L15 21 L9 21 L9 12 L4 12 Z' },
  late: { fill: '#e69f00', ink: '#111111', symbol: 'M5 3 L19 3 L13.5 12 L19 21 L5 21 L10.5 12 Z' },
  returned: { fill: '#cc79a7', ink: '#111111', symbol: 'M3 12 L11 4 L11 9 L21 9 L21 15 L11 15 L11 20 Z' },
  draft: { fill: '#f0e442', ink: '#111111', symbol: 'M3 10 L7 10 L7 14 L3 14 Z M10 10 L14 10 L14 14 L10 14 Z M17 10 L21 10 L21 14 L17 14 Z' },
  missing: { fill: '#b3261e', ink: '#ffffff', symbol: 'M5 3 L12 10 L19 3 L21 5 L14 12 L21 19 L19 21 L12 14 L5 21 L3 19 L10 12 L3 5 Z' },
  'not-due': { fill: '#eceff1', ink: '#5f6368', symbol: null },
};

/** The catalogue key of a state's name: `completeness.status.on-time` → "submitted on time". */
export const statusLabelKey = (status: CellStatus): string => `completeness.status.${status}`;
