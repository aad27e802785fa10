import { type Cell, COUNTRY_CODES, type CountryCode, INDICATORS, type Indicator, type Period, periodRange } from '@etip/core';
import { indicatorSlice, sliceCells, toVector } from '@etip/core/aggregation';
import { isSuppressed, type ProtectedMonth, protectMonth, type RatioCount } from '@etip/core/protection';
import { demoMonths } from '@etip/local/demo-months';
import { streamFor } from '@etip/local/demo-random';
import { demoValues } from '@etip/local/demo-values';
import { ALL_YEARS, BENCH_NOW } from './data';
import { median } from './freshness';
import type { Section } from './report';
import { formatTable } from './table';

/**
 * What survivor protection costs a viewer (DESIGN.md 5.4, issue 9): of the numbers a month of a
 * sensitive indicator publishes (cells, marginals, totals), the share withheld, split into the
 * small counts themselves and the complements withheld to protect them, and how long protecting
 * one month takes. Over the demo data of `npm start` (24 months) and the bench's 10 years.
 */
export interface ProtectionFigures {
  readonly name: string;
  readonly tables: number;
  readonly members: Kinds;
  readonly withheld: Kinds;
  readonly primaries: number;
  /** Milliseconds per table: median and the slowest; and for all of them. */
  readonly medianMs: number;
  readonly maxMs: number;
  readonly totalMs: number;
}

interface Kinds {
  cells: number;
  marginals: number;
  totals: number;
}

const SENSITIVE = INDICATORS.filter((i) => i.sensitive);

/** Every month of the bench's 10 years (the same values `generateHistory` reports). */
export function benchMonths(): Cell[][] {
  const periods: Period[] = periodRange(`${ALL_YEARS[0]}-01`, `${ALL_YEARS.at(-1)}-12`);
  return COUNTRY_CODES.flatMap((code: CountryCode) => demoValues(code, periods, streamFor(1, `${code} values`)));
}

export function measureProtection(name: string, months: readonly Cell[][]): ProtectionFigures {
  const members: Kinds = { cells: 0, marginals: 0, totals: 0 };
  const withheld: Kinds = { cells: 0, marginals: 0, totals: 0 };
  let primaries = 0;
  const times: number[] = [];
  for (const values of months) {
    for (const indicator of SENSITIVE) {
      const cells = cellsFor(indicator, values);
      if (!cells) continue;
      const started = performance.now();
      const month = protectMonth(indicator, cells as never, { protect: true }) as ProtectedMonth<unknown>;
      times.push(performance.now() - started);
      const open = protectMonth(indicator, cells as never, { protect: false }) as ProtectedMonth<unknown>;
      count(month, open, members, withheld, () => primaries++);
    }
  }
  times.sort((a, b) => a - b);
  return {
    name,
    tables: times.length,
    members,
    withheld,
    primaries,
    medianMs: median(times),
    maxMs: times.at(-1) ?? 0,
    totalMs: times.reduce((a, b) => a + b, 0),
  };
}

/** One indicator's cells of a month, as the dashboards read them from the rollups; null when not all reported. */
function cellsFor(indicator: Indicator, values: readonly Cell[]) {
  return sliceCells(indicator.code, indicatorSlice(toVector(values), indicator.code));
}

/** Tallies one month: every published member, the withheld ones, and the withheld small counts. */
function count(shown: ProtectedMonth<unknown>, truth: ProtectedMonth<unknown>, members: Kinds, withheld: Kinds, primary: () => void): void {
  const tally = (kind: keyof Kinds, value: unknown, real: unknown) => {
    if (real === null) return;
    members[kind]++;
    if (!isSuppressed(value)) return;
    withheld[kind]++;
    const counts = typeof real === 'number' ? [real] : [(real as RatioCount).numerator, (real as RatioCount).denominator];
    if (counts.some((c) => c >= 1 && c <= 9)) primary();
  };
  shown.cells.forEach((value, n) => tally('cells', value, truth.cells[n]));
  // An indicator of one dimension publishes its cells as its marginals: count them once.
  const dims = Object.keys(truth.marginals);
  if (dims.length > 1) {
    for (const dim of dims as (keyof typeof truth.marginals)[]) {
      for (const [value, real] of Object.entries(truth.marginals[dim] ?? {})) tally('marginals', shown.marginals[dim]?.[value], real);
    }
  }
  if (truth.cells.length > 1) tally('totals', shown.total, truth.total);
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

export function protectionSection(figures: readonly ProtectionFigures[]): Section {
  const rows = figures.map((f) => {
    const all = f.members.cells + f.members.marginals + f.members.totals;
    const out = f.withheld.cells + f.withheld.marginals + f.withheld.totals;
    return [
      f.name,
      String(f.tables),
      percent(out, all),
      percent(f.primaries, all),
      percent(out - f.primaries, all),
      percent(f.withheld.cells, f.members.cells),
      percent(f.withheld.marginals, f.members.marginals),
      percent(f.withheld.totals, f.members.totals),
      `${f.medianMs.toFixed(2)} ms / ${f.maxMs.toFixed(1)} ms / ${(f.totalMs / 1000).toFixed(1)} s`,
      'informs',
    ];
  });
  const text = formatTable(
    'Survivor protection for a viewer: share of the published numbers of sensitive indicators withheld (DESIGN.md 5.4)',
    ['data', 'months×ind.', 'withheld', 'small counts', 'complements', 'of cells', 'of marginals', 'of totals', 'time median / max / all', 'result'],
    rows,
  );
  return {
    text: `${text}\nsmall counts: withheld values that are 1–9 themselves; complements: withheld to protect them. Time: protecting one month of one indicator (median, slowest) and all of them, the first time (answers are kept), this machine.`,
    failed: [],
  };
}

/** `node --import tsx bench/protection.ts`: the protection figures alone, without a database. */
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(protectionSection([measureProtection('demo data, 24 months', demoMonths(BENCH_NOW)), measureProtection('bench, 10 years', benchMonths())]).text);
}
