import { type EntityTag, echoName, fieldError, type Precondition, ProblemError } from '@etip/core';

/** `"3"` or `W/"3"` (RFC 9110 8.8.3), and — leniently, as before — a bare `3`. */
const TAG = /^(W\/)?"([\x21\x23-\x7e]*)"$|^(\d{1,10})$/;

/**
 * The entity tags of an `If-Match` or `If-None-Match` header: `*`, or a comma-separated list of
 * tags (RFC 9110 13.1.1 and 13.1.2). Null when the header is malformed.
 */
export function parseEntityTags(header: string): '*' | EntityTag[] | null {
  if (header.trim() === '*') return '*';
  const tags: EntityTag[] = [];
  for (const part of header.split(',')) {
    const match = TAG.exec(part.trim());
    if (!match) return null;
    tags.push(match[3] !== undefined ? { value: match[3], weak: false } : { value: match[2]!, weak: Boolean(match[1]) });
  }
  return tags;
}

const malformed = (header: string, expected: string, got: string) =>
  ProblemError.of('invalid-request', `${header} must be ${expected}`, [
    fieldError(`headers/${header}`, 'invalid-precondition', { expected, got: echoName(got) }),
  ]);

/**
 * The precondition of a write: `If-Match` with the version read (compared strongly, so
 * `W/"3"` never matches), `If-Match: *` for any current version, `If-None-Match: *` to create.
 * Throws a `ProblemError`: 'invalid-request' (400) naming a malformed header, 'stale-version'
 * (412) for both `If-Match` and `If-None-Match: *`, which cannot hold together.
 */
export function preconditionOf(ifMatch: string | undefined, ifNoneMatch: string | undefined): Precondition {
  if (ifMatch !== undefined) {
    const tags = parseEntityTags(ifMatch);
    if (tags === null) throw malformed('If-Match', 'a version in quotes such as "3"', ifMatch);
    // RFC 9110 13.2.2: If-None-Match is evaluated once If-Match holds, and `*` then fails on
    // the very item If-Match found; without it, If-Match fails. Either way, nothing is written.
    if (ifNoneMatch?.trim() === '*') throw ProblemError.of('stale-version', 'If-Match and If-None-Match: * cannot both hold: send one of them');
    if (ifNoneMatch !== undefined) throw malformed('If-None-Match', '* to create', ifNoneMatch);
    return tags === '*' ? { kind: 'replace-any' } : { kind: 'replace', tags };
  }
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() !== '*') throw malformed('If-None-Match', '* to create', ifNoneMatch);
    return { kind: 'create' };
  }
  return { kind: 'none' };
}

/**
 * Whether a GET's `If-None-Match` names the current version, so 304 may answer: the weak
 * comparison of RFC 9110 13.1.2 (`W/"3"` matches `"3"`), any tag of a list, or `*`.
 */
export function noneMatchHolds(ifNoneMatch: string | undefined, version: number): boolean {
  if (ifNoneMatch === undefined) return false;
  const tags = parseEntityTags(ifNoneMatch);
  if (tags === '*') return true;
  return (tags ?? []).some((tag) => tag.value === String(version));
}
