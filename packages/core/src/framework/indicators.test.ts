import { describe, expect, it } from 'vitest';
import { ALL_CELL_KEYS, ALL_CELLS, cellKey, cellLabel, cellsOf, parseCellKey } from './cells';
import { COUNTRIES, COUNTRY_CODES, country, isCountryCode } from './countries';
import { frameworkView } from './framework-view';
import {
  type Aggregation,
  DIMENSION_KEYS,
  DIMENSIONS,
  type DimensionKey,
  findIndicator,
  INDICATOR_CODES,
  INDICATORS,
  PILLARS,
  type PillarCode,
} from './indicators';

/** DESIGN.md 1: the six countries and the zone each one's deadline is kept in. */
const EXPECTED_COUNTRIES = [
  ['KH', 'Cambodia', 'Asia/Phnom_Penh'],
  ['CN', 'China', 'Asia/Shanghai'],
  ['LA', 'Lao PDR', 'Asia/Vientiane'],
  ['MM', 'Myanmar', 'Asia/Yangon'],
  ['TH', 'Thailand', 'Asia/Bangkok'],
  ['VN', 'Vietnam', 'Asia/Ho_Chi_Minh'],
] as const;

type Row = readonly [
  code: string,
  pillar: PillarCode,
  dims: readonly DimensionKey[],
  aggregation: Aggregation,
  sensitive: boolean,
  cells: number,
  name: string,
];

/**
 * The table of DESIGN.md 2, written out again on purpose: the framework must not drift from
 * the brief that the programme signed off. `cells` is the product of the dims' value counts.
 */
const EXPECTED_INDICATORS: readonly Row[] = [
  ['PRV-01', 'prevention', ['sex', 'age'], 'sum', false, 8, 'People reached by trafficking-awareness and safe-migration sessions'],
  ['PRV-02', 'prevention', ['sex'], 'latest', false, 2, 'Children active in child clubs and child-protection groups'],
  ['PRV-03', 'prevention', ['sex', 'age'], 'sum', true, 8, 'Survivors engaged as peer educators or leaders in prevention activities'],
  ['PRV-04', 'prevention', [], 'latest', false, 1, 'Community child-protection and vigilance committees functioning'],
  ['PRV-05', 'prevention', ['sex', 'age'], 'sum', false, 8, 'Vulnerable young people completing life-skills or vocational training'],
  ['PRT-01', 'protection', ['sex', 'age', 'exploitation'], 'sum', true, 32, 'Survivors identified and referred to services'],
  ['PRT-02', 'protection', ['sex', 'age'], 'sum', true, 8, 'Survivors receiving psychosocial counselling'],
  ['PRT-03', 'protection', ['sex', 'age'], 'sum', true, 8, 'Survivors receiving livelihood support (small business, vocational start-up)'],
  ['PRT-04', 'protection', ['sex', 'age'], 'sum', true, 8, 'Survivors repatriated from another country'],
  ['PRT-05', 'protection', ['sex'], 'sum', true, 2, 'Reintegrated survivors visited for follow-up monitoring'],
  ['PRT-06', 'protection', ['sex'], 'ratio', true, 2, 'Reintegrated survivors reporting improved well-being at 6-month follow-up (%)'],
  ['ADV-01', 'advocacy', ['sex'], 'sum', false, 2, 'Government officials and frontline workers trained on victim identification and protection'],
  ['ADV-02', 'advocacy', [], 'sum', false, 1, 'Policy dialogues and advocacy events held with government'],
  ['ADV-03', 'advocacy', [], 'sum', false, 1, 'Laws, policies or bilateral agreements adopted or amended with programme input'],
  ['ADV-04', 'advocacy', ['sex', 'age'], 'sum', false, 8, 'Children and survivors taking part in policy consultations'],
];

describe('countries', () => {
  it('are the six programme countries, each with its IANA time zone', () => {
    // Act
    const actual = COUNTRIES.map((c) => [c.code, c.name, c.timeZone]);

    // Assess
    expect(actual).toEqual(EXPECTED_COUNTRIES);
    expect(COUNTRY_CODES).toEqual(['KH', 'CN', 'LA', 'MM', 'TH', 'VN']);
  });

  it('have zones the runtime knows', () => {
    for (const { timeZone } of COUNTRIES) {
      // Act: an unknown zone makes Intl throw a RangeError.
      const formatter = () => new Intl.DateTimeFormat('en-US', { timeZone });

      // Assess
      expect(formatter).not.toThrow();
    }
  });

  it('are recognised by code and only by code', () => {
    expect(COUNTRY_CODES.every(isCountryCode)).toBe(true);
    expect(['la', 'XX', '', null, undefined, 7].some(isCountryCode)).toBe(false);
    expect(country('MM').timeZone).toBe('Asia/Yangon');
  });
});

describe('pillars', () => {
  it('are prevention, protection and policy advocacy', () => {
    expect(PILLARS.map((p) => p.code)).toEqual(['prevention', 'protection', 'advocacy']);
  });

  it('hold 5, 6 and 4 indicators', () => {
    // Act
    const perPillar = PILLARS.map((p) => INDICATORS.filter((i) => i.pillar === p.code).length);

    // Assess
    expect(perPillar).toEqual([5, 6, 4]);
  });
});

describe('dimensions', () => {
  it('have exactly the keys and values of DESIGN.md 2, in that order', () => {
    expect(DIMENSION_KEYS).toEqual(['sex', 'age', 'exploitation']);
    expect(DIMENSIONS).toEqual({
      sex: ['female', 'male'],
      age: ['0-8', '9-17', '18-29', '30+'],
      exploitation: ['sexual', 'labour', 'forced-marriage', 'other'],
    });
  });
});

describe('indicators', () => {
  it('are the fifteen of DESIGN.md 2, in order, with no duplicate code', () => {
    expect(INDICATOR_CODES).toEqual(EXPECTED_INDICATORS.map(([code]) => code));
    expect(new Set(INDICATOR_CODES).size).toBe(15);
  });

  it.each(EXPECTED_INDICATORS)('%s is %s, dims %j, %s, sensitive %s', (code, pillar, dims, aggregation, sensitive, _cells, name) => {
    // Act
    const indicator = findIndicator(code);

    // Assess
    expect(indicator).toEqual({ code, pillar, name, dims, aggregation, sensitive });
  });

  it.each(EXPECTED_INDICATORS)('%s has the cell count of the table (product of its dims)', (code, _p, _d, _a, _s, cells) => {
    // Prepare
    const indicator = findIndicator(code)!;

    // Act
    const addresses = cellsOf(indicator);

    // Assess
    expect(addresses).toHaveLength(cells);
    expect(new Set(addresses.map(cellKey)).size).toBe(cells);
  });

  it('gives PRT-01 every sex × age × exploitation combination (2 × 4 × 4 = 32)', () => {
    // Act
    const labels = cellsOf(findIndicator('PRT-01')!).map(cellLabel);

    // Assess
    expect(labels).toHaveLength(32);
    expect(labels[0]).toBe('PRT-01 female 0-8 sexual');
    expect(labels).toContain('PRT-01 female 9-17 forced-marriage');
    expect(labels[31]).toBe('PRT-01 male 30+ other');
  });

  it('gives an indicator with no dims one cell with no dimension values', () => {
    for (const code of ['PRV-04', 'ADV-02', 'ADV-03']) {
      expect(cellsOf(findIndicator(code)!)).toEqual([{ indicator: code }]);
    }
  });

  it('knows no other code', () => {
    expect(findIndicator('PRV-06')).toBeUndefined();
    expect(findIndicator('prv-01')).toBeUndefined();
  });
});

describe('cells of a full report', () => {
  // DESIGN.md 2 says "a full monthly report has 101 cells", but its own indicator table gives
  // 8+2+8+1+8 + 32+8+8+8+2+2 + 2+1+1+8 = 99. The table is the contract the forms, templates and
  // validation are built from, so the code follows it: 99. (The brief's 101 is an arithmetic slip.)
  const FULL_REPORT_CELLS = 99;

  it('number the sum of the per-indicator counts of the table: 99', () => {
    // Prepare
    const sumOfTable = EXPECTED_INDICATORS.reduce((sum, row) => sum + row[5], 0);

    // Assess
    expect(sumOfTable).toBe(FULL_REPORT_CELLS);
    expect(ALL_CELLS).toHaveLength(sumOfTable);
    expect(ALL_CELL_KEYS).toHaveLength(sumOfTable);
    expect(frameworkView().cellsPerReport).toBe(sumOfTable);
  });

  it('come in framework order: indicator by indicator, each in its own cell order', () => {
    expect(ALL_CELLS).toEqual(INDICATORS.flatMap(cellsOf));
    expect(ALL_CELL_KEYS[0]).toBe('PRV-01|female|0-8');
    expect(ALL_CELL_KEYS[ALL_CELL_KEYS.length - 1]).toBe('ADV-04|male|30+');
  });

  it('have unique keys', () => {
    expect(new Set(ALL_CELL_KEYS).size).toBe(ALL_CELLS.length);
  });

  it('round-trip through cellKey and parseCellKey, every one', () => {
    for (const cell of ALL_CELLS) {
      // Act
      const parsed = parseCellKey(cellKey(cell));

      // Assess
      expect(parsed).toEqual(cell);
    }
  });

  it('are keyed with dimension values in the indicator order, whatever order the fields came in', () => {
    // Prepare
    const cell = { exploitation: 'labour', age: '9-17', indicator: 'PRT-01', sex: 'female' } as const;

    // Act
    const key = cellKey(cell);

    // Assess
    expect(key).toBe('PRT-01|female|9-17|labour');
    expect(cellLabel(cell)).toBe('PRT-01 female 9-17 labour');
  });

  it('are published with their counts by the framework view', () => {
    // Act
    const view = frameworkView();

    // Assess
    expect(view.indicators.map((i) => [i.code, i.cells])).toEqual(EXPECTED_INDICATORS.map((row) => [row[0], row[5]]));
    expect(view.pillars.map((p) => p.indicators.length)).toEqual([5, 6, 4]);
  });
});
