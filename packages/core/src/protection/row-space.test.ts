import { describe, expect, it } from 'vitest';
import { RowSpace } from './row-space';

describe('RowSpace', () => {
  it('tells a sum that follows from the sums told, and one that does not', () => {
    // Prepare: a + b, b + c and c told.
    const space = new RowSpace(4);
    space.add([0, 1]);
    space.add([1, 2]);
    space.add([2]);

    // Assess: a = (a + b) − (b + c) + c; a + d does not follow, nor d.
    expect(space.contains([0])).toBe(true);
    expect(space.contains([0, 1, 2])).toBe(true);
    expect(space.contains([0, 3])).toBe(false);
    expect(space.contains([3])).toBe(false);
    expect(space.contains([])).toBe(true);
  });

  it('is exact where halves appear: a + b, b + c, a + c told give each of a, b, c', () => {
    const space = new RowSpace(3);
    space.add([0, 1]);
    space.add([1, 2]);
    space.add([0, 2]);

    expect([space.contains([0]), space.contains([1]), space.contains([2])]).toEqual([true, true, true]);
  });
});
