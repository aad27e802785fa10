import { describe, expect, it } from 'vitest';
import { once } from './once';

describe('once', () => {
  it('builds on the first call only, and keeps even a falsy value', () => {
    let builds = 0;
    const zero = once(() => {
      builds++;
      return 0;
    });
    expect(builds).toBe(0);
    expect([zero(), zero(), zero()]).toEqual([0, 0, 0]);
    expect(builds).toBe(1);
  });
});
