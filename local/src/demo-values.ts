import { type Cell, type CellAddress, type CountryCode, cellsOf, type DimensionKey, findIndicator, INDICATORS, type Period, parsePeriod } from '@etip/core';
import { between, binomial, chance, gauss, poisson, type Random } from './demo-random';

/**
 * Made-up but plausible monthly values for every cell of the framework: countries differ in
 * scale, figures grow gently and follow the seasons of field work, and survivor counts are
 * small (many zeros, many 1–9), so dashboards and their protection of survivors have
 * something real to show.
 */
type Shares = Readonly<Record<string, number>>;

interface CountryProfile {
  /** PRV-01: people reached in a typical month at the start of the range. */
  reached: number;
  /** PRT-01: survivors identified and referred in a typical month. */
  identified: number;
  /** PRT-04: survivors brought home from another country in a typical month. */
  repatriated: number;
  /** PRV-02, PRV-04: the stocks at the start of the range. */
  clubChildren: number;
  committees: number;
  /** How the exploitation of girls and women splits: forced marriage weighs more where brides are trafficked to China. */
  exploitation: Shares;
}

const PROFILES: Record<CountryCode, CountryProfile> = {
  KH: {
    reached: 1600,
    identified: 18,
    repatriated: 7,
    clubChildren: 1900,
    committees: 42,
    exploitation: { sexual: 0.4, labour: 0.45, 'forced-marriage': 0.1, other: 0.05 },
  },
  CN: {
    reached: 900,
    identified: 9,
    repatriated: 1,
    clubChildren: 700,
    committees: 18,
    exploitation: { sexual: 0.4, labour: 0.25, 'forced-marriage': 0.3, other: 0.05 },
  },
  LA: {
    reached: 700,
    identified: 12,
    repatriated: 6,
    clubChildren: 1200,
    committees: 35,
    exploitation: { sexual: 0.5, labour: 0.4, 'forced-marriage': 0.05, other: 0.05 },
  },
  MM: {
    reached: 1300,
    identified: 22,
    repatriated: 8,
    clubChildren: 1500,
    committees: 30,
    exploitation: { sexual: 0.3, labour: 0.35, 'forced-marriage': 0.3, other: 0.05 },
  },
  TH: {
    reached: 2400,
    identified: 14,
    repatriated: 1,
    clubChildren: 1000,
    committees: 24,
    exploitation: { sexual: 0.45, labour: 0.45, 'forced-marriage': 0.02, other: 0.08 },
  },
  VN: {
    reached: 2000,
    identified: 10,
    repatriated: 4,
    clubChildren: 2200,
    committees: 55,
    exploitation: { sexual: 0.4, labour: 0.25, 'forced-marriage': 0.3, other: 0.05 },
  },
};

// Who is counted. Sessions reach schools and would-be migrants; survivors are mostly girls and
// young women (the Lao study: 60 % girls aged 12–18); male survivors mostly come from forced labour.
const PARTICIPANT_SEX = { female: 0.55, male: 0.45 };
const SURVIVOR_SEX = { female: 0.8, male: 0.2 };
const OFFICIAL_SEX = { female: 0.38, male: 0.62 };
const REACHED_AGE = { '0-8': 0.04, '9-17': 0.42, '18-29': 0.34, '30+': 0.2 };
const YOUTH_AGE = { '9-17': 0.55, '18-29': 0.45 };
const SURVIVOR_AGE: Shares = { '0-8': 0.03, '9-17': 0.42, '18-29': 0.42, '30+': 0.13 };
const ADULT_SURVIVOR_AGE = { '9-17': 0.15, '18-29': 0.6, '30+': 0.25 };
const CONSULTED_AGE = { '0-8': 0.02, '9-17': 0.7, '18-29': 0.25, '30+': 0.03 };
const MALE_EXPLOITATION: Shares = { sexual: 0.07, labour: 0.8, 'forced-marriage': 0.01, other: 0.12 };

/**
 * Field work by calendar month: it slows over Tet and Lunar New Year (Jan–Feb), the Khmer,
 * Lao, Thai and Burmese New Year (April) and the height of the rains (Jul–Sep), and picks up
 * after the harvest, when young people set off to look for work.
 */
const SEASON = [0.95, 0.85, 1.05, 0.8, 1.05, 1, 0.9, 0.85, 0.9, 1.1, 1.2, 1.1];
/** About 1.2 % more each month: the programme scales up over the two years. */
const GROWTH_PER_MONTH = 0.012;

const indicator = (code: string) => {
  const found = findIndicator(code);
  if (!found) throw new Error(`no indicator ${code} in the framework`);
  return found;
};

type Split = Partial<Record<DimensionKey, Shares>> | ((cell: CellAddress) => number);

/** A dimension the split leaves out is spread evenly; a value it leaves out gets nobody (no 0-8s in vocational training). */
function weightOf(cell: CellAddress, split: Split): number {
  if (typeof split === 'function') return split(cell);
  return (['sex', 'age', 'exploitation'] as const).reduce((weight, dim) => {
    const value = cell[dim];
    return value === undefined ? weight : weight * (split[dim]?.[value] ?? (split[dim] ? 0 : 1));
  }, 1);
}

/** Spreads a month's expected total over an indicator's cells; each cell is a count of its own. */
function spread(code: string, mean: number, split: Split, random: Random): Cell[] {
  const cells = cellsOf(indicator(code));
  const weights = cells.map((cell) => weightOf(cell, split));
  const total = weights.reduce((sum, w) => sum + w, 0);
  return cells.map((cell, n) => ({ ...cell, value: poisson(random, (mean * (weights[n] ?? 0)) / total) }));
}

/** Identified survivors: the exploitation type depends on sex. */
const identifiedSplit = (profile: CountryProfile) => (cell: CellAddress) => {
  const female = cell.sex === 'female';
  const byType = female ? profile.exploitation : MALE_EXPLOITATION;
  return (female ? SURVIVOR_SEX.female : SURVIVOR_SEX.male) * (SURVIVOR_AGE[cell.age ?? ''] ?? 0) * (byType[cell.exploitation ?? ''] ?? 0);
};

/** The values of one country for each of `periods` (oldest first): stocks carry over from month to month. */
export function demoValues(code: CountryCode, periods: readonly Period[], random: Random): Cell[][] {
  const profile = PROFILES[code];
  const clubs = { female: profile.clubChildren * 0.56, male: profile.clubChildren * 0.44 };
  let committees = profile.committees;
  return periods.map((period, index) => {
    const season = SEASON[parsePeriod(period).month - 1] ?? 1;
    const growth = 1 + GROWTH_PER_MONTH * index;
    // A good or a bad month moves a whole pillar together; case work follows the seasons less.
    const fieldWork = growth * season * Math.exp(0.1 * gauss(random));
    const caseWork = growth * (1 + (season - 1) / 2) * Math.exp(0.15 * gauss(random));
    for (const sex of ['female', 'male'] as const) clubs[sex] *= 1.004 + 0.015 * gauss(random);
    committees += (chance(random, 0.3) ? 1 : 0) - (chance(random, 0.04) ? 1 : 0);
    const cases = profile.identified * caseWork;
    return [
      ...spread('PRV-01', profile.reached * fieldWork, { sex: PARTICIPANT_SEX, age: REACHED_AGE }, random),
      { indicator: 'PRV-02', sex: 'female', value: Math.round(clubs.female) },
      { indicator: 'PRV-02', sex: 'male', value: Math.round(clubs.male) },
      ...spread('PRV-03', cases * 0.2, { sex: SURVIVOR_SEX, age: ADULT_SURVIVOR_AGE }, random),
      { indicator: 'PRV-04', value: committees },
      ...spread('PRV-05', profile.reached * 0.05 * fieldWork, { sex: PARTICIPANT_SEX, age: YOUTH_AGE }, random),
      ...spread('PRT-01', cases, identifiedSplit(profile), random),
      ...spread('PRT-02', cases * 1.6, { sex: SURVIVOR_SEX, age: SURVIVOR_AGE }, random),
      ...spread('PRT-03', cases * 0.5, { sex: SURVIVOR_SEX, age: ADULT_SURVIVOR_AGE }, random),
      ...spread('PRT-04', profile.repatriated * caseWork, { sex: SURVIVOR_SEX, age: SURVIVOR_AGE }, random),
      ...spread('PRT-05', cases * 1.2, { sex: SURVIVOR_SEX }, random),
      ...wellBeing(cases, Math.min(0.9, 0.68 + 0.004 * index), random),
      // Trainings and consultations are events: most months have none, some have a group.
      ...spread('ADV-01', chance(random, 0.55) ? between(random, 12, 45) * growth : 0, { sex: OFFICIAL_SEX }, random),
      { indicator: 'ADV-02', value: poisson(random, 1.2 * growth) },
      { indicator: 'ADV-03', value: chance(random, 0.05) ? 1 : 0 },
      ...spread('ADV-04', chance(random, 0.3) ? between(random, 8, 35) : 0, { sex: PARTICIPANT_SEX, age: CONSULTED_AGE }, random),
    ];
  });
}

/** PRT-06: of the survivors due for their 6-month follow-up, how many report better well-being. */
function wellBeing(cases: number, improved: number, random: Random): Cell[] {
  return (['female', 'male'] as const).map((sex) => {
    const denominator = poisson(random, cases * (sex === 'female' ? 0.45 : 0.12));
    return { indicator: 'PRT-06', sex, numerator: binomial(random, denominator, improved), denominator };
  });
}

const PREVENTION = new Set(INDICATORS.filter((i) => i.pillar === 'prevention').map((i) => i.code));

/** What an office has at the end of the month: activity sheets come in before shelters' case data. */
export const preventionOnly = (values: readonly Cell[]): Cell[] => values.filter((cell) => PREVENTION.has(cell.indicator));

/** A draft in progress: prevention entered, some protection and advocacy indicators still to come. */
export function partialDraft(values: readonly Cell[], random: Random): Cell[] {
  const entered = new Set(INDICATORS.filter((i) => PREVENTION.has(i.code) || chance(random, 0.5)).map((i) => i.code));
  if (entered.size === INDICATORS.length) entered.delete('ADV-04');
  return values.filter((cell) => entered.has(cell.indicator));
}

/** A copy of the values with the count cells of one indicator changed. */
export function changeCounts(values: readonly Cell[], code: string, change: (cell: Cell & { value: number }) => number): Cell[] {
  return values.map((cell) => (cell.indicator === code && 'value' in cell ? { ...cell, value: change(cell) } : cell));
}

/** The sum of an indicator's count cells that match an address (e.g. all PRT-01 cells of girls 9-17). */
export function countOf(values: readonly Cell[], match: CellAddress): number {
  return values
    .filter((cell) => cell.indicator === match.indicator && (['sex', 'age', 'exploitation'] as const).every((d) => !match[d] || cell[d] === match[d]))
    .reduce((sum, cell) => sum + ('value' in cell ? cell.value : 0), 0);
}
