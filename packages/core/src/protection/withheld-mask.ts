import { INDICATORS, type Indicator } from '../framework/indicators';
import { monthLayout } from './month-table';

/**
 * Which members of every sensitive indicator a protected reader is shown withheld, for one
 * published version of a month: one bit per member (`monthLayout(indicator).sums` order), the
 * sensitive indicators one after the other in framework order, then a layout byte
 * (`WITHHELD_LAYOUT`) — 15 bytes a month. The layout byte comes last so that the release before
 * it, which reads the bits alone and checks only that the mask is long enough, reads them right
 * while a deploy is under way or after a rollback (found by the attack on this change). Fixed at publication and stored, so what readers are
 * shown of a month never changes afterwards (a later threshold or algorithm could otherwise
 * show a second pattern of the same figures, and the two together give values away: found by
 * the attack on issue 9).
 */
export type WithheldMask = Uint8Array;

/**
 * The layout of the bits: raise it with any change to the sensitive indicators or their members
 * (`withheld-mask.test.ts` pins the layout it stands for). A mask of another layout is not read
 * bit by bit — every later indicator's bits would be shifted — and its month is shown with every
 * non-zero member withheld (`decodeWithheld` gives undefined).
 */
export const WITHHELD_LAYOUT = 1;

const SENSITIVE = INDICATORS.filter((i) => i.sensitive);
const offsets = new Map<string, number>();
let bits = 0;
for (const indicator of SENSITIVE) {
  offsets.set(indicator.code, bits);
  bits += monthLayout(indicator).sums.length;
}
const BODY_BYTES = Math.ceil(bits / 8);

/** The mask of `patterns` (per sensitive indicator code, its members withheld); a missing indicator withholds nothing. Throws RangeError for an indicator that is not sensitive. */
export function encodeWithheld(patterns: ReadonlyMap<string, readonly boolean[]>): WithheldMask {
  const mask = new Uint8Array(BODY_BYTES + 1);
  mask[BODY_BYTES] = WITHHELD_LAYOUT;
  for (const [code, pattern] of patterns) {
    const offset = offsets.get(code);
    if (offset === undefined) throw new RangeError(`encodeWithheld: ${code} is not a sensitive indicator`);
    pattern.forEach((withheld, m) => {
      if (withheld) mask[(offset + m) >> 3]! |= 1 << ((offset + m) & 7);
    });
  }
  return mask;
}

/** The members of `indicator` withheld in `mask`, or undefined for an indicator that is not sensitive or a mask of another layout. */
export function decodeWithheld(mask: WithheldMask, indicator: Indicator): boolean[] | undefined {
  const offset = offsets.get(indicator.code);
  if (offset === undefined || !isCurrentLayout(mask)) return undefined;
  const members = monthLayout(indicator).sums.length;
  return Array.from({ length: members }, (_, m) => (mask[(offset + m) >> 3]! & (1 << ((offset + m) & 7))) !== 0);
}

/** True when `mask` is of the layout this code reads. */
export const isCurrentLayout = (mask: WithheldMask): boolean => mask.length === BODY_BYTES + 1 && mask[BODY_BYTES] === WITHHELD_LAYOUT;

/**
 * `mask` in the current layout, or undefined when it cannot be: a mask stored before the layout
 * byte existed (the bits alone, in the members of layout 1: on 2026-11-29, or by the release
 * before during a deploy or after a rollback) gets its byte.
 */
export function currentLayoutOf(mask: WithheldMask): WithheldMask | undefined {
  if (isCurrentLayout(mask)) return mask;
  if (WITHHELD_LAYOUT === 1 && mask.length === BODY_BYTES) return Uint8Array.of(...mask, WITHHELD_LAYOUT);
  return undefined;
}
