import { ProblemError } from '../problems/problem';
import { VersionConflictError, type WriteReceipt } from './store';

/** The version precondition a client sent: `If-None-Match: *` or `If-Match: "<version>"`. */
export type Precondition = { kind: 'create' } | { kind: 'replace'; version: number } | { kind: 'none' };

/** What is being changed, for messages: `{ noun: 'report', label: 'a report for LA 2026-10' }`. */
export interface Versioned {
  noun: 'report' | 'targets';
  label: string;
}

const words = ({ noun }: Versioned) =>
  noun === 'targets'
    ? { the: 'the targets', these: 'these targets', exist: 'exist', is: 'are', it: 'them', was: 'were' }
    : { the: 'the report', these: 'this report', exist: 'exists', is: 'is', it: 'it', was: 'was' };

/**
 * The precondition rules of DESIGN.md 3 for anything versioned (reports, targets): a change
 * needs the version the client read, a create needs `If-None-Match: *` and nothing there.
 */
export function checkVersion(current: number, precondition: Precondition, subject: Versioned): void {
  const w = words(subject);
  if (precondition.kind === 'none') throw ProblemError.of('precondition-required', `send If-Match: "${current}" (the version you read) to change ${w.these}`);
  if (precondition.kind === 'create') {
    throw ProblemError.of('conflict', `${subject.label} ${w.exist} already (version ${current}); replace ${w.it} with If-Match`);
  }
  if (precondition.version !== current) {
    throw ProblemError.of('stale-version', `you sent If-Match "${precondition.version}" but ${w.the} ${w.is} at version ${current}; reload ${w.it} and apply your change again`);
  }
}

/** Saves through a repository port; a conflict found at write time answers like a stale read. */
export async function saveVersioned<C extends { expectedVersion: number | null }>(save: (change: C) => Promise<WriteReceipt>, change: C, subject: Versioned): Promise<WriteReceipt> {
  try {
    return await save(change);
  } catch (error) {
    if (!(error instanceof VersionConflictError)) throw error;
    const w = words(subject);
    if (change.expectedVersion === null) throw ProblemError.of('conflict', `${subject.label} ${w.was} created meanwhile`);
    throw ProblemError.of('stale-version', `${w.the} changed while your change was being saved; reload ${w.it} and apply your change again`);
  }
}
