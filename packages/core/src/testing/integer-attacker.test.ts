import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellsOf } from '../framework/cells';
import { findIndicator } from '../framework/indicators';
import { AttackBudgetError, attack, InconsistentKnowledgeError, type ReaderKnowledge } from './integer-attacker';
import { constant, monthKnowledge, ReaderModel, unknownOf } from './reader-knowledge';

const ONE_TO_NINE = [1, 2, 3, 4, 5, 6, 7, 8, 9];
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
const prt01 = findIndicator('PRT-01')!;
const prt05 = findIndicator('PRT-05')!;

/** Σ x[indices] = value, for hand-written knowledge. */
const sumOf = (indices: readonly number[], value: number, coefficients: readonly number[] = []) => ({
  terms: indices.map((index, k) => ({ index, coefficient: coefficients[k] ?? 1 })),
  constant: value,
});

describe('attack on the issue 9 reproduction (a PRT-01 month)', () => {
  // The true month: every cell 0 but these six (issue 9, point 1).
  const nonZero: Record<string, number> = {
    'female|0-8|sexual': 1,
    'female|30+|labour': 18,
    'female|30+|other': 2,
    'male|0-8|labour': 19,
    'male|9-17|sexual': 1,
    'male|30+|other': 15,
  };
  const addresses = cellsOf(prt01);
  const keyOf = (n: number) => `${addresses[n]!.sex}|${addresses[n]!.age}|${addresses[n]!.exploitation}`;
  const cellIndex = (key: string) => addresses.findIndex((_, n) => keyOf(n) === key);

  it('pins female/0-8/sexual at 1 and male/30+/other at 15 from total 56, female 21, male 35, 30+ 35, labour 37 and the zeros', () => {
    // Prepare: what the viewer sees: every zero, the five numbers above, the rest withheld.
    const { knowledge, table } = monthKnowledge(prt01, {
      cells: addresses.map((_, n) => ((nonZero[keyOf(n)] ?? 0) === 0 ? 0 : 'withheld')),
      marginals: {
        sex: { female: 21, male: 35 },
        age: { '0-8': 'withheld', '9-17': 'withheld', '18-29': 0, '30+': 35 },
        exploitation: { sexual: 'withheld', labour: 37, 'forced-marriage': 0, other: 'withheld' },
      },
      total: 56,
    });
    const unknown = (key: string) => unknownOf(table.cells[cellIndex(key)]!)!;
    const marginal = (dim: 'age' | 'exploitation', value: string) => unknownOf(table.marginals[dim]![value]!)!;

    // Act
    const result = attack(knowledge, range(1, 40));

    // Assess: by hand, with a = f/0-8/sexual, b = f/30+/labour, c = f/30+/other, d = m/0-8/labour,
    // e = m/9-17/sexual, g = m/30+/other, all ≥ 1: 30+ − female gives g = 14 + a; female − labour
    // gives c = d − a − 16 ≥ 1, so d ≥ a + 17; male gives d + e = 21 − a, so d ≤ 20 − a. Hence
    // 2a ≤ 3: a = 1 (over the reals a could be 1.5), g = 15, d ∈ {18, 19}, and the rest follow.
    const answer = (j: number) => ({ possible: result.possible[j], pinned: result.pinned[j] });
    expect(answer(unknown('female|0-8|sexual'))).toEqual({ possible: [1], pinned: true });
    expect(answer(unknown('male|30+|other'))).toEqual({ possible: [15], pinned: true });
    expect(answer(unknown('male|0-8|labour'))).toEqual({ possible: [18, 19], pinned: false });
    expect(answer(unknown('female|30+|labour'))).toEqual({ possible: [18, 19], pinned: false });
    expect(answer(unknown('female|30+|other'))).toEqual({ possible: [1, 2], pinned: false });
    expect(answer(unknown('male|9-17|sexual'))).toEqual({ possible: [1, 2], pinned: false });
    expect(answer(marginal('age', '0-8'))).toEqual({ possible: [19, 20], pinned: false });
    expect(answer(marginal('age', '9-17'))).toEqual({ possible: [1, 2], pinned: false });
    expect(answer(marginal('exploitation', 'sexual'))).toEqual({ possible: [2, 3], pinned: false });
    expect(answer(marginal('exploitation', 'other'))).toEqual({ possible: [16, 17], pinned: false });
    expect(knowledge.unknowns).toBe(10);
  });
});

describe('attack on small tables, each checked by hand', () => {
  it('a one-dimension table f = 1, m = 12 with only the total 13 shown: f may be 1 … 12, so all of 1 … 9, and is not pinned', () => {
    // Prepare
    const { knowledge, table } = monthKnowledge(prt05, { cells: ['withheld', 'withheld'], total: 13 });

    // Act
    const result = attack(knowledge, range(1, 15));

    // Assess
    expect(result.possible[unknownOf(table.cells[0]!)!]).toEqual(range(1, 12));
    expect(result.possible[unknownOf(table.cells[1]!)!]).toEqual(range(1, 12));
    expect(result.pinned).toEqual([false, false]);
  });

  it('a shown total of 11 over ten withheld cells and one shown 0: each withheld cell is 1 or 2', () => {
    // Prepare
    const model = new ReaderModel();
    const cells = [...range(1, 10).map((n) => model.unknown(`cell ${n}`)), constant(0)];
    model.sum(cells, 11, 'total');

    // Act
    const result = attack(model.knowledge(), ONE_TO_NINE);

    // Assess
    expect(result.possible).toEqual(range(1, 10).map(() => [1, 2]));
    expect(result.pinned.some(Boolean)).toBe(false);
  });

  it('2x + 3y = 12 looks as if it might have no whole solution with x, y ≥ 1, but has exactly one: x = 3, y = 2, both pinned', () => {
    // Act
    const result = attack({ unknowns: 2, equations: [sumOf([0, 1], 12, [2, 3])] }, ONE_TO_NINE);

    // Assess
    expect(result.possible).toEqual([[3], [2]]);
    expect(result.pinned).toEqual([true, true]);
  });

  it('2x + 3y = 13: the reals allow x anywhere in 1 … 5, whole numbers only x = 2 (y = 3) or x = 5 (y = 1)', () => {
    // Act
    const result = attack({ unknowns: 2, equations: [sumOf([0, 1], 13, [2, 3])] }, ONE_TO_NINE);

    // Assess
    expect(result.possible).toEqual([
      [2, 5],
      [1, 3],
    ]);
    expect(result.pinned).toEqual([false, false]);
  });

  it('2x + 2y = 7 has real solutions but no whole one: the knowledge is refused as inconsistent', () => {
    // Act / Assess
    expect(() => attack({ unknowns: 2, equations: [sumOf([0, 1], 7, [2, 2])] }, ONE_TO_NINE)).toThrow(InconsistentKnowledgeError);
  });

  it('x ≤ y with x + y = 5: x is 1 or 2 and y is 3 or 4; x ≤ y ≤ x with x + y = 6 pins both at 3', () => {
    // Act
    const ordered = attack({ unknowns: 2, equations: [sumOf([0, 1], 5)], atMost: [{ a: 0, b: 1 }] }, ONE_TO_NINE);
    const squeezed = attack(
      {
        unknowns: 2,
        equations: [sumOf([0, 1], 6)],
        atMost: [
          { a: 0, b: 1 },
          { a: 1, b: 0 },
        ],
      },
      ONE_TO_NINE,
    );

    // Assess: the attacker's own slack unknowns for atMost are not reported.
    expect(ordered.possible).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(ordered.example).toHaveLength(2);
    expect(squeezed.possible).toEqual([[3], [3]]);
    expect(squeezed.pinned).toEqual([true, true]);
  });

  it('a withheld numerator at most a shown denominator of 4 may be 1 … 4', () => {
    // Prepare
    const model = new ReaderModel();
    model.atMost(model.unknown('numerator'), constant(4));

    // Act / Assess
    expect(attack(model.knowledge(), ONE_TO_NINE).possible).toEqual([[1, 2, 3, 4]]);
  });

  it('without any ceiling, a withheld total over two withheld cells leaves each cell free: every value possible, none pinned', () => {
    // Prepare: t − f − m = 0, nothing bounded above.
    const knowledge: ReaderKnowledge = { unknowns: 3, equations: [sumOf([2, 0, 1], 0, [1, -1, -1])] };

    // Act
    const result = attack(knowledge, ONE_TO_NINE);

    // Assess: t ≥ 2, as two cells of at least 1 each.
    expect(result.possible).toEqual([ONE_TO_NINE, ONE_TO_NINE, range(2, 9)]);
    expect(result.pinned).toEqual([false, false, false]);
  });
});

describe('ReaderModel across tables', () => {
  it('two PRT-05 months with totals 11 and 13 and a range male of 21 pin the withheld range female at 3', () => {
    // Prepare: January f 2, m 9; February f 1, m 12; every cell withheld, month totals shown;
    // over the range, male 21 is shown and female 3 withheld.
    const model = new ReaderModel();
    const january = model.month(prt05, { cells: ['withheld', 'withheld'], total: 11 }, '2024-01 ');
    const february = model.month(prt05, { cells: ['withheld', 'withheld'], total: 13 }, '2024-02 ');
    const female = model.sum([january.marginals.sex!.female!, february.marginals.sex!.female!], 'withheld', 'range female');
    model.sum([january.marginals.sex!.male!, february.marginals.sex!.male!], 21, 'range male');

    // Act
    const result = attack(model.knowledge(), ONE_TO_NINE);

    // Assess: f1 + f2 = (11 + 13) − 21 = 3, so each month's female is 1 or 2.
    expect(result.possible[unknownOf(female)!]).toEqual([3]);
    expect(result.pinned[unknownOf(female)!]).toBe(true);
    expect(result.possible[unknownOf(january.cells[0]!)!]).toEqual([1, 2]);
    expect(model.labels).toEqual(['2024-01 PRT-05 female', '2024-01 PRT-05 male', '2024-02 PRT-05 female', '2024-02 PRT-05 male', 'range female']);
  });

  it('refuses a view that contradicts itself or the framework', () => {
    // Act / Assess
    expect(() => monthKnowledge(prt05, { cells: [3, 4], total: 8 })).toThrow(InconsistentKnowledgeError);
    expect(() => monthKnowledge(prt05, { cells: [3] })).toThrow(RangeError);
    expect(() => monthKnowledge(prt05, { cells: [3, 'withheld'], marginals: { sex: { female: 4 } } })).toThrow(RangeError);
  });
});

describe('attack never answers what it has not proved', () => {
  it('throws AttackBudgetError on a parity question that only exhaustive search settles', () => {
    // Prepare: 2(x1 + … + x12) + y = 61. Only odd y fit, but interval reasoning cannot see
    // parity: refusing y = 2 means trying every x1 … x12 that could add up to 29.5.
    const knowledge: ReaderKnowledge = { unknowns: 13, equations: [sumOf(range(0, 12), 61, [...range(0, 11).map(() => 2), 1])] };

    // Act / Assess
    expect(() => attack(knowledge, [2], { budget: 100_000 })).toThrow(AttackBudgetError);
  });

  it('throws AttackBudgetError when an unbounded system contradicts itself only far out (x − y = 0 and x − y = 1)', () => {
    // Each revision raises a lower bound by one, for ever: no finite search refutes it.
    const knowledge: ReaderKnowledge = { unknowns: 2, equations: [sumOf([0, 1], 0, [1, -1]), sumOf([0, 1], 1, [1, -1])] };

    // Act / Assess
    expect(() => attack(knowledge, [1], { budget: 10_000 })).toThrow(AttackBudgetError);
  });

  it('throws RangeError on numbers too large to add exactly, and on an unknown out of range', () => {
    // Act / Assess
    expect(() => attack({ unknowns: 2, equations: [sumOf([0, 1], 2 ** 60)] }, [1])).toThrow(RangeError);
    expect(() => attack({ unknowns: 1, equations: [sumOf([1], 1)] }, [1])).toThrow(RangeError);
  });
});

/** Every whole-number solution of `knowledge` in the box [floor, top]^n, by enumeration (each constraint checked once its unknowns are set). */
function bruteForce(knowledge: ReaderKnowledge, top: number): number[][] {
  const n = knowledge.unknowns;
  const x = new Array<number>(n).fill(0);
  // Per unknown j, the checks that can run once x[0 … j] are set.
  const due: (() => boolean)[][] = Array.from({ length: n }, () => []);
  for (const { terms, constant: c } of knowledge.equations) {
    due[Math.max(0, ...terms.map((t) => t.index))]!.push(() => terms.reduce((sum, t) => sum + t.coefficient * x[t.index]!, 0) === c);
  }
  for (const { a, b } of knowledge.atMost ?? []) due[Math.max(a, b)]!.push(() => x[a]! <= x[b]!);
  const solutions: number[][] = [];
  const visit = (j: number): void => {
    if (j === n) {
      solutions.push([...x]);
      return;
    }
    for (let v = knowledge.floors?.[j] ?? 1; v <= Math.min(top, knowledge.ceilings?.[j] ?? Infinity); v++) {
      x[j] = v;
      if (due[j]!.every((holds) => holds())) visit(j + 1);
    }
  };
  visit(0);
  return solutions;
}

/**
 * Tiny random systems built around a hidden solution (so they are consistent). Either every
 * unknown has the ceiling 12, or none has one and an equation with positive coefficients whose
 * constant is at most 12 caps them all: either way every solution lies in [floor, 12]^n, where
 * brute force sees them all.
 */
const tinySystems = fc
  .record({
    hidden: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 5 }),
    floorsOfOne: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    capped: fc.boolean(),
    equations: fc.array(fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 3 }),
    pairs: fc.array(fc.tuple(fc.nat(4), fc.nat(4)), { maxLength: 2 }),
  })
  .map(({ hidden, floorsOfOne, capped, equations, pairs }): ReaderKnowledge => {
    const n = hidden.length;
    const floors = hidden.map((_, j) => (floorsOfOne[j] ? 1 : 0));
    // The hidden solution respects the floors; uncapped, it is scaled down so its sum is at most 12.
    const x = hidden.map((v, j) => Math.max(floors[j]!, capped ? v : Math.floor(v / n)));
    const dot = (coefficients: readonly number[]) => x.reduce((sum, v, j) => sum + coefficients[j]! * v, 0);
    const rows = equations.map((coefficients) => coefficients.slice(0, n));
    if (!capped) rows.push(x.map(() => 1));
    return {
      unknowns: n,
      floors,
      ...(capped ? { ceilings: x.map(() => 12) } : {}),
      equations: rows.map((coefficients) => ({
        terms: coefficients.flatMap((coefficient, index) => (coefficient === 0 ? [] : [{ index, coefficient }])),
        constant: dot(coefficients),
      })),
      atMost: pairs.filter(([a, b]) => a < n && b < n && a !== b).map(([a, b]) => (x[a]! <= x[b]! ? { a, b } : { a: b, b: a })),
    };
  });

describe('attack against brute force', () => {
  it('finds exactly the values and the pinned unknowns that enumeration finds, on tiny random systems', () => {
    const probe = range(0, 13);
    fc.assert(
      fc.property(tinySystems, (knowledge) => {
        // Act
        const result = attack(knowledge, probe);
        const solutions = bruteForce(knowledge, 12);

        // Assess
        const values = Array.from({ length: knowledge.unknowns }, (_, j) => [...new Set(solutions.map((s) => s[j]!))].sort((a, b) => a - b));
        expect(result.possible).toEqual(values);
        expect(result.pinned).toEqual(values.map((v) => v.length === 1));
        expect(solutions).toContainEqual(result.example);
      }),
      { numRuns: 200, seed: 9 },
    );
  });
});
