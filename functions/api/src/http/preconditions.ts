import { ProblemError, type Precondition } from '@etip/core';

/** The ETag of a report version: the version in quotes, as DESIGN.md 3 specifies. */
export const etagOf = (version: number) => `"${version}"`;

/** Reads `If-Match: "3"` (also `W/"3"` and a bare `3`) and `If-None-Match: *`. */
export function preconditionOf(ifMatch: string | undefined, ifNoneMatch: string | undefined): Precondition {
  if (ifMatch !== undefined) {
    const match = /^\s*(?:W\/)?"?(\d{1,10})"?\s*$/.exec(ifMatch);
    if (!match) {
      throw ProblemError.of('invalid-request', 'If-Match must name one version, e.g. "3"', [
        { path: 'headers/If-Match', message: `must be a version in quotes such as "3"; got ${ifMatch}` },
      ]);
    }
    return { kind: 'replace', version: Number(match[1]) };
  }
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() !== '*') {
      throw ProblemError.of('invalid-request', 'If-None-Match must be * to create a report', [
        { path: 'headers/If-None-Match', message: `must be *; got ${ifNoneMatch}` },
      ]);
    }
    return { kind: 'create' };
  }
  return { kind: 'none' };
}
