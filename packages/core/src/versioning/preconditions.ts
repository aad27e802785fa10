import { ProblemError } from '../problems/problem';
import { VersionConflictError, type WriteReceipt } from './store';

/** An entity tag as a client sent it (RFC 9110 8.8.3): `"3"` is strong, `W/"3"` weak. */
export interface EntityTag {
  readonly value: string;
  readonly weak: boolean;
}

/**
 * The version precondition a client sent: `If-None-Match: *` to create, `If-Match` with the
 * tags it holds (or `*`, any current version) to change, or none at all.
 */
export type Precondition =
  | { readonly kind: 'none' }
  | { readonly kind: 'create' }
  | { readonly kind: 'replace'; readonly tags: readonly EntityTag[] }
  | { readonly kind: 'replace-any' };

/** The ETag of a version: the version in quotes (DESIGN.md 3). */
export const etagOf = (version: number) => `"${version}"`;

/** `If-Match: "<version>"`, as a client that read that version sends it. */
export const ifMatchVersion = (version: number): Precondition => ({ kind: 'replace', tags: [{ value: String(version), weak: false }] });

/**
 * Whether `If-Match` holds for the current version. RFC 9110 13.1.1 compares strongly: a weak
 * tag never matches, so `W/"3"` is refused even at version 3.
 */
export function ifMatchHolds(precondition: Precondition, current: number): boolean {
  if (precondition.kind === 'replace-any') return true;
  if (precondition.kind !== 'replace') return false;
  return precondition.tags.some((tag) => !tag.weak && tag.value === String(current));
}

/** What is being changed, for messages: `{ noun: 'report', label: 'a report for LA 2026-10' }`. */
export interface Versioned {
  noun: 'report' | 'targets';
  label: string;
}

const words = ({ noun }: Versioned) =>
  noun === 'targets'
    ? { the: 'the targets', these: 'these targets', exist: 'exist', is: 'are', it: 'them', was: 'were' }
    : { the: 'the report', these: 'this report', exist: 'exists', is: 'is', it: 'it', was: 'was' };

/** The tags a client sent, as a message repeats them: the first few, each shortened. */
const sent = (tags: readonly EntityTag[]) =>
  tags
    .slice(0, 3)
    .map((t) => `${t.weak ? 'W/' : ''}"${t.value.slice(0, 20)}"`)
    .join(', ') + (tags.length > 3 ? ` and ${tags.length - 3} more` : '');

/**
 * The precondition rules of DESIGN.md 3 for anything versioned (reports, targets): a change
 * needs the version the client read, a create needs `If-None-Match: *` and nothing there.
 * Throws a `ProblemError`: 'precondition-required' (428) with no precondition, 'conflict' (409)
 * for a create over an existing item, 'stale-version' (412) when `If-Match` does not hold.
 */
export function checkVersion(current: number, precondition: Precondition, subject: Versioned): void {
  const w = words(subject);
  if (precondition.kind === 'none') throw ProblemError.of('precondition-required', `send If-Match: "${current}" (the version you read) to change ${w.these}`);
  if (precondition.kind === 'create') {
    throw ProblemError.of('conflict', `${subject.label} ${w.exist} already (version ${current}); replace ${w.it} with If-Match`);
  }
  if (ifMatchHolds(precondition, current)) return;
  const tags = precondition.kind === 'replace' ? precondition.tags : [];
  if (tags.length > 0 && tags.every((t) => t.weak)) {
    throw ProblemError.of(
      'stale-version',
      `If-Match compares strongly (RFC 9110 13.1.1), so a weak tag such as ${sent(tags)} never matches; send If-Match: "${current}" if that is the version you read`,
    );
  }
  throw ProblemError.of(
    'stale-version',
    `you sent If-Match ${sent(tags)} but ${w.the} ${w.is} at version ${current}; reload ${w.it} and apply your change again`,
  );
}

/**
 * The precondition of a write that creates or replaces (a report's values, a target set): with
 * something stored, `checkVersion`; with nothing, a create needs `If-None-Match: *` and a replace
 * is 'not-found' (404, `notFound` says of what). Throws a `ProblemError` as those do.
 */
export function checkWrite(existingVersion: number | null, precondition: Precondition, subject: Versioned & { create: string; notFound: string }): void {
  if (existingVersion !== null) {
    checkVersion(existingVersion, precondition, subject);
    return;
  }
  if (precondition.kind === 'replace' || precondition.kind === 'replace-any') throw ProblemError.of('not-found', subject.notFound);
  if (precondition.kind === 'none') throw ProblemError.of('precondition-required', `send If-None-Match: * to ${subject.create}`);
}

/**
 * Saves through a repository port; a conflict found at write time answers like a stale read:
 * 'conflict' (409) for a create, 'stale-version' (412) for a change.
 */
export async function saveVersioned<C extends { expectedVersion: number | null }>(
  save: (change: C) => Promise<WriteReceipt>,
  change: C,
  subject: Versioned,
): Promise<WriteReceipt> {
  try {
    return await save(change);
  } catch (error) {
    if (!(error instanceof VersionConflictError)) throw error;
    const w = words(subject);
    if (change.expectedVersion === null) throw ProblemError.of('conflict', `${subject.label} ${w.was} created meanwhile`);
    throw ProblemError.of('stale-version', `${w.the} changed while your change was being saved; reload ${w.it} and apply your change again`);
  }
}
