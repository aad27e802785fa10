import { INDICATORS, type Indicator } from '../framework/indicators';
import { monthLayout } from './month-table';

/**
 * Which members of every sensitive indicator a protected reader is shown withheld, for one
 * published version of a month: one bit per member (`monthLayout(indicator).sums` order), the
 * sensitive indicators one after the other in framework order — some 14 bytes a month. Fixed at
 * publication and stored, so what readers are shown of a month never changes afterwards (a
 * later threshold or algorithm could otherwise show a second pattern of the same figures, and
 * the two together give values away: found by the attack on issue 9).
 */
export type WithheldMask = Uint8Array;

const SENSITIVE = INDICATORS.filter((i) => i.sensitive);
const offsets = new Map<string, number>();
let bits = 0;
for (const indicator of SENSITIVE) {
  offsets.set(indicator.code, bits);
  bits += monthLayout(indicator).sums.length;
}

/** The mask of `patterns` (per sensitive indicator code, its members withheld); a missing indicator withholds nothing. */
export function encodeWithheld(patterns: ReadonlyMap<string, readonly boolean[]>): WithheldMask {
  const mask = new Uint8Array(Math.ceil(bits / 8));
  for (const [code, pattern] of patterns) {
    const offset = offsets.get(code);
    if (offset === undefined) throw new RangeError(`encodeWithheld: ${code} is not a sensitive indicator`);
    pattern.forEach((withheld, m) => {
      if (withheld) mask[(offset + m) >> 3]! |= 1 << ((offset + m) & 7);
    });
  }
  return mask;
}

/** The members of `indicator` withheld in `mask`, or undefined for an indicator that is not sensitive or a mask too short. */
export function decodeWithheld(mask: WithheldMask, indicator: Indicator): boolean[] | undefined {
  const offset = offsets.get(indicator.code);
  const members = monthLayout(indicator).sums.length;
  if (offset === undefined || mask.length * 8 < offset + members) return undefined;
  return Array.from({ length: members }, (_, m) => (mask[(offset + m) >> 3]! & (1 << ((offset + m) & 7))) !== 0);
}
