import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIndicator } from '../framework/indicators';
import { memberValues, monthLayout } from './month-table';
import { ReaderView } from './reader-view';
import { apply, findMove } from './unit-moves';

const PRT01 = monthLayout(findIndicator('PRT-01')!);
const table = { cellCount: PRT01.cells.length, sums: PRT01.sums };

/** PRT-01's 32 cells, all `fill` but the ones given by index. */
const prt01 = (fill: number, set: Record<number, number>) => PRT01.cells.map((n) => set[n] ?? fill);

describe('findMove', () => {
  it('finds the 2 × 2 square around a withheld cell when every marginal and the total are shown', () => {
    // Prepare: cells 0, 1, 4 and 5 (female × {0-8, 9-17} × {sexual, labour}) withheld.
    const cells = prt01(20, { 5: 4 });
    const withheld = PRT01.sums.map((_, m) => [0, 1, 4, 5].includes(m));
    const view = new ReaderView(table, [{ cells, floor: 1 }], withheld);

    // Act
    const move = findMove(view, view.truth(), { k: 0, sign: 1, position: view.positionOf[0]![5]! });

    // Assess: +1 on 5 and 0, −1 on 1 and 4, in positions 0, 1, 2, 3.
    expect([...move!]).toEqual([1, -1, -1, 1]);
  });

  it('finds no move that would take a withheld 1 below 1', () => {
    const cells = prt01(0, { 0: 1, 1: 1 });
    const withheld = PRT01.sums.map((_, m) => m === 0 || m === 1);
    const view = new ReaderView(table, [{ cells, floor: 1 }], withheld);

    // Female and sexual/labour are shown only as their sums: a step up for cell 0 needs cell 1 down.
    expect(findMove(view, view.truth(), { k: 0, sign: 1, position: 0 })).toBeUndefined();
  });

  it('keeps every shown sum and every floor, on random PRT-01 months and withheld sets', () => {
    const count = fc.oneof(
      { arbitrary: fc.constant(0), weight: 6 },
      { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 3 },
      { arbitrary: fc.integer({ min: 10, max: 30 }), weight: 1 },
    );
    fc.assert(
      fc.property(
        fc.array(count, { minLength: 32, maxLength: 32 }),
        fc.array(fc.boolean(), { minLength: 43, maxLength: 43 }),
        fc.nat(),
        fc.boolean(),
        (cells, pick, which, up) => {
          // Prepare: withhold only non-zero members, as protection does.
          const values = memberValues(PRT01, cells);
          const withheld = pick.map((w, m) => w && (values[m] ?? 0) > 0);
          const view = new ReaderView(table, [{ cells, floor: 1 }], withheld);
          const unknowns = view.unknowns[0]!;
          if (unknowns.length === 0) return;
          const x = view.truth();

          // Act
          const move = findMove(view, x, { k: 0, sign: up ? 1 : -1, position: which % unknowns.length });
          if (!move) return;
          apply(x, 0, move);

          // Assess: the moved table agrees with every shown member and keeps withheld cells ≥ 1.
          const moved = cells.map((v, c) => (view.positionOf[0]![c]! >= 0 ? x[0]![view.positionOf[0]![c]!]! : v));
          const seen = memberValues(PRT01, moved);
          seen.forEach((v, m) => {
            if (!withheld[m]) expect(v).toBe(values[m]);
          });
          for (const c of unknowns) expect(moved[c]).toBeGreaterThanOrEqual(1);
          expect(moved[unknowns[which % unknowns.length]!]).toBe(cells[unknowns[which % unknowns.length]!]! + (up ? 1 : -1));
        },
      ),
      { numRuns: 500, seed: 9 },
    );
  });
});
