import { describe, expect, it } from 'vitest';
import { findIndicator } from '../framework/indicators';
import { attack } from '../testing/integer-attacker';
import { ReaderModel, unknownOf } from '../testing/reader-knowledge';
import { memberValues, monthLayout } from './month-table';
import { withhold } from './withhold';

const PRT01 = findIndicator('PRT-01')!;
const layout = monthLayout(PRT01);
const table = { cellCount: layout.cells.length, sums: layout.sums, sensitive: true, preference: layout.preference };

describe('withhold out of work', () => {
  it('withholds every non-zero member, which leaves only zeros shown and every withheld value free', () => {
    // Prepare: a crafted month of many small cells from the attack on issue 9 (60–190 ms before).
    const counts = [0, 0, 1, 0, 3, 0, 2, 3, 0, 14, 1, 0, 17, 9, 2, 0, 7, 0, 0, 1, 0, 0, 6, 7, 8, 0, 9, 2, 26, 0, 10, 4];

    // Act: no search allowed at all.
    const withheld = withhold(table, [{ cells: counts, floor: 1 }], 10, 0);

    // Assess
    const values = memberValues(layout, counts);
    expect(withheld).toEqual(values.map((v) => (v ?? 0) > 0));
    const model = new ReaderModel();
    const shown = model.month(PRT01, {
      cells: counts.map((v, n) => (withheld[n] ? 'withheld' : v)),
      marginals: Object.fromEntries(
        Object.entries(layout.marginals).map(([dim, byValue]) => [
          dim,
          Object.fromEntries(Object.entries(byValue ?? {}).map(([v, m]) => [v, withheld[m] ? 'withheld' : values[m]!])),
        ]),
      ),
      total: withheld[layout.total] ? 'withheld' : values[layout.total]!,
    });
    const result = attack(model.knowledge(), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const linear of shown.cells) {
      const u = unknownOf(linear);
      if (u !== undefined) expect([result.pinned[u], result.possible[u]]).toEqual([false, [1, 2, 3, 4, 5, 6, 7, 8, 9]]);
    }
  });
});
