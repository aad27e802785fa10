/**
 * The indicator framework of DESIGN.md 2: the one source of truth for the API, the Excel
 * templates and the dashboard forms. Everything else (cells, validation) derives from it.
 */
export const PILLARS = [
  { code: 'prevention', name: 'Prevention' },
  { code: 'protection', name: 'Protection' },
  { code: 'advocacy', name: 'Policy advocacy' },
] as const;
export type PillarCode = (typeof PILLARS)[number]['code'];
export const PILLAR_CODES = PILLARS.map((p) => p.code) as [PillarCode, ...PillarCode[]];

/** Age bands nest into CTDC's ageBroad bands; exploitation types map onto HTCDS's. */
export const DIMENSIONS = {
  sex: ['female', 'male'],
  age: ['0-8', '9-17', '18-29', '30+'],
  exploitation: ['sexual', 'labour', 'forced-marriage', 'other'],
} as const;
export type DimensionKey = keyof typeof DIMENSIONS;
export type DimensionValue<D extends DimensionKey = DimensionKey> = (typeof DIMENSIONS)[D][number];
export const DIMENSION_KEYS = Object.keys(DIMENSIONS) as DimensionKey[];

/** Over time: `sum` for flows, `latest` for stocks, `ratio` as Σnumerator / Σdenominator (DESIGN.md 2). */
export const AGGREGATIONS = ['sum', 'latest', 'ratio'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

export interface Indicator {
  readonly code: string;
  readonly pillar: PillarCode;
  readonly name: string;
  readonly dims: readonly DimensionKey[];
  readonly aggregation: Aggregation;
  /** Counts of survivors: withheld from some readers when small (DESIGN.md 5.4). */
  readonly sensitive: boolean;
}

const indicator = (code: string, pillar: PillarCode, name: string, dims: readonly DimensionKey[], aggregation: Aggregation, sensitive = false): Indicator => ({
  code,
  pillar,
  name,
  dims,
  aggregation,
  sensitive,
});

export const INDICATORS: readonly Indicator[] = [
  indicator('PRV-01', 'prevention', 'People reached by trafficking-awareness and safe-migration sessions', ['sex', 'age'], 'sum'),
  indicator('PRV-02', 'prevention', 'Children active in child clubs and child-protection groups', ['sex'], 'latest'),
  indicator('PRV-03', 'prevention', 'Survivors engaged as peer educators or leaders in prevention activities', ['sex', 'age'], 'sum', true),
  indicator('PRV-04', 'prevention', 'Community child-protection and vigilance committees functioning', [], 'latest'),
  indicator('PRV-05', 'prevention', 'Vulnerable young people completing life-skills or vocational training', ['sex', 'age'], 'sum'),
  indicator('PRT-01', 'protection', 'Survivors identified and referred to services', ['sex', 'age', 'exploitation'], 'sum', true),
  indicator('PRT-02', 'protection', 'Survivors receiving psychosocial counselling', ['sex', 'age'], 'sum', true),
  indicator('PRT-03', 'protection', 'Survivors receiving livelihood support (small business, vocational start-up)', ['sex', 'age'], 'sum', true),
  indicator('PRT-04', 'protection', 'Survivors repatriated from another country', ['sex', 'age'], 'sum', true),
  indicator('PRT-05', 'protection', 'Reintegrated survivors visited for follow-up monitoring', ['sex'], 'sum', true),
  indicator('PRT-06', 'protection', 'Reintegrated survivors reporting improved well-being at 6-month follow-up (%)', ['sex'], 'ratio', true),
  indicator('ADV-01', 'advocacy', 'Government officials and frontline workers trained on victim identification and protection', ['sex'], 'sum'),
  indicator('ADV-02', 'advocacy', 'Policy dialogues and advocacy events held with government', [], 'sum'),
  indicator('ADV-03', 'advocacy', 'Laws, policies or bilateral agreements adopted or amended with programme input', [], 'sum'),
  indicator('ADV-04', 'advocacy', 'Children and survivors taking part in policy consultations', ['sex', 'age'], 'sum'),
];

export const INDICATOR_CODES = INDICATORS.map((i) => i.code);

export function findIndicator(code: string): Indicator | undefined {
  return INDICATORS.find((i) => i.code === code);
}

/** Counts are whole numbers in this range (DESIGN.md 2). */
export const MAX_COUNT = 1_000_000;
export const MAX_NOTE_LENGTH = 2000;
